/**
 * `npm run new`: every type writes a file in the right place that the checker accepts
 * once its TODO placeholders are filled in, and flags (with their line) while they are
 * not. Runs against a temporary copy of the sample content/, referencing real entries.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { allFlags, helpText, parseCommand, scaffold, ScaffoldError, type Ask } from '../../src/lib/scaffold/scaffold.ts';
import { scaffoldTypes } from '../../src/lib/scaffold/types.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const today = '2026-11-25';
let root: string;
let contentDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-new-'));
  contentDir = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...argv: string[]) => scaffold(parseCommand(argv), { contentDir, today });
const problemsIn = (file: string) => checkContent(contentDir, root).problems.filter((p) => p.file === `content/${file}`);

/** What an author does next: replace every placeholder with a real value of the right type. */
function fillIn(text: string): string {
  return text
    .replace(/^(\s*)audience: .*TODO.*$/m, '$1audience: 120')
    .replace(/^(\s*)time: .*TODO.*$/m, '$1time: "16:00"')
    .replace(/(["'])TODO: .*\1$/gm, '"Filled in by the author"')
    .replace(/TODO: .*$/gm, 'Filled in by the author.');
}

/** One command per type, referencing entries of the sample wiki. */
const commands: Record<string, { argv: string[]; files: string[] }> = {
  recap: { argv: ['recap', 'DevOpsDays Zürich', '--date', '2026-05-20', '--program', 'conference-circuit', '--speakers', 'katrin-vogel,daniel-lim'], files: ['recaps/2026/2026-05-20-devopsdays-zurich.mdx'] },
  program: { argv: ['program', 'Lumen Champions', '--owner', 'rafael-costa', '--kind', 'community', '--priorities', 'self-serve-adoption'], files: ['programs/lumen-champions.mdx'] },
  chapter: { argv: ['chapter', 'Your first talk', '--owner', 'katrin-vogel'], files: ['roadbook/08-your-first-talk.mdx'] },
  meeting: { argv: ['meeting', 'APAC community call', '--owner', 'daniel-lim', '--frequency', 'monthly'], files: ['meetings/apac-community-call.mdx'] },
  update: { argv: ['update', 'December plans', '--author', 'samir-haddad', '--programs', 'hack-days'], files: [`updates/${today}-december-plans.md`] },
  sync: { argv: ['sync', 'Marketing planning', '--department', 'marketing', '--author', 'hannah-brooks'], files: [`syncs/${today}-marketing.md`] },
  person: { argv: ['person', 'Zoë Ångström', '--email', 'zoe.angstrom@lumenstack.example', '--github', 'zangstrom', '--timezone', 'Europe/Stockholm'], files: ['team/zoe-angstrom.yaml'] },
  department: { argv: ['department', 'Legal & Compliance', '--owner', 'samir-haddad'], files: ['departments/legal-and-compliance.yaml'] },
  priority: { argv: ['priority', 'Win regulated industries'], files: ['priorities/win-regulated-industries.yaml'] },
  metric: { argv: ['metric', 'Docs page views', '--owner', 'hannah-brooks', '--aggregation', 'sum', '--program', 'lumen-labs'], files: ['metrics/docs-page-views.yaml', 'metrics/docs-page-views.csv'] },
};

describe('every type', () => {
  it('has a command here', () => {
    expect(Object.keys(commands).sort()).toEqual(scaffoldTypes.map((t) => t.name).sort());
  });

  for (const [type, { argv, files }] of Object.entries(commands)) {
    it(`${type}: writes ${files.join(' and ')}; only its placeholders are flagged, and filled in it passes the check`, async () => {
      const result = await run(...argv);
      expect(result.written.map((abs) => path.relative(contentDir, abs).split(path.sep).join('/'))).toEqual(files);
      const main = path.join(contentDir, files[0]!);
      const text = readFileSync(main, 'utf8');

      // Every problem is a placeholder, on a line that says TODO.
      const lines = text.split('\n');
      const problems = problemsIn(files[0]!);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.severity, formatProblem(problem)).toBe('error');
        expect(lines[problem.line! - 1], formatProblem(problem)).toContain('TODO');
      }
      // And every TODO line is reported.
      const todoLines = lines.flatMap((line, i) => (/TODO/.test(line) && !line.trimStart().startsWith('#') ? [i + 1] : []));
      expect(problems.map((p) => p.line).sort((a, b) => a! - b!)).toEqual(todoLines);

      writeFileSync(main, fillIn(text));
      // No errors; a recap without links is still (rightly) a warning.
      // (Only the new files: the sample wiki has warnings of its own, such as overdue reviews.)
      const ownProblems = checkContent(contentDir, root).problems.filter((p) => files.includes(p.file.replace(/^content\//, '')));
      expect(ownProblems.map((p) => `${p.severity} ${p.field}`)).toEqual(type === 'recap' ? ['warning links'] : []);
    });
  }
});

describe('what the new file says', () => {
  it('explains each field with the comment from its schema, above the field', async () => {
    await run(...commands.program!.argv);
    const text = readFileSync(path.join(contentDir, 'programs/lumen-champions.mdx'), 'utf8');
    expect(text).toContain('# One or two sentences a VP can read in passing.\nsummary: "TODO: one or two sentences a VP can read in passing"');
    expect(text).toContain('# Company priorities it serves (ids from content/priorities/).\n# Example: ["self-serve-adoption"]\npriorities:\n  - self-serve-adoption');
    expect(text.startsWith('---\n# New program, made by npm run new.')).toBe(true);
  });

  it('writes today as reviewed on pages that have an owner who must review them', async () => {
    for (const type of ['program', 'chapter', 'meeting', 'department']) {
      const result = await run(...commands[type]!.argv);
      expect(readFileSync(result.written[0]!, 'utf8'), type).toMatch(new RegExp(`^reviewed: ${today}$`, 'm'));
    }
  });

  it('a recap goes in its year folder, named by date and a slug with accents folded', async () => {
    await run('recap', 'Señor Café: Ça Va? 2027', '--date', '2027-01-15');
    expect(existsSync(path.join(contentDir, 'recaps/2027/2027-01-15-senor-cafe-ca-va-2027.mdx'))).toBe(true);
  });

  it('a chapter takes the next free position; a meeting the weekday of its first date and the host time zone', async () => {
    await run(...commands.meeting!.argv, '--date', '2026-12-03');
    const meeting = readFileSync(path.join(contentDir, 'meetings/apac-community-call.mdx'), 'utf8');
    expect(meeting).toMatch(/^ {2}weekday: thursday$/m);
    expect(meeting).toMatch(/^ {2}timezone: Asia\/Singapore$/m);
    expect(meeting).toMatch(/^ {2}week: 1$/m);
  });

  it('a metric gets a data file with just the header', async () => {
    await run(...commands.metric!.argv);
    expect(readFileSync(path.join(contentDir, 'metrics/docs-page-views.csv'), 'utf8')).toBe('date,value\n');
  });
});

describe('titles in any script', () => {
  const written = (result: { written: string[] }) => result.written.map((abs) => path.relative(contentDir, abs).split(path.sep).join('/'));
  /** The check's problems for a new file once its placeholders are filled in. */
  const afterFillingIn = (file: string) => {
    writeFileSync(path.join(contentDir, file), fillIn(readFileSync(path.join(contentDir, file), 'utf8')));
    return problemsIn(file).filter((p) => p.severity === 'error').map(formatProblem);
  };

  it('keep their words: a Japanese metric, a recap with 東京 in its name, people named in Japanese and Arabic', async () => {
    expect(written(await run('metric', 'ミートアップ参加者', '--owner', 'hannah-brooks', '--aggregation', 'sum'))).toEqual(['metrics/ミートアップ参加者.yaml', 'metrics/ミートアップ参加者.csv']);
    expect(written(await run('recap', 'JSConf JP 2026 東京', '--date', '2026-11-21'))).toEqual(['recaps/2026/2026-11-21-jsconf-jp-2026-東京.mdx']);
    expect(written(await run('person', '星野 美咲', '--email', 'misaki@lumenstack.example', '--timezone', 'Asia/Tokyo'))).toEqual(['team/星野-美咲.yaml']);
    expect(written(await run('person', 'ليلى المنصوري', '--email', 'layla@lumenstack.example', '--timezone', 'Asia/Dubai'))).toEqual(['team/ليلى-المنصوري.yaml']);
    for (const file of ['metrics/ミートアップ参加者.yaml', 'recaps/2026/2026-11-21-jsconf-jp-2026-東京.mdx', 'team/星野-美咲.yaml', 'team/ليلى-المنصوري.yaml']) {
      expect(afterFillingIn(file), file).toEqual([]);
    }
    expect(readFileSync(path.join(contentDir, 'team/星野-美咲.yaml'), 'utf8')).toMatch(/^name: 星野 美咲$/m);
    // And they can be named where an id is asked for.
    expect(written(await run('program', 'コミュニティ', '--owner', '星野-美咲', '--kind', 'community'))).toEqual(['programs/コミュニティ.mdx']);
  });

  it('on the same day, two meetups in different cities get two files', async () => {
    const osaka = await run('recap', 'Meetup 大阪 #6', '--date', '2026-06-12');
    const tokyo = await run('recap', 'Meetup 東京 #6', '--date', '2026-06-12');
    expect([...written(osaka), ...written(tokyo)]).toEqual(['recaps/2026/2026-06-12-meetup-大阪-6.mdx', 'recaps/2026/2026-06-12-meetup-東京-6.mdx']);
  });

  it('typed on a Mac (decomposed, NFD), make the same composed file name as on Linux', async () => {
    const result = await run('person', 'ホシゾラ デプロイ'.normalize('NFD'), '--timezone', 'Asia/Tokyo');
    expect(written(result)).toEqual(['team/ホシゾラ-デプロイ.yaml']);
    expect(written(result)[0]).toBe('team/ホシゾラ-デプロイ.yaml'.normalize('NFC'));
    expect(readFileSync(result.written[0]!, 'utf8')).toContain('name: ホシゾラ デプロイ\n');
  });

  it('--id chooses the file name; the title stays as written', async () => {
    expect(written(await run('person', '星野 美咲', '--id', 'misaki-hoshino', '--timezone', 'Asia/Tokyo'))).toEqual(['team/misaki-hoshino.yaml']);
    expect(readFileSync(path.join(contentDir, 'team/misaki-hoshino.yaml'), 'utf8')).toMatch(/^name: 星野 美咲$/m);
    expect(written(await run('recap', 'JSConf JP 2026 東京', '--date', '2026-11-21', '--id', 'jsconf-jp-tokyo'))).toEqual(['recaps/2026/2026-11-21-jsconf-jp-tokyo.mdx']);
  });

  it('--id that cannot be an id is refused with a suggestion; a sync takes none', async () => {
    await expect(run('person', '星野 美咲', '--id', 'Misaki Hoshino', '--timezone', 'Asia/Tokyo')).rejects.toThrow('--id "Misaki Hoshino" cannot name a file: ids are written in lower case (did you mean "misaki-hoshino"?)');
    await expect(run('person', 'X', '--id', '../../etc/passwd', '--timezone', 'UTC')).rejects.toThrow(/--id "..\/..\/etc\/passwd" cannot name a file: ids are words/);
    await expect(run('sync', 'Planning', '--department', 'marketing', '--author', 'hannah-brooks', '--id', 'x')).rejects.toThrow('--id does not apply to a sync');
  });

  it('a title too long for a file name is shortened at a word, and the author is told', async () => {
    const result = await run('update', '東京 DevRel チーム 2026 年 春 の 振り返り と 来期 の 計画 について', '--author', 'samir-haddad');
    expect(written(result)).toEqual([`updates/${today}-東京-devrel-チーム-2026-年-春-の-振り返り-と.md`]);
    expect(result.notes).toEqual(['The file name keeps the start of the title (東京-devrel-チーム-2026-年-春-の-振り返り-と); the title itself is kept whole. Choose another with --id.']);
    expect(readFileSync(result.written[0]!, 'utf8')).toContain('title: 東京 DevRel チーム 2026 年 春 の 振り返り と 来期 の 計画 について');
  });

  it('refuses a name another entry has, or one Windows reserves', async () => {
    await run('chapter', '最初の一週間', '--owner', 'katrin-vogel');
    await expect(run('chapter', '最初の一週間', '--owner', 'katrin-vogel')).rejects.toThrow(/content\/roadbook\/08-最初の一週間\.mdx already has the id 最初の一週間/);
    await expect(run('priority', 'CON')).rejects.toThrow('cannot name the file con.yaml: "con" is a name Windows reserves for a device, so the file could not be checked out there; choose the file name with --id, like --id team-offsite');
  });
});

describe('a TODO left in', () => {
  it('is an error at its line, so it cannot be published', async () => {
    await run('update', 'Quick note', '--author', 'samir-haddad');
    const file = `updates/${today}-quick-note.md`;
    const lines = readFileSync(path.join(contentDir, file), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith('TODO:')) + 1;
    expect(problemsIn(file).map(formatProblem)).toEqual([
      `content/${file}:${line}:1  body  placeholder text left in the page: "TODO: what we are working on, what changed, and what we nee…"  (write the real text in its place, or delete the line)`,
    ]);
  });
});

describe('mistakes', () => {
  const error = async (...argv: string[]) => {
    try {
      await run(...argv);
    } catch (e) {
      expect(e).toBeInstanceOf(ScaffoldError);
      return (e as ScaffoldError).lines;
    }
    throw new Error('expected an error');
  };

  it('refuses to overwrite a file, and writes none of a pair', async () => {
    await run(...commands.update!.argv);
    const file = path.join(contentDir, `updates/${today}-december-plans.md`);
    writeFileSync(file, 'my edits');
    expect(await error(...commands.update!.argv)).toEqual([expect.stringMatching(/december-plans\.md already exists: not overwriting it/)]);
    expect(readFileSync(file, 'utf8')).toBe('my edits');

    writeFileSync(path.join(contentDir, 'metrics/docs-page-views.csv'), 'date,value\n2026-01-31,5\n');
    expect(await error(...commands.metric!.argv)).toHaveLength(1);
    expect(existsSync(path.join(contentDir, 'metrics/docs-page-views.yaml'))).toBe(false);
  });

  it('names every missing flag at once, with the valid choices', async () => {
    expect(await error('metric', 'Docs page views')).toEqual([
      expect.stringMatching(/^missing --owner: owner, who updates the data \(team member id\) \(one of: daniel-lim, hannah-brooks, /),
      'missing --aggregation: how values in a month combine: sum (counts of things that happened), last (levels), mean (scores) (one of: sum, last, mean)',
    ]);
    expect(await error('recap', 'KubeCon')).toEqual(['missing --date: first day of the event (YYYY-MM-DD)']);
  });

  it('checks references against existing content, with a did-you-mean', async () => {
    expect(await error('recap', 'KubeCon', '--date', '2026-03-23', '--program', 'conferance-circuit', '--speakers', 'daniel-lim,katrin')).toEqual([
      '--program "conferance-circuit": nothing with that id in content/programs/ (did you mean "conference-circuit"?)',
      '--speakers "katrin": nothing with that id in content/team/ (did you mean "katrin-vogel"?)',
    ]);
  });

  it('rejects impossible dates, unknown choices, flags for another type, unknown flags and types', async () => {
    expect(await error('update', 'X', '--author', 'samir-haddad', '--date', '2026-02-30')).toEqual(['--date "2026-02-30" is not a date written YYYY-MM-DD, like 2026-11-25']);
    expect(await error('program', 'X', '--owner', 'samir-haddad', '--kind', 'hackaton')).toEqual(['--kind "hackaton" is not one of: ambassador, hackathon, events, education, content, community, other (did you mean "hackathon"?)']);
    expect(await error('priority', 'X', '--owner', 'samir-haddad')).toEqual(['--owner does not apply to a priority; it takes --period, --id']);
    expect(() => parseCommand(['recap', 'X', '--dat', '2026-01-01'])).toThrow('unknown flag --dat (did you mean "--date"?)');
    expect(await error('recpa', 'X')).toEqual(['"recpa" is not something npm run new can create (did you mean "recap" or "recaps"?)', expect.stringMatching(/^types: recap, program, chapter/)]);
    expect(await error('update', '!!!', '--author', 'samir-haddad')).toEqual(['"!!!" has no letters or digits to make a file name from: use a title with words, or choose the file name with --id, like --id team-offsite']);
  });
});

describe('in a terminal', () => {
  it('asks for what is missing, offering choices and the default, and re-asks after a bad answer', async () => {
    const asked: string[] = [];
    const replies: Record<string, string[]> = { type: ['chapter'], title: ['Giving talks'], owner: ['katrin', 'katrin-vogel'], order: [''] };
    const ask: Ask = async (spec) => {
      asked.push(`${spec.question.flag}${spec.fallback ? ` [${spec.fallback}]` : ''}`);
      for (;;) {
        const reply = replies[spec.question.flag]!.shift()!;
        const problem = spec.validate(reply);
        if (!problem) return reply;
        asked.push(`  ${problem}`);
        if (spec.question.flag === 'owner') expect(spec.choices).toContain('katrin-vogel  (Katrin Vogel)');
      }
    };
    const result = await scaffold(parseCommand([]), { contentDir, today, ask });
    expect(asked).toEqual(['type', 'title', 'owner', '  --owner "katrin": nothing with that id in content/team/ (did you mean "katrin-vogel"?)', 'order [8]']);
    expect(path.relative(contentDir, result.written[0]!)).toBe(path.join('roadbook', '08-giving-talks.mdx'));
  });
});

describe('the command', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'scripts/new.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WIKI_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1764000000', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });

  it('--help lists every type and the flags', () => {
    const out = execFileSync(process.execPath, [path.join(projectRoot, 'scripts/new.ts'), '--help'], { encoding: 'utf8' });
    expect(out).toBe(`${helpText()}\n`);
    for (const flag of allFlags) expect(out.slice(out.indexOf('Flags')), flag).toMatch(new RegExp(`--${flag}\\b`));
    expect(out).toContain('--kind         ambassador | hackathon | events | education | content | community | other');
    for (const type of scaffoldTypes) expect(out).toMatch(new RegExp(`^ {2}${type.name} +${type.description.replace(/[().*+?[\]]/g, '\\$&')}$`, 'm'));
  });

  it('not in a terminal: writes the file dated by SOURCE_DATE_EPOCH, prints its path and the next steps', () => {
    const result = cli(['update', 'Hello wiki', '--author', 'samir-haddad']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created content/updates/2025-11-24-hello-wiki.md');
    expect(result.stdout).toMatch(/npm run check .*\n.*npm run dev/);
    expect(readFileSync(path.join(contentDir, 'updates/2025-11-24-hello-wiki.md'), 'utf8')).toMatch(/^date: 2025-11-24$/m);
  });

  it('not in a terminal: a missing flag is a clear error and a non-zero exit', () => {
    const result = cli(['recap', 'KubeCon EU']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run new: missing --date: first day of the event (YYYY-MM-DD)');
    expect(result.stderr).toContain('npm run new -- --help');
  });

  it('exits non-zero and says so when the file exists', () => {
    expect(cli(['priority', 'Grow self-serve adoption']).status).toBe(0);
    const result = cli(['priority', 'Grow self-serve adoption']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/priorities/grow-self-serve-adoption.yaml already exists: not overwriting it');
  });
});
