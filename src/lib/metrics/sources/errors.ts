/**
 * A source that could not be read: what happened, in words, and what to do about it.
 * `npm run metrics:pull` prints both under the metric's name; nothing is written for
 * that metric, and the other metrics are pulled as usual.
 */
export class SourceError extends Error {
  /** How to fix it: which setting to check, when to try again. */
  readonly fix: string;

  constructor(message: string, fix: string) {
    super(message);
    this.name = 'SourceError';
    this.fix = fix;
  }
}
