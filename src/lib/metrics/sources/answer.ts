/**
 * Words for what a service answered, without repeating it. An answer can be anything:
 * an internal page, a secret another API returned, text built to forge a line in the
 * pull's log or a mention in its pull request. So a failure says what KIND of thing
 * came back (its type, its size, where in it) and never copies its text into stdout,
 * stderr or the `--summary`.
 */

/** "1,234 bytes", "8 MiB": sizes in messages. */
export function byteSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `${bytes.toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;
}

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** "a string of 12 characters", "an object with 3 keys", "a list of 5 items", "true"… never the value's text. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `a string of ${count([...value].length, 'character')}`;
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a number that is not finite';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'bigint') return 'a number too large to read';
  if (Array.isArray(value)) return `a list of ${count(value.length, 'item')}`;
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return `an object with ${count(Object.keys(value).length, 'key')}`;
  return `a ${typeof value}`;
}

/** The answer's media type when it is a plain `type/subtype` token (so it cannot carry text of its own), else a description. */
export function mediaType(headers: Headers): string {
  const type = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '') return 'no content type';
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/.test(type) ? type : 'an unreadable content type';
}
