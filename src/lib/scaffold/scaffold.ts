/**
 * `npm run new`, without the terminal: parse the command line, gather answers (from
 * flags, or through an `ask` callback when a person is at the keyboard), check every
 * reference against existing content, and write the new files without ever
 * overwriting one. scripts/new.ts only wires this to process.argv and readline.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { didYouMean } from '../did-you-mean.ts';
import { indexContent } from './content-index.ts';
import { choicesFor, lowerFirst, validateAnswer, type Answers, type Question, type QuestionContext } from './questions.ts';
import { collections, entryIdFromPath } from '../../schemas/collections.ts';
import { idProblem, makeId, maxIdBytes, normalizeId } from '../../schemas/ids.ts';
import { scaffoldTypes, type NewFile, type ScaffoldType } from './types.ts';

/** A mistake in the command; `lines` are shown one per line, all at once. */
export class ScaffoldError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
    this.name = 'ScaffoldError';
  }
}

export interface ParsedCommand {
  type?: string;
  title?: string;
  flags: Answers;
  help: boolean;
}

/** Chooses the id (the file name) instead of making it from the title: `--id tokyo-meetup-6`. */
const idFlag = 'id';

/** Every flag any type understands. */
export const allFlags = [...new Set([...scaffoldTypes.flatMap((t) => t.questions.map((q) => q.flag)), idFlag])].sort();

/** `recap "KubeCon EU" --date 2026-03-23` → `{ type, title, flags }`; unknown flags are errors. */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const options = Object.fromEntries(allFlags.map((flag) => [flag, { type: 'string' as const }]));
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const errors: string[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || token.name === 'help' || allFlags.includes(token.name)) continue;
    const hint = didYouMean(token.name, allFlags);
    errors.push(`unknown flag ${token.rawName}${hint ? ` (${hint.replace(/"([^"]+)"/g, '"--$1"')})` : ''}; run npm run new -- --help for the list`);
  }
  for (const flag of allFlags) {
    if (values[flag] === true) errors.push(`--${flag} needs a value, like --${flag} something`);
  }
  if (errors.length) throw new ScaffoldError(errors);
  const [type, ...titleWords] = positionals;
  const flags: Answers = {};
  for (const flag of allFlags) if (typeof values[flag] === 'string') flags[flag] = values[flag] as string;
  return { type, title: titleWords.length ? titleWords.join(' ') : undefined, flags, help: values.help === true };
}

/** The type named by `name` (or one of its aliases), or an error with a did-you-mean. */
export function findType(name: string | undefined): ScaffoldType {
  const wanted = (name ?? '').trim().toLowerCase();
  const found = scaffoldTypes.find((t) => t.name === wanted || t.aliases.includes(wanted));
  if (found) return found;
  const names = scaffoldTypes.map((t) => t.name);
  const hint = wanted ? didYouMean(wanted, [...names, ...scaffoldTypes.flatMap((t) => t.aliases)]) : '';
  throw new ScaffoldError([
    wanted ? `"${wanted}" is not something npm run new can create${hint ? ` (${hint})` : ''}` : 'say what to create first, like: npm run new -- recap "KubeCon EU 2026" --date 2026-03-23',
    `types: ${names.join(', ')}`,
  ]);
}

/** What a prompt needs to ask one question. */
export interface PromptSpec {
  question: Question;
  /** Valid answers to show (ids with titles, or the schema's values). */
  choices: string[];
  /** Used when the answer is left empty. */
  fallback?: string;
  /** Checks an answer; returns the error to show before asking again. */
  validate(value: string): string | undefined;
}

/** Asks a person; resolves to what they typed (empty for the default). */
export type Ask = (spec: PromptSpec) => Promise<string>;

export interface ScaffoldOptions {
  contentDir: string;
  /** Today, `YYYY-MM-DD` (from buildNow(), so SOURCE_DATE_EPOCH pins it). */
  today: string;
  /** Present when a person is at a terminal: missing answers are asked, not errors. */
  ask?: Ask;
}

export interface ScaffoldResult {
  type: ScaffoldType;
  title: string;
  /** Absolute paths written, in order. */
  written: string[];
  files: NewFile[];
  /** What the author should know about the file name, such as a title shortened to make it. */
  notes: string[];
}

/**
 * Runs the whole command: type, title, answers, files. Throws a ScaffoldError
 * listing every problem (missing flags, unknown ids, a file that exists already).
 */
export async function scaffold(command: ParsedCommand, options: ScaffoldOptions): Promise<ScaffoldResult> {
  const { ask } = options;
  const type = command.type || !ask ? findType(command.type) : findType(await ask(typeQuestion()));
  const context: QuestionContext = { index: indexContent(options.contentDir), today: options.today };

  const errors: string[] = [];
  // A sync's file name is its date and department: there is no title to choose it from.
  const applicable = new Set([...type.questions.map((q) => q.flag), ...(type.name === 'sync' ? [] : [idFlag])]);
  for (const flag of Object.keys(command.flags)) {
    if (!applicable.has(flag)) errors.push(`--${flag} does not apply to a ${type.name}; it takes ${[...applicable].map((f) => `--${f}`).join(', ') || 'no flags'}`);
  }

  let title = command.title?.trim().normalize('NFC');
  if (!title && ask) title = (await ask(titleQuestion(type))).trim().normalize('NFC');
  if (!title) errors.push(`the ${type.name} needs a title: npm run new -- ${type.name} "${type.titlePrompt.replace(/,.*$/, '')}"`);
  const { slug, notes } = idFor(title ?? '', command.flags[idFlag], errors);

  const answers: Answers = {};
  for (const question of type.questions) {
    const given = command.flags[question.flag];
    const fallback = question.fallback?.(answers, context);
    if (given !== undefined) {
      const error = validateAnswer(question, given, context);
      if (error) errors.push(...error.split('\n'));
      else answers[question.flag] = given.trim().normalize('NFC');
      continue;
    }
    if (ask) {
      const spec: PromptSpec = {
        question,
        choices: choicesFor(question, context),
        fallback,
        validate: (value) => validateAnswer(question, value.trim() || fallback, context),
      };
      const value = (await ask(spec)).trim().normalize('NFC') || fallback;
      answers[question.flag] = value || undefined;
      continue;
    }
    if (fallback !== undefined) {
      answers[question.flag] = fallback;
    } else if (question.required) {
      const choices = choicesFor(question, context).map((c) => c.split('  ')[0]);
      const shown = choices.length ? ` (one of: ${choices.slice(0, 10).join(', ')}${choices.length > 10 ? ', …' : ''})` : '';
      errors.push(`missing --${question.flag}: ${lowerFirst(question.prompt)}${shown}`);
    }
  }
  if (errors.length) throw new ScaffoldError(errors);

  const files = type.build({ title: title!, slug, answers, context });
  checkNewFile(type, files[0]!, command.flags[idFlag] !== undefined, context);
  const written = writeNewFiles(options.contentDir, files);
  return { type, title: title!, written, files, notes };
}

/**
 * The id a new file is named by: `--id` as given, or made from the title in any script
 * (src/schemas/ids.ts). A title too long for a file name is shortened at a word, and the
 * note says what was left out, so no word goes missing unnoticed.
 */
function idFor(title: string, chosen: string | undefined, errors: string[]): { slug: string; notes: string[] } {
  if (chosen !== undefined) {
    const slug = normalizeId(chosen.trim());
    const problem = idProblem(slug);
    const suggestion = makeId(slug, maxIdBytes);
    if (problem) errors.push(`--id "${chosen}" cannot name a file: ${problem}${suggestion && suggestion !== slug ? ` (did you mean "${suggestion}"?)` : ''}`);
    return { slug, notes: [] };
  }
  const slug = makeId(title);
  if (!title) return { slug, notes: [] };
  if (!slug) {
    errors.push(`"${title}" has no letters or digits to make a file name from: use a title with words, or choose the file name with --id, like --id team-offsite`);
    return { slug, notes: [] };
  }
  const whole = makeId(title, Infinity);
  const notes = whole === slug ? [] : [`The file name keeps the start of the title (${slug}); the title itself is kept whole. Choose another with --id.`];
  return { slug, notes };
}

/**
 * The new file's name follows its collection's convention (a title can make a name
 * Windows reserves, an --id can be too long with a date before it), and no entry has
 * its id already: another chapter's number, or the same name written decomposed.
 */
function checkNewFile(type: ScaffoldType, file: NewFile, chosen: boolean, context: QuestionContext): void {
  const base = file.path.replace(/^.*\//, '');
  const stem = base.replace(/\.[^.]+$/, '');
  const choose = chosen ? 'choose another --id' : 'choose the file name with --id, like --id team-offsite';
  if (!collections[type.collection].fileName.test(stem)) {
    const problem = idProblem(stem.replace(/^(\d{4}-\d{2}-\d{2}-|\d{2}-)/, '')) ?? idProblem(stem) ?? 'it does not follow the convention';
    throw new ScaffoldError([`cannot name the file ${base}: ${problem}; ${choose}`]);
  }
  const id = entryIdFromPath(type.collection, file.path);
  const twin = context.index[type.collection].find((entry) => entry.id === id && entry.file !== file.path);
  if (twin) throw new ScaffoldError([`content/${twin.file} already has the id ${id}, which the new file would share: edit that file, or ${choose}`]);
}

/** Writes all files or none: if any exists, nothing is written and the error names it. */
export function writeNewFiles(contentDir: string, files: readonly NewFile[]): string[] {
  const targets = files.map((f) => path.join(contentDir, ...f.path.split('/')));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length) {
    throw new ScaffoldError(existing.map((t) => `${path.relative(process.cwd(), t) || t} already exists: not overwriting it. Edit that file, or pick another title.`));
  }
  files.forEach((file, i) => {
    mkdirSync(path.dirname(targets[i]!), { recursive: true });
    writeFileSync(targets[i]!, file.text, { flag: 'wx' });
  });
  return targets;
}

function typeQuestion(): PromptSpec {
  const names = scaffoldTypes.map((t) => t.name);
  const question: Question = { flag: 'type', prompt: 'What do you want to create', kind: 'choice', choices: names, required: true };
  return {
    question,
    choices: scaffoldTypes.map((t) => `${t.name}  (${t.description})`),
    validate: (value) => {
      try {
        findType(value);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
  };
}

function titleQuestion(type: ScaffoldType): PromptSpec {
  return {
    question: { flag: 'title', prompt: type.titlePrompt, kind: 'text', required: true },
    choices: [],
    validate: (value) => (makeId(value) ? undefined : 'type a title with at least one word (letters or digits in any script)'),
  };
}

/** Flags that take one of a fixed set of values, with those values (from the schemas). */
function choiceFlags(): Array<[string, readonly string[]]> {
  const seen = new Map<string, readonly string[]>();
  for (const q of scaffoldTypes.flatMap((t) => t.questions)) if (q.kind === 'choice' && !seen.has(q.flag)) seen.set(q.flag, q.choices ?? []);
  return [...seen];
}

/** `npm run new -- --help`. */
export function helpText(): string {
  const width = Math.max(...scaffoldTypes.map((t) => t.name.length));
  return [
    'Create a new content file with every field explained, then edit it.',
    '',
    'Usage: npm run new -- <type> "<title>" [flags]',
    '       npm run new                      (in a terminal: asks for everything)',
    '',
    'Types:',
    ...scaffoldTypes.map((t) => `  ${t.name.padEnd(width)}  ${t.description}\n  ${' '.repeat(width)}  flags: ${t.questions.map((q) => `--${q.flag}${q.required && !q.fallback ? ' (required)' : ''}`).join(' ')}`),
    '',
    'Flags (ids are file names without extension, as in content/team/maria-lopez.yaml → maria-lopez;',
    'a title in any script makes the file name: "星野 美咲" → content/team/星野-美咲.yaml):',
    '  --owner        the team member who owns it: program owner, chapter owner, meeting host, department liaison, metric owner',
    '  --author       the team member writing an update, or attending a sync (comma-separated)',
    '  --date         YYYY-MM-DD: the event start for a recap, the date of an update or sync, the start of a program or meeting',
    '  --program, --programs, --priority, --priorities, --speakers, --department: ids of existing entries (comma-separated for lists)',
    ...choiceFlags().map(([flag, values]) => `  --${flag.padEnd(12)} ${values.join(' | ')}`),
    '  --time, --timezone, --email, --github, --order, --period: as the field says',
    '  --id           the file name\'s id, when the title should not make it (not for a sync): words of any',
    '                 script joined by dashes, Latin letters without accents, like --id tokyo-meetup-6',
    '',
    'Examples:',
    '  npm run new -- recap "KubeCon EU 2026" --date 2026-03-23 --program <program-id> --speakers <person-id>',
    '  npm run new -- person "María López" --email maria.lopez@example.com --github marialopez --timezone Europe/Madrid',
    '  npm run new -- metric "Forum monthly active users" --owner <person-id> --aggregation last',
    '  npm run new -- recap "JSConf JP 2026 東京" --date 2026-11-21         (content/recaps/2026/2026-11-21-jsconf-jp-2026-東京.mdx)',
    '  npm run new -- person "星野 美咲" --id misaki-hoshino                  (content/team/misaki-hoshino.yaml)',
    '',
    'Without a terminal (CI, scripts), missing required flags are an error naming each one.',
    'Existing files are never overwritten.',
  ].join('\n');
}
