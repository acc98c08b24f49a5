/**
 * The pure parts of sending the digest: which addresses content may name, which domains
 * the maintainers' setting allows (and the tricks it must not fall for), the content
 * gate's error, chat text that cannot mention or link, the record that survives a crash,
 * secrets scrubbed from messages, and the first working day.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { allowedDomains, isAllowed } from '../../src/lib/digest/send/allowed-domains.ts';
import { chatText, defuseLinks, oneLine } from '../../src/lib/digest/send/chat-text.ts';
import { defaultCalendar, digestDay, dueMonth, monthBefore, type WorkingCalendar } from '../../src/lib/digest/send/first-working-day.ts';
import { RecordError, SentRecord } from '../../src/lib/digest/send/record.ts';
import { readSendSettings, scrubber } from '../../src/lib/digest/send/settings.ts';
import { escapeMrkdwn } from '../../src/lib/digest/send/slack.ts';
import { checkAddress, isAddressError } from '../../src/schemas/email-address.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const address = (value: string) => {
  const result = checkAddress(value);
  return isAddressError(result) ? `refused: ${result.message} (${result.hint})` : result.address;
};

describe('a recipient address', () => {
  it('is accepted bare, with its domain lowercased and other scripts in punycode', () => {
    expect(address('DevRel-News@Lumenstack.Example')).toBe('DevRel-News@lumenstack.example');
    expect(address("o'brien+digest@team.example")).toBe("o'brien+digest@team.example");
    expect(address('news@bücher.example')).toBe('news@xn--bcher-kva.example');
    expect(address('новости@пример.рф')).toMatch(/^refused: the part before the @/);
  });

  it('is refused with a line break, a display name, a second @, routing characters or no real domain', () => {
    expect(address('news@team.example\r\nBcc: leak@evil.example')).toMatch(/line break or another control character/);
    expect(address('news@team.example\u0000')).toMatch(/control character/);
    expect(address('"Team" <news@team.example>')).toMatch(/write the address alone/);
    expect(address('Team News <news@team.example>')).toMatch(/write the address alone/);
    expect(address('news@team.example, leak@evil.example')).toMatch(/write the address alone/);
    expect(address('news@evil.example@team.example')).toMatch(/more than one @/);
    expect(address('leak%evil.example@team.example')).toMatch(/% and ! would let a mail server forward/);
    expect(address('evil.example!leak@team.example')).toMatch(/the part before the @/);
    expect(address('news@team.example.')).toMatch(/is not a mail domain/);
    expect(address('news@[192.0.2.1]')).toMatch(/write the address alone/);
    expect(address('news@localhost')).toMatch(/is not a mail domain/);
    expect(address(`${'a'.repeat(65)}@team.example`)).toMatch(/the part before the @/);
  });

  it('lists are checked in site.yaml: a duplicate (in any case) and too many are errors', () => {
    const site = (to: string[]) => siteSchema.safeParse({ title: 'T', tagline: 'T', company: 'C', contact: { email: 'a@team.example' }, digest: { email: { to } } });
    expect(site(['a@team.example', 'b@team.example']).success).toBe(true);
    const twice = site(['news@team.example', 'NEWS@Team.example']);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toContain('is listed twice (also at to[0])');
    expect(twice.error?.issues[0]?.path).toEqual(['digest', 'email', 'to', 1]);
    const many = site(Array.from({ length: 51 }, (_, i) => `list-${i}@team.example`));
    expect(many.error?.issues[0]?.message).toContain('send to a mailing list');
  });
});

describe('the allowed domains', () => {
  const allowed = allowedDomains('Team.Example, *.corp.example, bücher.example', 'x@ignored.example');

  it('match exactly, or subdomains only with *., in any case and script', () => {
    expect(isAllowed('team.example', allowed)).toBe(true);
    expect(isAllowed('eu.team.example', allowed)).toBe(false);
    expect(isAllowed('eu.corp.example', allowed)).toBe(true);
    expect(isAllowed('corp.example', allowed)).toBe(false);
    expect(isAllowed('xn--bcher-kva.example', allowed)).toBe(true);
  });

  it('are not fooled by look-alike suffixes and prefixes', () => {
    for (const domain of ['evilteam.example', 'team.example.evil.test', 'team-example.com', 'eviltcorp.example', 'xcorp.example']) {
      expect(isAllowed(domain, allowed), domain).toBe(false);
    }
    // A Cyrillic "е" in team.example is another domain once in punycode.
    const lookalike = checkAddress('news@tеam.example');
    expect(!isAddressError(lookalike) && isAllowed(lookalike.domain, allowed)).toBe(false);
  });

  it('default to the contact e-mail\'s domain, and report entries that are not domains', () => {
    expect(allowedDomains(undefined, 'devrel@Lumenstack.Example').domains).toEqual([{ domain: 'lumenstack.example', subdomains: false }]);
    expect(allowedDomains('  ', 'devrel@team.example').source).toBe('contact.email');
    expect(allowedDomains('team.example, not a domain, *.', 'x@y.example').invalid).toEqual(['not a domain', '*.']);
  });
});

describe('npm run check on the digest recipients', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-digest-check-'));
  const content = path.join(root, 'content');
  mkdirSync(content);
  writeFileSync(
    path.join(content, 'site.yaml'),
    ['title: Équipe DevRel', 'tagline: Nous aidons', 'company: Exemple', 'contact:', '  email: devrel@exemple.example', 'digest:', '  email:', '    to:', '      - liste@exemple.example', '      - someone@gmail.example', '      - fr@exemple.example.evil.test', ''].join('\n'),
  );
  const problems = (setting?: string) => checkContent(content, root, { digestAllowedDomains: setting }).problems.filter((p) => p.severity === 'error').map(formatProblem);

  it('names each address outside the contact e-mail\'s domain, at its line', () => {
    expect(problems()).toEqual([
      'content/site.yaml:10:9  digest.email.to[1]  "someone@gmail.example" is outside the domains the digest may be sent to (exemple.example)  (the digest goes only to addresses at the contact e-mail\'s domain; to allow another company domain, the maintainers set DIGEST_ALLOWED_DOMAINS)',
      'content/site.yaml:11:9  digest.email.to[2]  "fr@exemple.example.evil.test" is outside the domains the digest may be sent to (exemple.example)  (the digest goes only to addresses at the contact e-mail\'s domain; to allow another company domain, the maintainers set DIGEST_ALLOWED_DOMAINS)',
    ]);
  });

  it('follows DIGEST_ALLOWED_DOMAINS when the maintainers set it', () => {
    expect(problems('exemple.example, gmail.example, evil.test')).toHaveLength(1);
    expect(problems('*.example.evil.test, exemple.example, gmail.example')).toEqual([]);
  });
});

describe('text for chat', () => {
  it('is one line without control or direction-override characters, cut at a length', () => {
    expect(oneLine('Meetup\r\n<!channel>\u001b[31m\u202eevil\u2028x')).toBe('Meetup <!channel> [31m evil x');
    expect(oneLine('東京'.repeat(100), 10)).toBe(`${'東京'.repeat(4)}東…`);
  });

  it('cannot become a link by itself', () => {
    expect(defuseLinks('see evil.example or https://evil.example, mail a@b.example')).toBe('see evil.\u200bexample or https:\u200b//evil.\u200bexample, mail a@\u200bb.\u200bexample');
    expect(chatText('Node.js: 10:30')).toBe('Node.\u200bjs: 10:\u200b30');
  });

  it('is escaped for Slack mrkdwn so it cannot mention or link', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;');
  });
});

describe('the record of what went out', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-digest-record-'));
  const file = path.join(dir, 'digest-sent', '2026-10.json');

  it('starts empty, is written at each delivery, and is read back by the next run', () => {
    const record = SentRecord.read(file, '2026-10');
    expect(record.email('a@team.example')).toBeUndefined();
    record.markEmail('A@team.example', { sentAt: '2026-11-02T07:00:00.000Z', messageId: '<1@team.example>' });
    record.markChat('slack', { sentAt: '2026-11-02T07:00:01.000Z' });
    const again = SentRecord.read(file, '2026-10');
    expect(again.email('a@TEAM.example')?.messageId).toBe('<1@team.example>');
    expect(again.chat('slack')).toBeDefined();
    expect(again.chat('teams')).toBeUndefined();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ month: '2026-10', email: { 'a@team.example': { sentAt: '2026-11-02T07:00:00.000Z', messageId: '<1@team.example>' } }, chat: { slack: { sentAt: '2026-11-02T07:00:01.000Z' } } });
  });

  it('that cannot be trusted stops the run instead of sending twice', () => {
    writeFileSync(file, '{"month": "2026-10", "email": {');
    expect(() => SentRecord.read(file, '2026-10')).toThrow(RecordError);
    writeFileSync(file, JSON.stringify({ month: '2026-09', email: {}, chat: {} }));
    expect(() => SentRecord.read(file, '2026-10')).toThrow(/not a digest record for 2026-10/);
    const link = path.join(dir, 'digest-sent', '2026-11.json');
    symlinkSync('/etc/hostname', link);
    expect(() => SentRecord.read(link, '2026-11')).toThrow(/not a plain file/);
  });
});

describe('sending settings', () => {
  it('name a bad variable without showing its value', () => {
    const { errors } = readSendSettings({ DIGEST_SMTP_URL: 'http://user:hunter22@mail.example', DIGEST_SLACK_WEBHOOK_URL: 'http://hooks.example/T/B/secretPath99', DIGEST_FROM: 'DevRel <devrel@team.example>\r\nBcc: x@y.example' });
    expect(errors).toHaveLength(3);
    for (const error of errors) expect(error).not.toMatch(/hunter22|secretPath99|mail\.example/);
    expect(errors[0]).toContain('DIGEST_SMTP_URL is not an smtp:// or smtps:// address');
    expect(errors[1]).toContain('DIGEST_SLACK_WEBHOOK_URL is not an https:// address');
  });

  it('take a named sender and allow plain http only to this machine', () => {
    const { settings, errors } = readSendSettings({ DIGEST_FROM: '"DevRel" <DevRel@Team.Example>', DIGEST_TEAMS_WEBHOOK_URL: 'http://127.0.0.1:9/hook', DIGEST_SMTP_URL: 'smtp://127.0.0.1:25' });
    expect(errors).toEqual([]);
    expect(settings.from).toEqual({ name: 'DevRel', address: 'DevRel@team.example' });
    expect(settings.smtp?.loopback).toBe(true);
  });

  it('scrub every piece of a URL from a message, and make it one line', () => {
    const { settings } = readSendSettings({ DIGEST_SMTP_URL: 'smtps://bot:p%C3%A4ss%2Fw0rd@smtp.corp.example:465', DIGEST_GOOGLE_CHAT_WEBHOOK_URL: 'https://chat.example/v1/spaces/AAAA/messages?key=KEY123456&token=TOKEN7890' });
    const scrub = scrubber(settings.secrets);
    expect(scrub('connect ECONNREFUSED smtp.corp.example:465 as bot with päss/w0rd')).toBe('connect ECONNREFUSED [hidden] as [hidden] with [hidden]');
    expect(scrub('POST https://chat.example/v1/spaces/AAAA/messages?key=KEY123456&token=TOKEN7890 failed\nkey=KEY123456')).toBe('POST [hidden] failed key=[hidden]');
  });
});

describe('the first working day', () => {
  const calendar = (digest: Record<string, unknown> = {}): WorkingCalendar =>
    siteSchema.parse({ title: 'T', tagline: 'T', company: 'C', contact: { email: 'a@team.example' }, digest }).digest!;
  /** The month whose digest is due at 06:41 UTC on `iso` (when the workflow runs), or "-". */
  const due = (iso: string, digest?: Record<string, unknown>) => dueMonth(new Date(`${iso}T06:41:00Z`), calendar(digest)) ?? '-';

  it('is the 1st on a weekday, else the Monday after, for a team that says nothing', () => {
    expect(due('2026-12-01')).toBe('2026-11'); // Tuesday
    expect(due('2026-12-02')).toBe('-');
    expect(due('2026-08-01')).toBe('-'); // Saturday
    expect(due('2026-08-03')).toBe('2026-07'); // Monday
    expect(due('2026-11-01')).toBe('-'); // Sunday
    expect(due('2026-11-02')).toBe('2026-10');
    expect(due('2026-11-03')).toBe('-');
    expect(dueMonth(new Date('2027-01-01T06:41:00Z'), defaultCalendar)).toBe('2026-12');
    expect(monthBefore(new Date('2027-01-04T06:00:00Z'))).toBe('2026-12');
  });

  it("follows the team's working week: Sunday to Thursday", () => {
    const week = { workweek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'] };
    expect(due('2026-05-01', week)).toBe('-'); // Friday: a weekend day there
    expect(due('2026-05-02', week)).toBe('-'); // Saturday
    expect(due('2026-05-03', week)).toBe('2026-04'); // Sunday: the first working day
    expect(due('2026-05-04', week)).toBe('-');
  });

  it('waits for the end of holidays and breaks, whichever way they are written', () => {
    const japan = { timezone: 'Asia/Tokyo', holidays: [{ from: '2026-12-29', to: '2027-01-03', reason: '年末年始' }, '2027-05-03', new Date(Date.UTC(2027, 4, 4)), '2027-05-05'] };
    expect(due('2027-01-01', japan)).toBe('-');
    expect(due('2027-01-04', japan)).toBe('2026-12'); // Monday, the first day back
    expect(due('2027-05-03', japan)).toBe('-'); // Golden Week: Monday to Wednesday off
    expect(due('2027-05-06', japan)).toBe('2027-04');
  });

  it("counts days in the team's time zone, not UTC", () => {
    // 2027-02-01 is a Monday. At 06:41 UTC it is still Sunday 31 January in Los Angeles,
    // and at the next run (06:41 UTC on the 2nd) it is Monday the 1st there.
    const la = { timezone: 'America/Los_Angeles' };
    expect(due('2027-02-01', la)).toBe('-');
    expect(due('2027-02-02', la)).toBe('2027-01');
    expect(due('2027-02-01')).toBe('2027-01');
    // In Kiritimati (UTC+14) 06:41 UTC is 20:41 on the same date.
    expect(due('2027-02-01', { timezone: 'Pacific/Kiritimati' })).toBe('2027-01');
    expect(monthBefore(new Date('2027-02-01T06:41:00Z'), calendar(la))).toBe('2026-12');
  });

  it('is never later than the 10th, even when every day before it is off', () => {
    const closed = { holidays: [{ from: '2027-08-01', to: '2027-08-20', reason: 'Summer closure' }] };
    expect(digestDay('2027-08', calendar(closed))).toBe('2027-08-10');
    expect(due('2027-08-09', closed)).toBe('-');
    expect(due('2027-08-10', closed)).toBe('2027-07');
    // The workflow runs on the 11th too, for zones where the 10th is still running.
    expect(due('2027-08-11', { ...closed, timezone: 'America/Los_Angeles' })).toBe('2027-07');
  });

  it('refuses a working week or holidays it cannot use, saying what to write', () => {
    const errors = (digest: Record<string, unknown>) =>
      siteSchema.safeParse({ title: 'T', tagline: 'T', company: 'C', contact: { email: 'a@team.example' }, digest }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(errors({ workweek: ['monday', 'friday', 'monday'] })).toEqual(['digest.workweek.2: monday is listed twice; list each working day once']);
    expect(errors({ workweek: ['mon'] })[0]).toMatch(/^digest\.workweek\.0: expected a day of the week: monday, tuesday/);
    expect(errors({ workweek: [] })).toEqual(['digest.workweek: list at least one working day, like [monday, tuesday, wednesday, thursday, friday]']);
    expect(errors({ holidays: [{ from: '2027-01-03', to: '2027-01-01' }] })).toEqual(['digest.holidays.0.to: to is before from: swap the dates']);
    expect(errors({ holidays: ['2027-02-30'] })).toEqual(['digest.holidays.0.date: "2027-02-30" is not a real calendar date']);
    expect(errors({ timezone: 'Asia/Tokio' })[0]).toMatch(/^digest\.timezone: unknown time zone "Asia\/Tokio".*Asia\/Tokyo/);
  });
});
