/**
 * Every collection schema, fed plain data (as the YAML parser would produce it).
 * Failures are asserted through `describeIssues`, i.e. the exact words an author
 * reads in `npm run check`, together with the field path the problem points at.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { departmentSchema } from '../../src/schemas/departments.ts';
import { meetingSchema } from '../../src/schemas/meetings.ts';
import { prioritySchema } from '../../src/schemas/priorities.ts';
import { programSchema } from '../../src/schemas/programs.ts';
import { recapSchema } from '../../src/schemas/recaps.ts';
import { roadbookSchema } from '../../src/schemas/roadbook.ts';
import { syncSchema } from '../../src/schemas/syncs.ts';
import { teamSchema } from '../../src/schemas/team.ts';
import { updateSchema } from '../../src/schemas/updates.ts';
import { collections, collectionNames, entryIdFromPath } from '../../src/schemas/collections.ts';
import { isoDate, link, timeOfDay, timeZone } from '../../src/schemas/common.ts';
import { describeIssues } from '../../src/lib/check/schema-issues.ts';
import { formatFieldPath } from '../../src/lib/check/problem.ts';

type Data = Record<string, unknown>;

/** Parse and return the output, failing the test with the author-facing problems if it does not parse. */
function parse(schema: z.ZodType, data: unknown): any {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new Error(`expected a valid sample, got:\n${problems(schema, data).join('\n')}`);
  }
  return result.data;
}

/** The problems an author would read, as `field: message (hint)`. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error(`expected the sample to be rejected, but it parsed to ${JSON.stringify(result.data)}`);
  return describeIssues(schema, result.error.issues).map(
    (issue) => `${formatFieldPath(issue.path) || '(root)'}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`,
  );
}

/** A copy of `data` without the given top-level key. */
function without(data: Data, key: string): Data {
  const copy = { ...data };
  delete copy[key];
  return copy;
}

const utcMidnight = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// ---------------------------------------------------------------------------
// Valid samples, one per collection.
// ---------------------------------------------------------------------------

const member: Data = {
  name: 'Maria López',
  role: 'Senior Developer Advocate',
  focus: ['Kubernetes', 'ambassadors'],
  timezone: 'Europe/Madrid',
  email: 'maria.lopez@lumenstack.example',
  joined: '2023-04-03',
};

const department: Data = {
  name: 'Customer Success',
  summary: 'Keeps customers successful after they sign.',
  contact: { name: 'Priya Natarajan', email: 'priya@lumenstack.example' },
  cares: ['Net revenue retention'],
  together: ['Monthly forum digest'],
  liaison: 'maria-lopez',
  reviewed: '2026-09-01',
};

const priority: Data = {
  title: 'Grow self-serve adoption',
  period: 'FY2026',
  description: 'More teams succeed without talking to sales.',
  measuredBy: ['Weekly active projects'],
};

const program: Data = {
  title: 'Lumen Ambassadors',
  kind: 'ambassador',
  status: 'active',
  summary: 'Community experts who teach Lumen.',
  owners: ['maria-lopez'],
  outcomes: [{ outcome: '40 active ambassadors', by: '2026-12-31' }],
  started: '2024-02-01',
  reviewed: '2026-09-01',
};

const recap: Data = {
  title: 'KubeCon EU',
  event: { name: 'KubeCon EU 2026', start: '2026-03-23', end: '2026-03-26', location: 'Amsterdam', format: 'in-person' },
  program: 'ambassadors',
  audience: 600,
  why: 'Platform teams told us what blocks self-serve adoption.',
  links: [
    { label: 'Slides', url: 'https://slides.example.com/kubecon' },
    { label: 'Program', url: '/programs/ambassadors/' },
  ],
  tags: ['kubernetes', 'conference'],
};

const chapter: Data = {
  title: 'Your first week',
  order: 1,
  summary: 'Find your way around.',
  owner: 'maria-lopez',
  reviewed: '2026-09-15',
};

const recurrence: Data = {
  frequency: 'weekly',
  weekday: 'tuesday',
  time: '16:00',
  timezone: 'Europe/Berlin',
  duration: 45,
  starts: '2026-01-06',
};

const meeting: Data = {
  title: 'Office Hours',
  summary: 'Bring any developer question.',
  host: 'maria-lopez',
  recurrence,
  where: { video: 'https://meet.example.com/office-hours' },
  openTo: 'everyone',
  reviewed: '2026-09-01',
};

const update: Data = { title: 'Spring update', date: '2026-03-30', author: 'maria-lopez' };

const sync: Data = {
  title: 'Forum questions for CS',
  department: 'customer-success',
  meeting: 'Weekly CS leads',
  date: '2026-04-14',
  attendees: ['maria-lopez'],
  takeaways: ['CS wants the top forum questions monthly.'],
  followUps: [{ task: 'Send the top 10 questions', owner: 'ana-ruiz', due: '2026-05-01' }],
};

describe('valid samples parse, with defaults applied', () => {
  it('team: dates become UTC midnight, optional fields stay absent', () => {
    const out = parse(teamSchema, member);
    expect(out.joined).toEqual(utcMidnight('2023-04-03'));
    expect(out).not.toHaveProperty('pronouns');
    expect(out.focus).toEqual(['Kubernetes', 'ambassadors']);
  });

  it('departments', () => {
    const out = parse(departmentSchema, department);
    expect(out.reviewed).toEqual(utcMidnight('2026-09-01'));
    expect(out.contact).toEqual({ name: 'Priya Natarajan', email: 'priya@lumenstack.example' });
  });

  it('priorities: order defaults to 100 so unordered ones sort last', () => {
    expect(parse(prioritySchema, priority).order).toBe(100);
    expect(parse(prioritySchema, { ...priority, order: 1 }).order).toBe(1);
  });

  it('programs: priorities default to [], outcome status to "planned"', () => {
    const out = parse(programSchema, program);
    expect(out.priorities).toEqual([]);
    expect(out.outcomes).toEqual([{ outcome: '40 active ambassadors', by: utcMidnight('2026-12-31'), status: 'planned' }]);
    expect(out.started).toEqual(utcMidnight('2024-02-01'));
    expect(out.ended).toBeUndefined();
  });

  it('programs: ended on the day it started is fine', () => {
    expect(parse(programSchema, { ...program, ended: '2024-02-01' }).ended).toEqual(utcMidnight('2024-02-01'));
  });

  it('recaps: speakers, links, tags and visibility defaults', () => {
    const out = parse(recapSchema, { ...without(recap, 'links'), tags: undefined });
    expect(out.speakers).toEqual([]);
    expect(out.links).toEqual([]);
    expect(out.tags).toEqual([]);
    expect(out.visibility).toBe('internal');
    expect(out.event.start).toEqual(utcMidnight('2026-03-23'));
    expect(out.event.end).toEqual(utcMidnight('2026-03-26'));
  });

  it('recaps: both link kinds (https and wiki path) are accepted', () => {
    expect(parse(recapSchema, recap).links.map((l: { url: string }) => l.url)).toEqual([
      'https://slides.example.com/kubecon',
      '/programs/ambassadors/',
    ]);
  });

  it('roadbook: reviewEvery defaults to 180 days', () => {
    const out = parse(roadbookSchema, chapter);
    expect(out.reviewEvery).toBe(180);
    expect(out.minutes).toBeUndefined();
    expect(out.reviewed).toEqual(utcMidnight('2026-09-15'));
  });

  it('meetings: weekly with a video link, open to everyone', () => {
    const out = parse(meetingSchema, meeting);
    expect(out.openTo).toBe('everyone');
    expect(out.recurrence.starts).toEqual(utcMidnight('2026-01-06'));
    expect(out.recurrence.time).toBe('16:00');
  });

  it('meetings: monthly with week, room only, open to a list of departments', () => {
    const out = parse(meetingSchema, {
      ...meeting,
      recurrence: { ...recurrence, frequency: 'monthly', week: -1, until: '2026-12-31' },
      where: { room: 'Ada' },
      openTo: ['customer-success', 'sales'],
    });
    expect(out.recurrence.week).toBe(-1);
    expect(out.openTo).toEqual(['customer-success', 'sales']);
  });

  it('updates: programs default to []', () => {
    const out = parse(updateSchema, update);
    expect(out.programs).toEqual([]);
    expect(out.date).toEqual(utcMidnight('2026-03-30'));
  });

  it('syncs: follow-ups default to not done', () => {
    const out = parse(syncSchema, sync);
    expect(out.followUps).toEqual([
      { task: 'Send the top 10 questions', owner: 'ana-ruiz', due: utcMidnight('2026-05-01'), done: false },
    ]);
    expect(parse(syncSchema, without(sync, 'followUps')).followUps).toEqual([]);
  });

  it('every collection in the registry has a sample here', () => {
    // Guards this file: a new collection must get its own valid sample above.
    expect(collectionNames).toEqual(['team', 'departments', 'priorities', 'programs', 'recaps', 'roadbook', 'meetings', 'updates', 'syncs', 'metrics']);
    expect(collections.programs.schema).toBe(programSchema);
    expect(collections.syncs.schema).toBe(syncSchema);
  });
});

// ---------------------------------------------------------------------------
// Shared field types.
// ---------------------------------------------------------------------------

describe('dates', () => {
  it('accepts YAML dates already parsed to Date, and quoted strings with spaces around', () => {
    expect(parse(isoDate, new Date(Date.UTC(2026, 2, 14)))).toEqual(utcMidnight('2026-03-14'));
    expect(parse(isoDate, ' 2026-03-14 ')).toEqual(utcMidnight('2026-03-14'));
  });

  it('2024-02-29 exists (leap year), 2026-02-29 does not', () => {
    expect(parse(isoDate, '2024-02-29')).toEqual(utcMidnight('2024-02-29'));
    expect(problems(isoDate, '2026-02-29')).toEqual(['(root): "2026-02-29" is not a real calendar date']);
  });

  it('rejects 2026-02-30 rather than rolling over to March', () => {
    expect(problems(programSchema, { ...program, started: '2026-02-30' })).toMatchInlineSnapshot(`
      [
        "started: "2026-02-30" is not a real calendar date",
      ]
    `);
  });

  it('rejects "March 3" with the expected format', () => {
    expect(problems(updateSchema, { ...update, date: 'March 3' })).toMatchInlineSnapshot(`
      [
        "date: expected a date written as YYYY-MM-DD, like 2026-03-14, got "March 3"",
      ]
    `);
  });

  it('rejects other loose formats', () => {
    for (const bad of ['2026-3-14', '14.03.2026', '2026/03/14', '2026-03-14T10:00:00Z']) {
      expect(problems(isoDate, bad)).toEqual([`(root): expected a date written as YYYY-MM-DD, like 2026-03-14, got "${bad}"`]);
    }
  });

  it('rejects a number and an invalid Date', () => {
    expect(problems(updateSchema, { ...update, date: 20260314 })).toMatchInlineSnapshot(`
      [
        "date: expected a date written as YYYY-MM-DD, like 2026-03-14",
      ]
    `);
    expect(problems(isoDate, new Date('nonsense'))).toMatchInlineSnapshot(`
      [
        "(root): expected a date written as YYYY-MM-DD, like 2026-03-14",
      ]
    `);
  });
});

describe('times and time zones', () => {
  it('normalises "9:05" to "09:05" and accepts 00:00 and 23:59', () => {
    expect(parse(timeOfDay, '9:05')).toBe('09:05');
    expect(parse(timeOfDay, '00:00')).toBe('00:00');
    expect(parse(timeOfDay, '23:59')).toBe('23:59');
  });

  it.each(['25:00', '24:00', '12:60', '4pm', '16.00', '1600'])('rejects time %j', (bad) => {
    expect(problems(timeOfDay, bad)).toEqual(['(root): expected a time written as "HH:MM" on a 24-hour clock, like "15:30"']);
  });

  it('rejects "25:00" in a meeting at recurrence.time', () => {
    expect(problems(meetingSchema, { ...meeting, recurrence: { ...recurrence, time: '25:00' } })).toMatchInlineSnapshot(`
      [
        "recurrence.time: expected a time written as "HH:MM" on a 24-hour clock, like "15:30"",
      ]
    `);
  });

  it('an unquoted YAML time (a number of minutes) asks to quote it', () => {
    // YAML 1.1 parsers read 16:00 as the sexagesimal number 960.
    expect(problems(timeOfDay, 960)).toMatchInlineSnapshot(`
      [
        "(root): expected a time written as "HH:MM" on a 24-hour clock, like "15:30" (quote it), got 960",
      ]
    `);
  });

  it('accepts IANA names, UTC and aliases', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'UTC', 'Etc/UTC', 'Asia/Kolkata', 'Asia/Calcutta']) {
      expect(parse(timeZone, zone)).toBe(zone);
    }
  });

  it('suggests Europe/Berlin for "Europe/Berln" first', () => {
    const [message] = problems(teamSchema, { ...member, timezone: 'Europe/Berln' });
    expect(message).toMatch(
      /^timezone: unknown time zone "Europe\/Berln": use an IANA name such as "Europe\/Berlin" or "America\/New_York" \(did you mean "Europe\/Berlin"/,
    );
  });

  it('a city alone suggests the full zone name', () => {
    expect(problems(teamSchema, { ...member, timezone: 'Berlin' })).toEqual([
      'timezone: unknown time zone "Berlin": use an IANA name such as "Europe/Berlin" or "America/New_York" (did you mean "Europe/Berlin"?)',
    ]);
  });

  it('a made-up zone gets no suggestion', () => {
    expect(problems(teamSchema, { ...member, timezone: 'Mars/Olympus_Mons' })).toEqual([
      'timezone: unknown time zone "Mars/Olympus_Mons": use an IANA name such as "Europe/Berlin" or "America/New_York"',
    ]);
  });

  it('a time zone written as a number', () => {
    expect(problems(teamSchema, { ...member, timezone: 1 })).toEqual(['timezone: expected an IANA time zone such as "Europe/Berlin", got 1']);
  });
});

// ---------------------------------------------------------------------------
// Invalid samples, by collection.
// ---------------------------------------------------------------------------

describe('team', () => {
  it('unknown field suggests the close one', () => {
    expect(problems(teamSchema, { ...member, pronoun: 'she/her' })).toMatchInlineSnapshot(`
      [
        "pronoun: unknown field "pronoun" (did you mean "pronouns"?)",
      ]
    `);
  });

  it('unknown field with nothing close lists the allowed fields', () => {
    expect(problems(teamSchema, { ...member, shoeSize: 42 })).toMatchInlineSnapshot(`
      [
        "shoeSize: unknown field "shoeSize" (allowed fields here: name, role, pronouns, focus, timezone, location, email, chat, github, website, joined, bio)",
      ]
    `);
  });

  it('missing required fields are each named', () => {
    expect(problems(teamSchema, without(without(member, 'name'), 'email'))).toMatchInlineSnapshot(`
      [
        "name: required field "name" is missing (expected a name as text)",
        "email: required field "email" is missing (expected an e-mail address like "devrel@example.com")",
      ]
    `);
  });

  it('empty focus list, bad e-mail, http-less website, @ in github handle', () => {
    expect(
      problems(teamSchema, { ...member, focus: [], email: 'maria at example', website: 'example.com/maria', github: '@maria' }),
    ).toMatchInlineSnapshot(`
      [
        "focus: list at least one focus area so colleagues know what to ask about",
        "email: expected an e-mail address like "devrel@example.com"",
        "github: a handle without the @, like "marialopez"",
        "website: expected a full web address starting with https://",
      ]
    `);
  });

  it('blank name is empty after trimming', () => {
    expect(problems(teamSchema, { ...member, name: '   ' })).toEqual(['name: a name cannot be empty']);
  });
});

describe('departments', () => {
  it('unknown field inside contact names the nested path and its allowed fields', () => {
    expect(problems(departmentSchema, { ...department, contact: { name: 'Priya', phone: '123' } })).toMatchInlineSnapshot(`
      [
        "contact.phone: unknown field "phone" (allowed fields here: name, role, email, channel)",
      ]
    `);
  });

  it('missing contact and liaison that is not an id', () => {
    expect(problems(departmentSchema, { ...without(department, 'contact'), liaison: 'Maria Lopez' })).toMatchInlineSnapshot(`
      [
        "contact: required field "contact" is missing (add contact: to the file)",
        "liaison: "Maria Lopez" is not an id: ids are written in lower case; did you mean "maria-lopez"?",
      ]
    `);
  });
});

describe('priorities', () => {
  it('negative or fractional order', () => {
    expect(problems(prioritySchema, { ...priority, order: -1 })).toMatchInlineSnapshot(`
      [
        "order: must be at least 0, got -1",
      ]
    `);
    expect(problems(prioritySchema, { ...priority, order: 1.5 })).toMatchInlineSnapshot(`
      [
        "order: expected a whole number, got 1.5",
      ]
    `);
  });

  it('measuredBy must list something', () => {
    expect(problems(prioritySchema, { ...priority, measuredBy: [] })).toEqual([
      'measuredBy: list at least one way leadership measures this priority',
    ]);
  });
});

describe('programs', () => {
  it('wrong enum lists the allowed values and suggests the close one', () => {
    expect(problems(programSchema, { ...program, kind: 'ambasador', status: 'done' })).toMatchInlineSnapshot(`
      [
        "kind: "ambasador" is not allowed here; expected one of: ambassador, hackathon, events, education, content, community, other (did you mean "ambassador"?)",
        "status: "done" is not allowed here; expected one of: active, planned, paused, retired",
      ]
    `);
  });

  it('missing required enum says which values to use', () => {
    expect(problems(programSchema, without(program, 'status'))).toMatchInlineSnapshot(`
      [
        "status: required field "status" is missing (use one of: active, planned, paused, retired)",
      ]
    `);
  });

  it('missing required date', () => {
    expect(problems(programSchema, without(program, 'started'))).toMatchInlineSnapshot(`
      [
        "started: required field "started" is missing (expected a date written as YYYY-MM-DD, like 2026-03-14)",
      ]
    `);
  });

  it('ended before started points at ended', () => {
    expect(problems(programSchema, { ...program, ended: '2023-12-31' })).toMatchInlineSnapshot(`
      [
        "ended: ended is before started: swap the dates or fix the year",
      ]
    `);
  });

  it('no owners, and outcome with a bad status at its nested path', () => {
    expect(
      problems(programSchema, { ...program, owners: [], outcomes: [{ outcome: 'x' }, { outcome: 'y', status: 'late' }] }),
    ).toMatchInlineSnapshot(`
      [
        "owners: every program needs at least one owner from content/team/",
        "outcomes[1].status: "late" is not allowed here; expected one of: planned, on-track, at-risk, met, missed",
      ]
    `);
  });

  it('owners written as one string instead of a list', () => {
    expect(problems(programSchema, { ...program, owners: 'maria-lopez' })).toMatchInlineSnapshot(`
      [
        "owners: expected a list, got "maria-lopez"",
      ]
    `);
  });

  it('a capitalised owner id', () => {
    expect(problems(programSchema, { ...program, owners: ['maria-lopez', 'Ana-Ruiz'] })).toEqual([
      'owners[1]: "Ana-Ruiz" is not an id: ids are written in lower case; did you mean "ana-ruiz"?',
    ]);
  });
});

describe('recaps', () => {
  it('without why says why it is required', () => {
    expect(problems(recapSchema, without(recap, 'why'))).toMatchInlineSnapshot(`
      [
        "why: required field "why" is missing (expected why the event mattered to the developer community as text)",
      ]
    `);
  });

  it('event.end before event.start points at event.end', () => {
    expect(problems(recapSchema, { ...recap, event: { ...(recap.event as Data), end: '2026-03-20' } })).toMatchInlineSnapshot(`
      [
        "event.end: event.end is before event.start: swap the dates or fix the year",
      ]
    `);
  });

  it('a one-day event may end on its start day', () => {
    expect(parse(recapSchema, { ...recap, event: { ...(recap.event as Data), end: '2026-03-23' } }).event.end).toEqual(
      utcMidnight('2026-03-23'),
    );
  });

  it('bad event date at event.start', () => {
    expect(problems(recapSchema, { ...recap, event: { ...(recap.event as Data), start: '2026-02-30', end: undefined } })).toEqual([
      'event.start: "2026-02-30" is not a real calendar date',
    ]);
  });

  it('negative audience', () => {
    expect(problems(recapSchema, { ...recap, audience: -3 })).toMatchInlineSnapshot(`
      [
        "audience: must be at least 0, got -3",
      ]
    `);
  });

  it('non-integer audience', () => {
    expect(problems(recapSchema, { ...recap, audience: 12.5 })).toMatchInlineSnapshot(`
      [
        "audience: expected a whole number, got 12.5",
      ]
    `);
  });

  it('audience written as text', () => {
    expect(problems(recapSchema, { ...recap, audience: 'about 600' })).toMatchInlineSnapshot(`
      [
        "audience: expected how many people came, as a whole number like 120, got "about 600"",
      ]
    `);
  });

  it('tags that are not kebab-case', () => {
    expect(problems(recapSchema, { ...recap, tags: ['kubernetes', 'Open Source', 'open_source'] })).toMatchInlineSnapshot(`
      [
        "tags[1]: "open source" is not a tag: tags are words of any script joined by single dashes or dots, like "open-source", "vue.js" or "技術書典"; did you mean "open-source"?",
        "tags[2]: "open_source" is not a tag: tags are words of any script joined by single dashes or dots, like "open-source", "vue.js" or "技術書典"; did you mean "open-source"?",
      ]
    `);
  });

  it('link urls must be https:// or a /wiki/path', () => {
    const links = [
      { label: 'FTP', url: 'ftp://files.example.com/x' },
      { label: 'Relative', url: 'programs/ambassadors/' },
      { label: 'Protocol-relative', url: '//cdn.example.com/x' },
      { label: 'Bare domain', url: 'example.com' },
    ];
    expect(problems(recapSchema, { ...recap, links })).toMatchInlineSnapshot(`
      [
        "links[0].url: expected a full https:// address or a wiki path starting with /",
        "links[1].url: expected a full https:// address or a wiki path starting with /",
        "links[2].url: expected a full https:// address or a wiki path starting with /",
        "links[3].url: expected a full https:// address or a wiki path starting with /",
      ]
    `);
  });

  it('a link url is accepted over http too, and a link needs a label', () => {
    expect(parse(link, { label: 'Old site', url: 'http://example.com/' }).url).toBe('http://example.com/');
    expect(problems(link, { url: '/programs/' })).toMatchInlineSnapshot(`
      [
        "label: required field "label" is missing (expected a link label as text)",
      ]
    `);
  });

  it('wrong format and visibility enums', () => {
    expect(
      problems(recapSchema, { ...recap, visibility: 'public', event: { ...(recap.event as Data), format: 'online' } }),
    ).toMatchInlineSnapshot(`
      [
        "event.format: "online" is not allowed here; expected one of: in-person, virtual, hybrid",
        "visibility: "public" is not allowed here; expected one of: internal, external",
      ]
    `);
  });
});

describe('roadbook', () => {
  it('order must be a whole number of at least 1', () => {
    expect(problems(roadbookSchema, { ...chapter, order: 0 })).toMatchInlineSnapshot(`
      [
        "order: must be at least 1, got 0",
      ]
    `);
    expect(problems(roadbookSchema, { ...chapter, order: 2.5 })).toEqual(['order: expected the chapter position as a whole number, like 3, got 2.5']);
    expect(problems(roadbookSchema, { ...chapter, order: 'first' })).toMatchInlineSnapshot(`
      [
        "order: expected the chapter position as a whole number, like 3, got "first"",
      ]
    `);
  });

  it('reviewed is required', () => {
    expect(problems(roadbookSchema, without(chapter, 'reviewed'))).toMatchInlineSnapshot(`
      [
        "reviewed: required field "reviewed" is missing (expected a date written as YYYY-MM-DD, like 2026-03-14)",
      ]
    `);
  });
});

describe('ownership and freshness: the same review fields on every page that must stay true', () => {
  const pages = [
    ['programs', programSchema, program],
    ['roadbook', roadbookSchema, chapter],
    ['meetings', meetingSchema, meeting],
    ['departments', departmentSchema, department],
  ] as const;

  it.each(pages)('%s: reviewed is required', (_, schema, sample) => {
    expect(problems(schema, without(sample, 'reviewed'))).toEqual([
      'reviewed: required field "reviewed" is missing (expected a date written as YYYY-MM-DD, like 2026-03-14)',
    ]);
  });

  it.each(pages)('%s: reviewEvery defaults to 180 days and must be whole days', (_, schema, sample) => {
    expect((schema.parse(sample) as { reviewEvery: number }).reviewEvery).toBe(180);
    expect((schema.parse({ ...sample, reviewEvery: 90 }) as { reviewEvery: number }).reviewEvery).toBe(90);
    expect(problems(schema, { ...sample, reviewEvery: 0 })).toEqual(['reviewEvery: must be at least 1, got 0']);
    expect(problems(schema, { ...sample, reviewEvery: 'quarterly' })).toEqual(['reviewEvery: expected a number of days, like 90, got "quarterly"']);
  });
});

describe('meetings', () => {
  const withRule = (rule: Data) => ({ ...meeting, recurrence: { ...recurrence, ...rule } });

  it('monthly meeting without week', () => {
    expect(problems(meetingSchema, withRule({ frequency: 'monthly' }))).toMatchInlineSnapshot(`
      [
        "recurrence.week: monthly meetings need week: 1, 2, 3, 4 or -1 (last), e.g. week: 1 for "first Tuesday"",
      ]
    `);
  });

  it('week on a weekly meeting', () => {
    expect(problems(meetingSchema, withRule({ week: 2 }))).toMatchInlineSnapshot(`
      [
        "recurrence.week: week only applies to monthly meetings: remove it or set frequency: monthly",
      ]
    `);
  });

  it('week out of range on a monthly meeting', () => {
    expect(problems(meetingSchema, withRule({ frequency: 'monthly', week: 5 }))).toMatchInlineSnapshot(`
      [
        "recurrence.week: expected 1, 2, 3, 4 or -1 (the last one of the month)",
      ]
    `);
  });

  it('until before starts', () => {
    expect(problems(meetingSchema, withRule({ until: '2025-12-31' }))).toMatchInlineSnapshot(`
      [
        "recurrence.until: until is before starts: the meeting would never happen",
      ]
    `);
  });

  it('wrong weekday and frequency enums', () => {
    expect(problems(meetingSchema, withRule({ weekday: 'tues', frequency: 'daily' }))).toMatchInlineSnapshot(`
      [
        "recurrence.frequency: "daily" is not allowed here; expected one of: weekly, biweekly, monthly",
        "recurrence.weekday: "tues" is not allowed here; expected one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday (did you mean "tuesday"?)",
      ]
    `);
  });

  it('duration out of range', () => {
    expect(problems(meetingSchema, withRule({ duration: 600 }))).toMatchInlineSnapshot(`
      [
        "recurrence.duration: must be at most 480, got 600",
      ]
    `);
    expect(problems(meetingSchema, withRule({ duration: 0 }))).toMatchInlineSnapshot(`
      [
        "recurrence.duration: must be at least 5, got 0",
      ]
    `);
  });

  it('where: {} needs a room or a video link', () => {
    expect(problems(meetingSchema, { ...meeting, where: {} })).toMatchInlineSnapshot(`
      [
        "where: give a room, a video link, or both",
      ]
    `);
  });

  it('where.video must be a web address', () => {
    expect(problems(meetingSchema, { ...meeting, where: { video: 'meet.example.com/x' } })).toMatchInlineSnapshot(`
      [
        "where.video: expected a full web address starting with https://",
      ]
    `);
  });

  it('openTo "all" must be "everyone" or a list', () => {
    expect(problems(meetingSchema, { ...meeting, openTo: 'all' })).toMatchInlineSnapshot(`
      [
        "openTo: expected "everyone" or a list of department ids like [marketing, sales]",
      ]
    `);
  });

  it('openTo an empty list', () => {
    expect(problems(meetingSchema, { ...meeting, openTo: [] })).toMatchInlineSnapshot(`
      [
        "openTo: needs at least 1 item(s)",
      ]
    `);
  });

  it('skip: bare dates and runs with a reason, in any script', () => {
    const skip = ['2026-08-13', { date: '2027-01-11', reason: '成人の日' }, { from: '2026-12-28', to: '2027-01-03', reason: '年末年始' }];
    expect(parse(meetingSchema, { ...meeting, recurrence: { ...recurrence, skip } }).recurrence.skip).toEqual([
      { date: utcMidnight('2026-08-13') },
      { date: utcMidnight('2027-01-11'), reason: '成人の日' },
      { from: utcMidnight('2026-12-28'), to: utcMidnight('2027-01-03'), reason: '年末年始' },
    ]);
    expect(parse(meetingSchema, meeting).recurrence.skip).toEqual([]);
  });

  it('skip: each mistake at its entry, with what to write', () => {
    const skip = [
      '2026-02-30',
      { from: '2026-12-28' },
      { date: '2026-12-29', from: '2026-12-28', to: '2026-12-30' },
      { from: '2027-01-03', to: '2026-12-28' },
      { from: '2026-01-01', to: '2027-06-30' },
      { reason: 'お盆' },
      { date: '2026-08-13', reason: 'x'.repeat(81) },
      { date: '2026-08-14', note: 'お盆' },
    ];
    expect(problems(meetingSchema, { ...meeting, recurrence: { ...recurrence, skip } })).toMatchInlineSnapshot(`
      [
        "recurrence.skip[0].date: "2026-02-30" is not a real calendar date",
        "recurrence.skip[1].to: a run of days needs to: (the last day, included); for one day write date: instead",
        "recurrence.skip[2]: give either date: (one day) or from: and to: (a run of days), not both",
        "recurrence.skip[3].to: to is before from: swap the dates",
        "recurrence.skip[4].to: the break is 546 days long; one entry may cover at most 366 (to end the series, set until:)",
        "recurrence.skip[5]: say which day: write the date itself (- 2026-12-29), or from: and to: for a run of days",
        "recurrence.skip[6].reason: the reason has 81 characters; keep it under 80, like "Year-end holidays"",
        "recurrence.skip[7].note: unknown field "note" (did you mean "date"?)",
      ]
    `);
  });

  it('missing recurrence', () => {
    expect(problems(meetingSchema, without(meeting, 'recurrence'))).toMatchInlineSnapshot(`
      [
        "recurrence: required field "recurrence" is missing (add recurrence: to the file)",
      ]
    `);
  });
});

describe('updates', () => {
  it('unknown field suggests the close one', () => {
    expect(problems(updateSchema, { ...update, programms: ['ambassadors'] })).toMatchInlineSnapshot(`
      [
        "programms: unknown field "programms" (did you mean "programs"?)",
      ]
    `);
  });

  it('missing author', () => {
    expect(problems(updateSchema, without(update, 'author'))).toMatchInlineSnapshot(`
      [
        "author: required field "author" is missing (expected an id written as text, like "maria-lopez")",
      ]
    `);
  });
});

describe('syncs', () => {
  it('follow-up without owner points at followUps[0].owner', () => {
    expect(problems(syncSchema, { ...sync, followUps: [{ task: 'Send the digest' }] })).toMatchInlineSnapshot(`
      [
        "followUps[0].owner: required field "owner" is missing (expected an id written as text, like "maria-lopez")",
      ]
    `);
  });

  it('follow-up done must be true or false', () => {
    expect(problems(syncSchema, { ...sync, followUps: [{ task: 'x', owner: 'ana-ruiz', done: 'yes' }] })).toMatchInlineSnapshot(`
      [
        "followUps[0].done: expected true or false, got "yes"",
      ]
    `);
  });

  it('no attendees and no takeaways', () => {
    expect(problems(syncSchema, { ...sync, attendees: [], takeaways: [] })).toMatchInlineSnapshot(`
      [
        "attendees: list who from the team attended",
        "takeaways: list at least one takeaway: it is the point of sitting in",
      ]
    `);
  });
});

describe('cross-field rules are reported together with other mistakes', () => {
  it('program: missing title and ended before started, in one run', () => {
    expect(problems(programSchema, { ...without(program, 'title'), ended: '2023-01-01' })).toEqual([
      'title: required field "title" is missing (expected a title as text)',
      'ended: ended is before started: swap the dates or fix the year',
    ]);
  });

  it('recap: missing why and event.end before event.start, in one run', () => {
    expect(problems(recapSchema, { ...without(recap, 'why'), event: { ...(recap.event as Data), end: '2026-03-01' } })).toEqual([
      'why: required field "why" is missing (expected why the event mattered to the developer community as text)',
      'event.end: event.end is before event.start: swap the dates or fix the year',
    ]);
  });

  it('meeting: a bad time and until before starts, in one run', () => {
    expect(problems(meetingSchema, { ...meeting, recurrence: { ...recurrence, time: '25:00', until: '2025-01-01' } })).toEqual([
      'recurrence.time: expected a time written as "HH:MM" on a 24-hour clock, like "15:30"',
      'recurrence.until: until is before starts: the meeting would never happen',
    ]);
  });

  it('no date-order complaint when one of the dates itself is invalid', () => {
    expect(problems(programSchema, { ...program, started: '2024-02-30', ended: '2023-01-01' })).toEqual([
      'started: "2024-02-30" is not a real calendar date',
    ]);
    expect(problems(meetingSchema, { ...meeting, recurrence: { ...recurrence, starts: 'soon', until: '2020-01-01' } })).toEqual([
      'recurrence.starts: expected a date written as YYYY-MM-DD, like 2026-03-14, got "soon"',
    ]);
  });

  it('an invalid frequency does not also blame week', () => {
    expect(problems(meetingSchema, { ...meeting, recurrence: { ...recurrence, frequency: 'Monthly', week: 1 } })).toEqual([
      'recurrence.frequency: "Monthly" is not allowed here; expected one of: weekly, biweekly, monthly (did you mean "monthly"?)',
    ]);
  });

  it('an event written as text, or no fields at all, is reported without crashing', () => {
    expect(problems(recapSchema, { ...recap, event: 'KubeCon EU' })).toEqual(['event: expected a group of fields, got "KubeCon EU"']);
    expect(problems(recapSchema, null)).toEqual(['(root): expected a group of fields, got nothing (null)']);
    expect(problems(programSchema, [])).toEqual(['(root): expected a group of fields, got a list']);
  });
});

describe('entry ids', () => {
  it('drop folders and extensions, and the nn- prefix for roadbook chapters only', () => {
    expect(entryIdFromPath('recaps', '2026/2026-03-23-kubecon-eu.mdx')).toBe('2026-03-23-kubecon-eu');
    expect(entryIdFromPath('roadbook', '03-giving-talks.mdx')).toBe('giving-talks');
    expect(entryIdFromPath('updates', '2026-03-30-spring.md')).toBe('2026-03-30-spring');
    expect(entryIdFromPath('team', 'maria-lopez.yaml')).toBe('maria-lopez');
  });

  it('are composed (NFC) whatever form the file system gave the name in', () => {
    expect(entryIdFromPath('team', `${'ホシゾラ'.normalize('NFD')}.yaml`)).toBe('ホシゾラ');
    expect(entryIdFromPath('roadbook', `01-${'デプロイ'.normalize('NFD')}.mdx`)).toBe('デプロイ');
    expect(entryIdFromPath('recaps', `2026/2026-06-12-meetup-${'서울'.normalize('NFD')}.mdx`)).toBe('2026-06-12-meetup-서울');
  });
});
