/**
 * A problem found in content: everything an author needs to fix it without asking.
 * One shape for schema errors, broken references and naming mistakes, so every
 * consumer (build, `npm run check`, tests) prints them the same way.
 */
import { terminalText } from '../output/terminal.ts';
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line of the offending key, when it can be located. */
  line?: number;
  /** 1-based column of the offending key. */
  column?: number;
  /** Dotted field path such as `event.start` or `owners[1]`. */
  field?: string;
  /** What is wrong and what was expected. */
  message: string;
  /** How to fix it, including "did you mean" suggestions. */
  hint?: string;
}

/** Longest message or hint printed: a message quoting a 19,000-letter value says enough in its first 400. */
const maxShownLength = 400;

/**
 * `content/programs/x.mdx:7:3  owners[1]  unknown team member "jdoe"  (did you mean "jane-doe"?)`:
 * one line for a terminal or log, whatever the content values in it hold (see terminal.ts).
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  const parts = [terminalText(where, maxShownLength)];
  if (problem.field) parts.push(terminalText(problem.field, maxShownLength));
  parts.push(terminalText(problem.message, maxShownLength));
  if (problem.hint) parts.push(`(${terminalText(problem.hint, maxShownLength)})`);
  return parts.join('  ');
}

/** Stable order: by file, then line, so output reads top to bottom like the files. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** `a.b[2].c` from `['a', 'b', 2, 'c']`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** "1 error, 2 warnings in 3 files" */
export function summarize(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}
