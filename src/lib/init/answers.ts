/**
 * What `npm run init` needs to know about a new team, from flags or a terminal, checked
 * with the same schemas the content is: a bad e-mail is refused here, not by the build.
 */
import { email as emailSchema, timeZone as timeZoneSchema, webUrl } from '../../schemas/common.ts';
import { idProblem, makeId } from '../../schemas/ids.ts';

export interface Person {
  name: string;
  email: string;
  /** GitHub handle without the @, so reviews reach them (CODEOWNERS). */
  github?: string;
  /** The file name in content/team/: the name as an id, in its own script (src/schemas/ids.ts). */
  id: string;
  /** IANA time zone the person works in; the machine's when not given (and marked to check). */
  timezone?: string;
  /** Job title as colleagues outside the team would say it; marked to fill in when not given. */
  role?: string;
}

export interface InitAnswers {
  team: string;
  company: string;
  email: string;
  chat?: string;
  repo?: string;
  people: Person[];
}

export interface InitCommand {
  answers: Partial<Omit<InitAnswers, 'people'>> & { people: Person[] };
  force: boolean;
  help: boolean;
  /** Maintainers only: rewrite the sample's hash manifest after editing the sample. */
  updateSampleManifest: boolean;
}

/** A mistake in what was typed; the message says what to write instead. */
export class InitError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InitError';
    this.problems = problems;
  }
}

const valueFlags = new Set(['team', 'company', 'email', 'chat', 'repo', 'person', 'timezone', 'role']);

/** A time zone as typed: an IANA name, or the problem with it (with a did-you-mean). */
export function timeZoneProblem(zone: string): string | undefined {
  const checked = timeZoneSchema.safeParse(zone);
  return checked.success ? undefined : checked.error.issues[0]?.message;
}

/** Sets a person's time zone or role from its flag, which belongs to the --person before it. */
function personDetail(people: Person[], flag: 'timezone' | 'role', value: string): void {
  const person = people.at(-1);
  if (!person) throw new InitError([`--${flag} belongs to a team member: write it after their --person, like --person "Full Name <name@company.example>" --${flag} ${flag === 'timezone' ? 'Europe/Berlin' : '"Developer Advocate"'}`]);
  if (person[flag] !== undefined) throw new InitError([`--${flag} is given twice for ${person.name}`]);
  const problem = flag === 'timezone' ? timeZoneProblem(value) : undefined;
  if (problem) throw new InitError([`${person.name}'s time zone: ${problem}`]);
  person[flag] = value;
}

/** `Sōta Nakamura <sota@quillbase.example>`, optionally followed by `@github-handle`. */
export function parsePerson(text: string): Person {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+)>\s*(?:@([A-Za-z0-9-]+))?\s*$/.exec(text);
  if (!match) throw new InitError([`cannot read the person "${text}": write it as "Full Name <name@company.example>", optionally followed by @github-handle`]);
  const [, name, address, github] = match as unknown as [string, string, string, string | undefined];
  // "星野 美咲" is content/team/星野-美咲.yaml; "中村 蒼太 (Sota Nakamura)" chooses the
  // name in brackets for the file, for a team that prefers Latin ids.
  const bracketed = /\(([^()]+)\)/.exec(name)?.[1];
  const id = (bracketed && makeId(bracketed)) || makeId(name);
  const problem = id ? idProblem(id) : 'it has no letters or digits';
  if (problem) throw new InitError([`"${name}" gives no usable file name (${problem}): add a name in brackets for the file, like "中村 蒼太 (Sota Nakamura) <${address}>"`]);
  const checked = emailSchema.safeParse(address);
  if (!checked.success) throw new InitError([`"${address}" (for ${name}) is not an e-mail address`]);
  return { name, email: address, id, ...(github ? { github } : {}) };
}

export function parseInitArgs(argv: readonly string[]): InitCommand {
  const command: InitCommand = { answers: { people: [] }, force: false, help: false, updateSampleManifest: false };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') command.help = true;
    else if (arg === '--force') command.force = true;
    else if (arg === '--update-sample-manifest') command.updateSampleManifest = true;
    else if (arg.startsWith('--')) {
      const [flag, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if (!valueFlags.has(flag)) {
        problems.push(`unknown option ${arg}; see npm run init -- --help`);
        continue;
      }
      const value = inline ?? argv[++i];
      if (value === undefined || value.trim() === '') {
        problems.push(`--${flag} needs a value`);
        continue;
      }
      try {
        if (flag === 'person') command.answers.people.push(parsePerson(value));
        else if (flag === 'timezone' || flag === 'role') personDetail(command.answers.people, flag, value.trim());
        else command.answers[flag as 'team' | 'company' | 'email' | 'chat' | 'repo'] = value.trim();
      } catch (error) {
        problems.push(...(error instanceof InitError ? error.problems : [String(error)]));
      }
    } else problems.push(`unexpected "${arg}": every answer goes after a flag, like --team "${arg}"`);
  }
  if (problems.length) throw new InitError(problems);
  return command;
}

/** The problems with a complete set of answers, or none. */
export function answerProblems(answers: InitCommand['answers']): string[] {
  const problems: string[] = [];
  if (!answers.team) problems.push('the team\'s name is missing: --team "Quillbase DevRel"');
  if (!answers.company) problems.push('the company is missing: --company Quillbase');
  if (!answers.email) problems.push('the team\'s e-mail is missing: --email devrel@company.example');
  else if (!emailSchema.safeParse(answers.email).success) problems.push(`"${answers.email}" is not an e-mail address`);
  if (answers.repo && !webUrl.safeParse(answers.repo).success) problems.push(`"${answers.repo}" is not a web address like https://github.com/company/devrel-wiki`);
  if (answers.people.length === 0) problems.push('name at least one team member: --person "Full Name <name@company.example>" (repeat it for more)');
  const ids = answers.people.map((p) => p.id);
  for (const id of new Set(ids)) if (ids.filter((i) => i === id).length > 1) problems.push(`two people would both be content/team/${id}.yaml: tell them apart in the names`);
  return problems;
}

export const initHelp = `npm run init: replace the sample team with your own, ready to build.

  npm run init                      asks for each answer in a terminal
  npm run init -- --team "Quillbase DevRel" --company Quillbase \\
    --email devrel@quillbase.example --chat "#devrel" \\
    --person "Sōta Nakamura <sota@quillbase.example> @sota-n" \\
      --timezone Asia/Tokyo --role "Developer Advocate" \\
    --repo https://github.com/quillbase/devrel-wiki

  --team      the wiki's title, your team's name
  --company   your company's name
  --email     the team's inbox
  --chat      the team's chat channel (optional)
  --person    a team member, "Full Name <e-mail>", optionally followed by @github-handle;
              repeat it for each person
  --timezone  the time zone of the --person before it, an IANA name like Europe/Berlin
              (default: this computer's, marked for the team to check)
  --role      the role of the --person before it, like "Developer Advocate"
              (default: "Developer Relations", marked for the team to rewrite)
  --repo      the repository's web address, for "Edit this page" links (optional)
  --force     replace content/ even though it is no longer the sample: everything in
              content/ is deleted

It only changes content/, .github/CODEOWNERS (rewritten for your team) and
.github/metric-secrets.yaml (back to the default: GITHUB_TOKEN, only to the GitHub API).`;
