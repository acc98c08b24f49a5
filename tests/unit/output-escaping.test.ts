/**
 * Every file the wiki writes for another program, given content values built to break
 * out of their field: a line break (CRLF, a lone CR, U+0085, U+2028), NUL, ESC, `]]>`,
 * a lone surrogate, spreadsheet formulas and GitHub workflow commands. Each is read back
 * by a real reader of the format (ical.js, a strict XML parser, an RFC 4180 split, the
 * runner's line-by-line view) and must hold exactly the fields we wrote, with the value
 * inside the field it came in.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { escapeText, serializeLines } from '../../src/lib/calendar/ics-text.ts';
import { meetingsCalendar, type CalendarMeeting } from '../../src/lib/calendar/meetings-ics.ts';
import { eventsCalendar, type CalendarEvent } from '../../src/lib/calendar/events-ics.ts';
import { rssXml, xmlText } from '../../src/lib/feeds/rss.ts';
import { english } from '../../src/i18n/i18n.ts';
import { csvCell, metricCsv } from '../../src/lib/metrics/csv-download.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { terminalText } from '../../src/lib/output/terminal.ts';
import { meetingSchema } from '../../src/schemas/meetings.ts';
import { recapSchema } from '../../src/schemas/recaps.ts';

const now = new Date('2026-11-25T00:00:00Z');
const root = path.resolve(import.meta.dirname, '../..');

/** Line breaks and controls a value may carry in YAML ("\r", "\u0085"…) or through code that skipped the schema. */
const breakers = ['\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\u000b', '\u000c'];

describe('calendars (RFC 5545)', () => {
  // The schema now refuses these characters; the writer must hold even for values that skipped it.
  const baseMeeting = meetingSchema.parse({
    title: 'Office hours',
    summary: 'Bring questions.',
    host: 'ana',
    recurrence: { frequency: 'weekly', weekday: 'thursday', time: '16:00', timezone: 'Europe/Berlin', duration: 45, starts: '2025-01-06' },
    where: { room: 'Ada' },
    openTo: 'everyone',
    reviewed: '2026-09-01',
  });

  for (const breaker of breakers) {
    it(`a title with ${JSON.stringify(breaker)} cannot add an ATTENDEE or ORGANIZER to a meeting`, () => {
      const hostile: CalendarMeeting = {
        id: 'office-hours',
        data: { ...baseMeeting, title: `Office hours${breaker}ATTENDEE;CN=Boss:mailto:boss@corp.example`, summary: `Agenda${breaker}ORGANIZER:mailto:attacker@evil.example${breaker}` },
        pageUrl: `https://wiki.example.com/meetings/x/${breaker}URL:https://evil.example/`,
      };
      const ics = meetingsCalendar([hostile], { name: `Cal${breaker}X-EVIL:1`, uidDomain: 'wiki.example.com', now, t: english.t });
      // Every line break in the file is CRLF, and each physical line is a property we wrote or a fold (leading space).
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u0085\u2028\u2029\u000b\u000c]/);
      const names = ics.split('\r\n').filter((line) => line && !line.startsWith(' ')).map((line) => line.split(/[:;]/)[0]);
      expect(names).not.toContain('ATTENDEE');
      expect(names).not.toContain('ORGANIZER');
      expect(names).not.toContain('X-EVIL');
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const [event] = calendar.getAllSubcomponents('vevent');
      expect(event!.getAllProperties().map((p) => p.name).sort()).toEqual(['description', 'dtstamp', 'dtstart', 'duration', 'location', 'rrule', 'summary', 'uid', 'url']);
      expect(String(event!.getFirstPropertyValue('summary'))).toMatch(/^Office hours\s?ATTENDEE;CN=Boss:mailto:boss@corp\.example$/);
    });
  }

  it('an event name or address from a recap cannot add a property to /events.ics either', () => {
    const data = recapSchema.parse({ title: 'Summit', event: { name: 'Summit', location: 'Lisbon', format: 'in-person', start: '2026-12-10' }, why: 'Maintainers meet there. '.repeat(6).trim() });
    const hostile: CalendarEvent = { id: '2026-12-10-summit', data: { ...data, event: { ...data.event, name: 'Summit\rORGANIZER:mailto:attacker@evil.example', location: 'Lisbon\u2028X-EVIL:1', url: 'https://summit.example/\r\nATTENDEE:mailto:a@b' } }, pageUrl: '/recaps/x/' };
    const ics = eventsCalendar([hostile], { name: 'Events', uidDomain: 'wiki.example.com', now, t: english.t });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u2028]/);
    const names = ics.split('\r\n').filter((line) => line && !line.startsWith(' ')).map((line) => line.split(/[:;]/)[0]);
    expect(names.filter((name) => ['ORGANIZER', 'ATTENDEE', 'X-EVIL'].includes(name!))).toEqual([]);
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(String(event!.getFirstPropertyValue('url'))).toBe('https://summit.example/%0D%0AATTENDEE:mailto:a@b');
  });

  it('escapes TEXT as RFC 5545 §3.3.11 says and drops NUL, ESC and DEL', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng\u0000h\u001bi\u007fj\tk')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'hij\tk');
    // The serializer's last guard: a value written without escapeText loses its line breaks.
    expect(serializeLines(['SUMMARY:a\rATTENDEE:x'])).toBe('SUMMARY:aATTENDEE:x\r\n');
  });
});

/** Parses strictly (sax throws on anything not well-formed) and returns the text of each element by name. */
function strictXml(xml: string): Map<string, string[]> {
  const parser = sax.parser(true);
  const texts = new Map<string, string[]>();
  const stack: string[] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => stack.push(tag.name);
  parser.onclosetag = () => stack.pop();
  parser.ontext = (text) => {
    const name = stack.at(-1);
    if (name) texts.set(name, [...(texts.get(name) ?? []), text]);
  };
  parser.write(xml).close();
  return texts;
}

describe('feeds (RSS 2.0, XML 1.0)', () => {
  it('stays well-formed whatever a title holds, and keeps what XML allows of it', () => {
    const title = 'Q3 <b>update</b> ]]> & "quotes" \u0000\u0007\u001b[31m\ud800 lone \ufffe end 日本語';
    const xml = rssXml({ title: 'Wiki', description: 'D', link: 'https://wiki.example.com/', items: [{ title, link: 'https://wiki.example.com/u/1/', pubDate: now, categories: ['a]]>b'], author: 'a@b.example' }] });
    expect(xml).not.toContain(']]>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/);
    const texts = strictXml(xml);
    expect(texts.get('title')![1]).toBe('Q3 <b>update</b> ]]> & "quotes" [31m lone  end 日本語');
    expect(texts.get('category')).toEqual(['a]]>b']);
  });

  it('escapes markup in attribute-safe form', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

/** RFC 4180 cells of one CSV line (quoted cells may hold commas and quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"', i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (out.push(cell), (cell = ''));
    else cell += c;
  }
  return [...out, cell];
}

describe('CSV downloads', () => {
  it('neutralises every cell a spreadsheet would run, and keeps numbers numbers', () => {
    const labels = ['=HYPERLINK("https://evil.example","Click")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', 'EMEA'];
    const csv = metricCsv(labels.map((series, i) => ({ date: `2026-0${i + 1}-28`, value: i === 0 ? -5 : i, series })), true);
    const rows = csv.trimEnd().split('\r\n').slice(1).map(cells);
    expect(rows.map((row) => row[2])).toEqual(["'=HYPERLINK(\"https://evil.example\",\"Click\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd", 'EMEA']);
    expect(rows[0]![1]).toBe('-5');
    expect(rows.every((row) => row.length === 3)).toBe(true);
  });

  it('quotes commas, quotes and line breaks so no value adds a column or a row', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('terminal and CI output', () => {
  it('writes out control characters, so a value cannot recolour the terminal or start a line', () => {
    expect(terminalText('a\u001b[2Jb\nc\r\u0007\u202e\u2028')).toBe('a\\e[2Jb\\nc\\r\\x07\\u202e\\u2028');
    const line = formatProblem({ severity: 'error', file: 'content/team/x.yaml', line: 3, field: 'timezone', message: 'unknown time zone "UTC\n::warning file=README.md::Approve\u001b[0m"' });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it('npm run check under GitHub Actions prints no line a content value wrote', () => {
    const content = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-ci-output-')), 'content');
    cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
    writeFileSync(path.join(content, 'team', 'mallory-ci.yaml'), [
      'name: "Mallory\\e]0;pwned\\u0007\\e[2J"',
      'role: Advocate',
      'focus: [x]',
      'email: mallory@lumenstack.example',
      'timezone: "UTC\\n::warning file=README.md,line=1::Approve this pull request\\n::add-mask::x"',
      '',
    ].join('\n'));
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, WIKI_CONTENT_DIR: content, GITHUB_ACTIONS: 'true' } });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(result.stdout + result.stderr).not.toContain('\u001b');
    // Workflow commands: only our own annotations, one per problem, never one a value started.
    const commands = lines.filter((line) => line.trimStart().startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/^::(error|warning) file=/);
    expect(commands.some((command) => command.startsWith('::warning file=README.md'))).toBe(false);
    expect(lines.some((line) => line.startsWith('::add-mask'))).toBe(false);
    expect(result.stdout).toContain('mallory-ci.yaml');
  });
});
