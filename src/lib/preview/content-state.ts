/**
 * The content check's latest result for the dev preview: kept until a file under the
 * content folder changes, then redone once the changes settle (or at once, when a page
 * is asked for first). At 3,000 recaps a check takes about a second, so it runs once per
 * burst of saves, not once per request.
 */
import { checkContent, type ContentReport } from '../check/check-content.ts';
import { formatProblem, type Problem } from '../check/problem.ts';

/** Editors save in bursts (write, rename, touch); check once they settle. */
const settleMs = 60;

/** The content check's latest result, redone lazily after a change. */
export class ContentState {
  private report: ContentReport | undefined;
  private timer: NodeJS.Timeout | undefined;
  private shownErrors = '';
  private checked = false;

  private readonly dir: string;
  /** `first`: the first check of the session, which no open page has seen the result of yet. */
  private readonly onErrorsChanged: (errors: Problem[], first: boolean) => void;

  constructor(dir: string, onErrorsChanged: (errors: Problem[], first: boolean) => void) {
    this.dir = dir;
    this.onErrorsChanged = onErrorsChanged;
  }

  /** The current report; checks now if a file changed since the last check. */
  current(): ContentReport {
    if (!this.report) this.check();
    return this.report!;
  }

  /** A file under the content folder changed: check again once changes settle. */
  changed(): void {
    this.report = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.current(), settleMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private check(): void {
    clearTimeout(this.timer);
    const first = !this.checked;
    this.checked = true;
    this.report = checkContent(this.dir);
    const errors = this.report.problems.filter((p) => p.severity === 'error');
    const key = errors.map(formatProblem).join('\n');
    if (key !== this.shownErrors) {
      this.shownErrors = key;
      this.onErrorsChanged(errors, first);
    }
  }
}

