/**
 * Turns Zod issues into author-facing problems: what is wrong, in words, and how to
 * fix it. Zod's defaults ("Invalid input", "Unrecognized key") name no fix; authors
 * editing YAML in a browser need the allowed values and the closest valid spelling.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../did-you-mean.ts';

export interface IssueText {
  path: PropertyKey[];
  message: string;
  hint?: string;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Author-facing text for each issue of a failed parse (run it with `reportInput: true`). */
export function describeIssues(schema: z.ZodType, issues: readonly Issue[]): IssueText[] {
  return issues.flatMap((issue): IssueText[] => {
    const path = issue.path as PropertyKey[];
    const field = String(path.at(-1) ?? 'this field');
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = fieldsAt(schema, path);
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `unknown field "${key}"`,
          hint:
            didYouMean(key, known) ||
            (known.length ? `allowed fields here: ${known.join(', ')}` : 'remove it'),
        }));
      }
      case 'invalid_type':
        if (issue.input === undefined) {
          return [{ path, message: `required field "${field}" is missing`, hint: ownMessage(issue.message) ?? `add ${field}: to the file` }];
        }
        // Our own message says what to write; what was found follows, for a CI log read away from the file.
        return [{ path, message: `${ownMessage(issue.message) ?? `expected ${article(issue.expected)}`}, got ${describeValue(issue.input)}` }];
      case 'invalid_value': {
        const values = issue.values.map((v) => String(v));
        const got = issue.input === undefined ? undefined : String(issue.input);
        if (got === undefined) return [{ path, message: `required field "${field}" is missing`, hint: `use one of: ${values.join(', ')}` }];
        return [{ path, message: `"${got}" is not allowed here; expected one of: ${values.join(', ')}`, hint: didYouMean(got, values) || undefined }];
      }
      case 'too_small':
        if (issue.origin === 'array') return [{ path, message: ownMessage(issue.message) ?? `needs at least ${issue.minimum} item(s)` }];
        if (issue.origin === 'string') return [{ path, message: ownMessage(issue.message) ?? `cannot be empty` }];
        return [{ path, message: `must be at least ${issue.minimum}, got ${describeValue(issue.input)}` }];
      case 'too_big':
        return [{ path, message: `must be at most ${issue.maximum}, got ${describeValue(issue.input)}` }];
      case 'invalid_union':
        if (issue.input === undefined) return [{ path, message: `required field "${field}" is missing`, hint: ownMessage(issue.message) }];
        return [{ path, message: ownMessage(issue.message) ?? `${describeValue(issue.input)} is not a valid value` }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}

/** Our own schema messages are sentences; Zod's stock ones start with a capital "Invalid"/"Expected". */
function ownMessage(message: string): string | undefined {
  return /^(Invalid|Expected|Too (small|big))/.test(message) ? undefined : message;
}

function article(type: string): string {
  // `int`: Zod 4 reports `.int()` failures (1.5) as invalid_type with expected "int";
  // without this entry authors read "expected int, got 1.5".
  const names: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of fields', date: 'a date' };
  return names[type] ?? type;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

/** The field names an object schema allows at `path`, looking through optional/default/pipe/array wrappers. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    for (let i = 0; i < 20; i++) {
      const def = (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return s;
      if (def.innerType) s = def.innerType;
      // A pipe is checked by its input, except z.preprocess's, whose input is the function.
      else if (def.type === 'pipe') s = (def.in as { _zod?: { def?: { type?: string } } })?._zod?.def?.type === 'transform' ? def.out : def.in;
      else return s;
    }
    return s;
  };
  for (const key of [...path, undefined]) {
    current = unwrap(current);
    const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (key === undefined) {
      return def.type === 'object' ? Object.keys(def.shape as object) : [];
    }
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(key)];
    else if (def.type === 'array') current = def.element;
    else return [];
    if (!current) return [];
  }
  return [];
}
