/**
 * The answers `npm run new` needs beyond the title, shared by the flag parser (not in
 * a terminal) and the prompts (in a terminal), and the one place an answer is
 * validated: a date must be real, a reference must name an existing entry (with a
 * did-you-mean), a choice must be one of the schema's values.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { isTimeZone } from '../../schemas/common.ts';
import { normalizeId } from '../../schemas/ids.ts';
import { isCalendarDate } from '../metrics/csv.ts';
import { didYouMean } from '../did-you-mean.ts';
import type { ContentIndex } from './content-index.ts';

export type QuestionKind = 'date' | 'ref' | 'refs' | 'choice' | 'text' | 'number' | 'timezone' | 'time' | 'email' | 'handle';

export interface Question {
  /** Flag name without dashes, e.g. `owner` for `--owner`. */
  flag: string;
  /** What is asked, in a terminal, and named in errors. */
  prompt: string;
  kind: QuestionKind;
  /** For `ref`/`refs`: the collection the id(s) must exist in. */
  collection?: CollectionName;
  /** For `choice`: the allowed values (from the schema). */
  choices?: readonly string[];
  /** Without a default, a required question must be answered (flag or prompt). */
  required: boolean;
  /** Default answer, computed from the answers so far; shown in prompts. */
  fallback?: (answers: Answers, context: QuestionContext) => string | undefined;
}

export type Answers = Record<string, string | undefined>;

export interface QuestionContext {
  index: ContentIndex;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

/** Split `a, b ,c` into ids. */
export const splitList = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Checks one answer. Returns an error message (with a did-you-mean where one helps),
 * or undefined when the answer is fine. Empty optional answers are fine.
 */
export function validateAnswer(question: Question, value: string | undefined, context: QuestionContext): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return question.required ? `--${question.flag} is required: ${lowerFirst(question.prompt)}` : undefined;
  switch (question.kind) {
    case 'date':
      return isCalendarDate(trimmed) ? undefined : `--${question.flag} "${trimmed}" is not a date written YYYY-MM-DD, like ${context.today}`;
    case 'number':
      return /^\d+$/.test(trimmed) && Number(trimmed) >= 1 ? undefined : `--${question.flag} "${trimmed}" must be a whole number, like 3`;
    case 'time':
      return /^([01]?\d|2[0-3]):[0-5]\d$/.test(trimmed) ? undefined : `--${question.flag} "${trimmed}" is not a time written HH:MM on a 24-hour clock, like 16:00`;
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? undefined : `--${question.flag} "${trimmed}" is not an e-mail address like maria.lopez@example.com`;
    case 'handle':
      return /^[A-Za-z0-9-]+$/.test(trimmed) ? undefined : `--${question.flag} "${trimmed}" is not a GitHub handle: write it without the @, like marialopez`;
    case 'timezone':
      return isTimeZone(trimmed) ? undefined : `--${question.flag} "${trimmed}" is not an IANA time zone such as "Europe/Berlin"`;
    case 'choice': {
      const choices = question.choices ?? [];
      if (choices.includes(trimmed)) return undefined;
      const hint = didYouMean(trimmed, choices);
      return `--${question.flag} "${trimmed}" is not one of: ${choices.join(', ')}${hint ? ` (${hint})` : ''}`;
    }
    case 'ref':
    case 'refs': {
      const collection = question.collection!;
      const known = context.index[collection].map((e) => e.id);
      // Ids compare in NFC, as the checker compares them: a Mac may send a name decomposed.
      const ids = (question.kind === 'ref' ? [trimmed] : splitList(trimmed)).map(normalizeId);
      const unknown = ids.filter((id) => !known.includes(id));
      if (!unknown.length) return undefined;
      return unknown
        .map((id) => {
          const hint = didYouMean(id, known);
          const where = `content/${collection}/`;
          return `--${question.flag} "${id}": nothing with that id in ${where}${hint ? ` (${hint})` : known.length ? ` (ids there: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})` : ' (the folder is empty: add one first)'}`;
        })
        .join('\n');
    }
    default:
      return undefined;
  }
}

/** The valid choices to show for a question, as `id  (label)` lines. */
export function choicesFor(question: Question, context: QuestionContext): string[] {
  if (question.kind === 'choice') return [...(question.choices ?? [])];
  if ((question.kind === 'ref' || question.kind === 'refs') && question.collection) {
    return context.index[question.collection].map((e) => (e.label && e.label !== e.id ? `${e.id}  (${e.label})` : e.id));
  }
  return [];
}

/** "First day (YYYY-MM-DD)" → "first day (YYYY-MM-DD)", for use mid-sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
