/**
 * What `npm run new` can create: one entry per content type, with the questions it
 * asks, where the file goes and what it starts with. Every required field gets a
 * sensible default or a `TODO: …` placeholder; the checker reports placeholders as
 * errors (src/lib/check/advice.ts), so a half-filled page cannot be published.
 */
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../../schemas/collections.ts';
import { eventFormats } from '../../schemas/recaps.ts';
import { programKinds, programStatuses } from '../../schemas/programs.ts';
import { frequencies, weekdays } from '../../schemas/meetings.ts';
import { aggregations } from '../../schemas/metrics.ts';
import { readSchemaDocs, type SchemaDocs } from './schema-docs.ts';
import { proseFile, commentedYaml } from './render.ts';
import { splitList, type Answers, type Question, type QuestionContext } from './questions.ts';

/** The marker authors must replace; the checker looks for it. */
export const todoMarker = 'TODO';
/** `TODO: what to write here`. */
export const todo = (what: string) => `${todoMarker}: ${what}`;

export interface NewFile {
  /** Path relative to the content folder, `/`-separated. */
  path: string;
  text: string;
}

export interface BuildInput {
  title: string;
  /** The id from the title, in any script (or the one --id chose). */
  slug: string;
  answers: Answers;
  context: QuestionContext;
}

export interface ScaffoldType {
  name: string;
  /** Other words accepted for the type, like `roadbook` for `chapter`. */
  aliases: readonly string[];
  collection: CollectionName;
  /** One line for `--help`. */
  description: string;
  /** What the title is, in prompts and help. */
  titlePrompt: string;
  questions: readonly Question[];
  build(input: BuildInput): NewFile[];
}

const schemaFile = (name: string) => fileURLToPath(new URL(`../../schemas/${name}.ts`, import.meta.url));
const docsOf = (file: string, exportName: string): SchemaDocs => readSchemaDocs(schemaFile(file), exportName);

const header = (what: string) =>
  `New ${what}, made by npm run new. Replace every "TODO: …" with the real thing (npm run check lists those left), then delete these # comment lines if you like: each explains the field below it.`;

const list = (value: string | undefined) => (value ? splitList(value) : []);
const omitEmpty = <T extends Record<string, unknown>>(data: T): T =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as T;

/** Weekday name of a `YYYY-MM-DD` date. */
const weekdayOf = (date: string) => weekdays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;

const owner = (prompt: string): Question => ({ flag: 'owner', prompt, kind: 'ref', collection: 'team', required: true });
const dateToday = (prompt: string): Question => ({ flag: 'date', prompt, kind: 'date', required: true, fallback: (_, c) => c.today });

const recap: ScaffoldType = {
  name: 'recap',
  aliases: ['recaps', 'event'],
  collection: 'recaps',
  description: 'an event recap: content/recaps/<yyyy>/<yyyy-mm-dd>-<slug>.mdx',
  titlePrompt: 'Event name (becomes the title and the file name)',
  questions: [
    { flag: 'date', prompt: 'First day of the event (YYYY-MM-DD)', kind: 'date', required: true },
    { flag: 'program', prompt: 'Program it belongs to (program id, or leave empty)', kind: 'ref', collection: 'programs', required: false },
    { flag: 'speakers', prompt: 'Team members who spoke or staffed it (ids, comma-separated, or empty)', kind: 'refs', collection: 'team', required: false },
    { flag: 'format', prompt: 'Format', kind: 'choice', choices: eventFormats, required: true, fallback: () => 'in-person' },
  ],
  build: ({ title, slug, answers }) => {
    const date = answers.date!;
    const data = omitEmpty({
      title,
      event: { name: title, start: date, location: todo('city and venue, or "Online"'), format: answers.format },
      program: answers.program || undefined,
      audience: todo('how many people came, as a whole number like 120'),
      speakers: list(answers.speakers),
      why: todo('why it mattered to the developer community, in a sentence or two'),
      visibility: 'internal',
      links: [],
      tags: [],
    });
    const body = [
      '## What happened',
      '',
      todo('what we did there, who we met, what surprised us. Short paragraphs and lists read best.'),
      '',
      '## What we learned',
      '',
      todo('what developers told us, and what we will change because of it.'),
      '',
    ].join('\n');
    return [{
      path: `recaps/${date.slice(0, 4)}/${date}-${slug}.mdx`,
      text: proseFile(data, body, docsOf('recaps', 'recapSchema'), {
        visibility: 'Leave internal unless the recap can be shared outside the company.',
        links: 'Add one item per link, like: - label: Slides / url: https://…',
      }, header('recap')),
    }];
  },
};

const program: ScaffoldType = {
  name: 'program',
  aliases: ['programs'],
  collection: 'programs',
  description: 'a DevRel program: content/programs/<id>.mdx',
  titlePrompt: 'Program name, like Community Ambassadors',
  questions: [
    owner('Owner, accountable for the program (team member id)'),
    { flag: 'kind', prompt: 'Kind of program', kind: 'choice', choices: programKinds, required: true },
    { flag: 'status', prompt: 'Status', kind: 'choice', choices: programStatuses, required: true, fallback: () => 'planned' },
    { flag: 'priorities', prompt: 'Company priorities it serves (ids, comma-separated, or empty)', kind: 'refs', collection: 'priorities', required: false },
    dateToday('Start date (YYYY-MM-DD)'),
  ],
  build: ({ title, slug, answers, context }) => {
    const data = {
      title,
      kind: answers.kind,
      status: answers.status,
      summary: todo('one or two sentences a VP can read in passing'),
      owners: [answers.owner],
      priorities: list(answers.priorities),
      outcomes: [{ outcome: todo('an outcome someone outside the team can check, like "40 active ambassadors in 12 countries"'), status: 'planned' }],
      started: answers.date,
      reviewed: context.today,
    };
    const body = ['## Why this program', '', todo('the problem it solves for developers, and for the company.'), '', '## How it works', '', todo('what happens, how often, who takes part.'), ''].join('\n');
    return [{ path: `programs/${slug}.mdx`, text: proseFile(data, body, docsOf('programs', 'programSchema'), { reviewed: 'Update it whenever you check the page is still true.' }, header('program')) }];
  },
};

const chapter: ScaffoldType = {
  name: 'chapter',
  aliases: ['roadbook'],
  collection: 'roadbook',
  description: 'a roadbook (onboarding) chapter: content/roadbook/<nn>-<slug>.mdx',
  titlePrompt: 'Chapter title, like Giving your first talk',
  questions: [
    owner('Owner, who keeps the chapter true (team member id)'),
    {
      flag: 'order', prompt: 'Position in the book', kind: 'number', required: true,
      fallback: (_, c) => String(Math.max(0, ...c.index.roadbook.map((e) => Number(e.raw?.order) || 0)) + 1),
    },
  ],
  build: ({ title, slug, answers, context }) => {
    const order = Number(answers.order);
    const data = { title, order, summary: todo('what the reader can do after this chapter, in one or two sentences'), owner: answers.owner, reviewed: context.today };
    const body = ['## Why it matters', '', todo('a short paragraph for someone in their first weeks.'), '', '## Checklist', '', `- [ ] ${todo('the first thing to do')}`, ''].join('\n');
    return [{ path: `roadbook/${String(order).padStart(2, '0')}-${slug}.mdx`, text: proseFile(data, body, docsOf('roadbook', 'roadbookSchema'), {}, header('roadbook chapter')) }];
  },
};

const meeting: ScaffoldType = {
  name: 'meeting',
  aliases: ['meetings'],
  collection: 'meetings',
  description: 'a recurring meeting open to others: content/meetings/<id>.mdx',
  titlePrompt: 'Meeting name, like DevRel open office hours',
  questions: [
    owner('Host, who runs it (team member id)'),
    { flag: 'frequency', prompt: 'How often', kind: 'choice', choices: frequencies, required: true, fallback: () => 'weekly' },
    dateToday('First date (YYYY-MM-DD)'),
    { flag: 'weekday', prompt: 'Day of the week', kind: 'choice', choices: weekdays, required: true, fallback: (a) => (a.date ? weekdayOf(a.date) : undefined) },
    { flag: 'time', prompt: 'Start time, HH:MM on a 24-hour clock (empty to fill in later)', kind: 'time', required: false },
    {
      flag: 'timezone', prompt: 'Time zone the time is written in', kind: 'timezone', required: true,
      fallback: (a, c) => String(c.index.team.find((e) => e.id === a.owner)?.raw?.timezone ?? 'UTC'),
    },
  ],
  build: ({ title, slug, answers, context }) => {
    const recurrence = omitEmpty({
      frequency: answers.frequency,
      weekday: answers.weekday,
      week: answers.frequency === 'monthly' ? 1 : undefined,
      time: answers.time || todo('start time like "16:00"'),
      timezone: answers.timezone,
      duration: 30,
      starts: answers.date,
      skip: [],
    });
    const data = {
      title,
      summary: todo('one sentence on what happens there and who should come'),
      host: answers.owner,
      recurrence,
      where: { room: todo('the room, or replace this line with video: https://… for a call link') },
      openTo: 'everyone',
      reviewed: context.today,
    };
    const body = ['## Agenda', '', `1. ${todo('what happens, in order')}`, '', '## Who should come', '', todo('who gets the most out of it.'), ''].join('\n');
    return [{ path: `meetings/${slug}.mdx`, text: proseFile(data, body, docsOf('meetings', 'meetingSchema'), { 'recurrence.week': 'Only for monthly meetings: 1 means the first weekday of the month.', 'recurrence.skip': 'One item per date, like: - 2026-12-29, or a run: - from: 2026-12-28 / to: 2027-01-03 / reason: Year-end holidays' }, header('meeting')) }];
  },
};

const update: ScaffoldType = {
  name: 'update',
  aliases: ['updates'],
  collection: 'updates',
  description: 'a "what we are working on" update: content/updates/<yyyy-mm-dd>-<slug>.md',
  titlePrompt: 'Headline',
  questions: [
    { flag: 'author', prompt: 'Author (team member id)', kind: 'ref', collection: 'team', required: true },
    dateToday('Date (YYYY-MM-DD)'),
    { flag: 'programs', prompt: 'Programs it is about (ids, comma-separated, or empty)', kind: 'refs', collection: 'programs', required: false },
  ],
  build: ({ title, slug, answers }) => {
    const data = { title, date: answers.date, author: answers.author, programs: list(answers.programs) };
    const body = [todo('what we are working on, what changed, and what we need from other teams.'), ''].join('\n');
    return [{ path: `updates/${answers.date}-${slug}.md`, text: proseFile(data, body, docsOf('updates', 'updateSchema'), {}, header('update')) }];
  },
};

const sync: ScaffoldType = {
  name: 'sync',
  aliases: ['syncs'],
  collection: 'syncs',
  description: "notes from another department's meeting: content/syncs/<yyyy-mm-dd>-<department>.md",
  titlePrompt: 'Short title, like Sales kickoff prep',
  questions: [
    { flag: 'department', prompt: 'Department (id)', kind: 'ref', collection: 'departments', required: true },
    { flag: 'author', prompt: 'Who attended (team member ids, comma-separated)', kind: 'refs', collection: 'team', required: true },
    dateToday('Date of the meeting (YYYY-MM-DD)'),
  ],
  build: ({ title, answers }) => {
    const data = {
      title,
      department: answers.department,
      meeting: todo('the name of their meeting'),
      date: answers.date,
      attendees: list(answers.author),
      takeaways: [todo('what we learned, one point per item')],
      followUps: [],
    };
    const body = [todo('anything that does not fit a takeaway; or delete this line.'), ''].join('\n');
    return [{
      path: `syncs/${answers.date}-${answers.department}.md`,
      text: proseFile(data, body, docsOf('syncs', 'syncSchema'), { followUps: 'One item per promise, like: - task: … / owner: <team id> / due: YYYY-MM-DD' }, header('department sync')),
    }];
  },
};

const person: ScaffoldType = {
  name: 'person',
  aliases: ['team', 'member'],
  collection: 'team',
  description: 'a team member: content/team/<first-last>.yaml',
  titlePrompt: 'Full name, like María López',
  questions: [
    { flag: 'email', prompt: 'Work e-mail address (empty to fill in later)', kind: 'email', required: false },
    { flag: 'github', prompt: 'GitHub handle without the @ (empty if none)', kind: 'handle', required: false },
    { flag: 'timezone', prompt: 'Time zone', kind: 'timezone', required: true, fallback: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' },
  ],
  build: ({ title, slug, answers, context }) => {
    const data = omitEmpty({
      name: title,
      role: todo('job title, like "Developer Advocate"'),
      focus: [todo('what you focus on, one item per line')],
      timezone: answers.timezone,
      email: answers.email || todo('work e-mail address'),
      github: answers.github || undefined,
      joined: context.today,
    });
    return [{ path: `team/${slug}.yaml`, text: commentedYaml(data, docsOf('team', 'teamSchema'), { github: 'Pull requests touching pages you own are sent to you for review.' }, header('team member')) }];
  },
};

const department: ScaffoldType = {
  name: 'department',
  aliases: ['departments'],
  collection: 'departments',
  description: 'a partner department: content/departments/<id>.yaml',
  titlePrompt: 'Department name, like Customer Success',
  questions: [owner('Liaison, who owns the relationship (team member id)')],
  build: ({ title, slug, answers, context }) => {
    const data = {
      name: title,
      summary: todo('one sentence on what the department does'),
      contact: { name: todo('who to talk to there') },
      cares: [todo('what they are measured on, in their words')],
      together: [todo('how we work together, one habit or hand-off per item')],
      liaison: answers.owner,
      reviewed: context.today,
    };
    return [{ path: `departments/${slug}.yaml`, text: commentedYaml(data, docsOf('departments', 'departmentSchema'), {}, header('department')) }];
  },
};

const priority: ScaffoldType = {
  name: 'priority',
  aliases: ['priorities'],
  collection: 'priorities',
  description: 'a company priority: content/priorities/<id>.yaml',
  titlePrompt: 'The priority as leadership words it',
  questions: [{ flag: 'period', prompt: 'Planning period', kind: 'text', required: true, fallback: (_, c) => `FY${c.today.slice(0, 4)}` }],
  build: ({ title, slug, answers }) => {
    const data = { title, period: answers.period, description: todo('why it matters to the company, two or three sentences'), measuredBy: [todo('how leadership measures progress, one item per measure')] };
    return [{ path: `priorities/${slug}.yaml`, text: commentedYaml(data, docsOf('priorities', 'prioritySchema'), {}, header('priority')) }];
  },
};

const metric: ScaffoldType = {
  name: 'metric',
  aliases: ['metrics'],
  collection: 'metrics',
  description: 'a metric: content/metrics/<id>.yaml and its data file <id>.csv',
  titlePrompt: 'Metric name, like Forum monthly active users',
  questions: [
    owner('Owner, who updates the data (team member id)'),
    { flag: 'aggregation', prompt: 'How values in a month combine: sum (counts of things that happened), last (levels), mean (scores)', kind: 'choice', choices: aggregations, required: true },
    { flag: 'program', prompt: 'Program it shows (id, or empty)', kind: 'ref', collection: 'programs', required: false },
    { flag: 'priority', prompt: 'Company priority it is evidence for (id, or empty)', kind: 'ref', collection: 'priorities', required: false },
  ],
  build: ({ title, slug, answers }) => {
    const data = omitEmpty({
      title,
      description: todo('what is counted and why it matters, a sentence or two'),
      unit: todo('what one unit is, plural, like "users"'),
      source: todo('where the numbers come from, so anyone can re-pull them'),
      owner: answers.owner,
      program: answers.program || undefined,
      priority: answers.priority || undefined,
      aggregation: answers.aggregation,
      cadence: 'monthly',
      direction: 'up',
    });
    return [
      { path: `metrics/${slug}.yaml`, text: commentedYaml(data, docsOf('metrics', 'metricSchema'), {}, header(`metric; its data goes in ${slug}.csv, one "date,value" row per data point`)) },
      { path: `metrics/${slug}.csv`, text: 'date,value\n' },
    ];
  },
};

export const scaffoldTypes: readonly ScaffoldType[] = [recap, program, chapter, meeting, update, sync, person, department, priority, metric];
