/**
 * `npm run digest:send` against a real SMTP server and webhook listeners on 127.0.0.1,
 * with a wiki that is not the sample's: a Japanese site title carrying a header-
 * injection attempt, a recipient in an internationalised subdomain, and a recap whose
 * title tries to mention the whole channel and add links. What arrives is parsed with
 * a real MIME parser. Then the failures: a 550 for one recipient and a 500 from one
 * webhook fail those and nothing else, the record keeps only what went out, and a
 * re-run sends just the missing ones; an unreachable server is named without its
 * address. No run may print or record the SMTP password or a webhook URL.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, startWebhooks, type SmtpReceiver, type WebhookReceiver } from '../helpers/digest-receivers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-digest-send-'));
const content = path.join(work, 'content');
const month = '2026-10';
const siteUrl = 'https://wiki.team.example';
const smtpUser = 'digest-bot';
const smtpPassword = 'pä55:w/rd-Secret%42';
const hooks = { slack: '/services/T000/B000/slackSecretToken123', teams: '/workflows/teamsSecretSig456/invoke', google: '/v1/spaces/AAA/messages?key=googleKey789&token=googleToken000' };
const hostile = '<!channel> *Free* <https://evil.example|click here> at evil.example & more';

let smtp: SmtpReceiver;
let webhooks: WebhookReceiver;
const outputs: string[] = [];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The command as CI runs it, asynchronously: the SMTP server and listeners live in this process. */
function send(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/digest-send.ts'), '--month', month, ...args], {
      cwd: work,
      env: {
        PATH: process.env.PATH,
        WIKI_CONTENT_DIR: content,
        SITE_URL: siteUrl,
        BASE_PATH: '/devrel/',
        SOURCE_DATE_EPOCH: '1796083200', // 2026-12-01
        DIGEST_ALLOWED_DOMAINS: 'team.example, *.team.example',
        DIGEST_SMTP_URL: `smtp://${smtpUser}:${encodeURIComponent(smtpPassword)}@127.0.0.1:${smtp.port}`,
        DIGEST_SLACK_WEBHOOK_URL: `${webhooks.base}${hooks.slack}`,
        DIGEST_TEAMS_WEBHOOK_URL: `${webhooks.base}${hooks.teams}`,
        DIGEST_GOOGLE_CHAT_WEBHOOK_URL: `${webhooks.base}${hooks.google}`,
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => {
      outputs.push(stdout, stderr);
      resolve({ status, stdout, stderr });
    });
  });
}

const record = () => JSON.parse(readFileSync(path.join(work, 'digest-sent', `${month}.json`), 'utf8')) as { email: Record<string, unknown>; chat: Record<string, unknown> };
const bodies = (hook: string) => webhooks.received.get(hook) ?? [];

beforeAll(async () => {
  cpSync(path.join(root, 'content'), content, { recursive: true });
  // A team that is not the sample: its own name (with a header-injection attempt in it),
  // its own domains, a recipient in another script.
  const site = readFileSync(path.join(content, 'site.yaml'), 'utf8')
    // A lone LF is text to the schema (a carriage return is refused there); it must not become a header.
    .replace(/^title: .*$/m, 'title: "東京 DevRel\\nBcc: leak@evil.example"')
    .replace(/^  email: .*$/m, '  email: devrel@team.example')
    .replace(/^digest:[\s\S]*$/m, 'digest:\n  email:\n    to:\n      - news@team.example\n      - Leads@Team.Example\n      - tokyo@bücher.team.example\n');
  writeFileSync(path.join(content, 'site.yaml'), site);
  writeFileSync(
    path.join(content, 'recaps/2026/2026-10-28-hostile-title.md'),
    `---\ntitle: ${JSON.stringify(hostile)}\nevent:\n  name: "Meetup"\n  start: 2026-10-28\n  location: "Kyoto <@U123>"\n  format: in-person\naudience: 12\nwhy: "To see what chat does with it."\nvisibility: external\n---\n\nBody.\n`,
  );
  [smtp, webhooks] = await Promise.all([startSmtp(smtpUser, smtpPassword), startWebhooks()]);
});

afterAll(async () => {
  await Promise.all([smtp?.close(), webhooks?.close()]);
});

describe('npm run digest:send', () => {
  let first: Run;
  let mails: ParsedMail[];
  beforeAll(async () => {
    smtp.refuse.add('leads@team.example');
    webhooks.status.set(hooks.teams, 500);
    first = await send([]);
    mails = await Promise.all(smtp.mails.map((m) => simpleParser(m.raw, { skipImageLinks: true })));
  });

  it('a 550 for one recipient and a 500 from one webhook fail those clearly, and only those', () => {
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/e-mail\s+FAILED to Leads@team\.example: refused by the server: .*550/);
    expect(first.stderr).toMatch(/Microsoft Teams\s+FAILED: the webhook answered 500/);
    expect(first.stderr).toContain('e-mail not delivered to Leads@team.example');
    expect(first.stdout).toMatch(/e-mail\s+sent to news@team\.example/);
    expect(first.stdout).toMatch(/e-mail\s+sent to tokyo@xn--bcher-kva\.team\.example/);
    expect(first.stdout).toMatch(/Slack\s+sent/);
    expect(first.stdout).toMatch(/Google Chat\s+sent/);
  });

  it('sends each recipient their own copy, to the address it checked (another script in punycode)', () => {
    // smtp-server (and mailparser) show an internationalised domain in Unicode; the header carries what was checked.
    expect(smtp.mails.map((m) => m.to)).toEqual([['news@team.example'], ['tokyo@bücher.team.example']]);
    expect(smtp.mails.map((m) => /^To: (.+)$/m.exec(m.raw.toString('utf8'))?.[1])).toEqual(['news@team.example', 'tokyo@xn--bcher-kva.team.example']);
  });

  it('records only what went out', () => {
    const sent = record();
    expect(Object.keys(sent.email).sort()).toEqual(['news@team.example', 'tokyo@xn--bcher-kva.team.example']);
    expect(Object.keys(sent.chat).sort()).toEqual(['google-chat', 'slack']);
  });

  it('a message in UTF-8: one-line subject in the site language, text and HTML parts, a Message-ID and a Date, no injected header', () => {
    const mail = mails[0]!;
    expect(mail.subject).toBe('東京 DevRel Bcc: leak@evil.example digest: October 2026');
    expect(mail.messageId).toMatch(/^<.+@team\.example>$/);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.bcc).toBeUndefined();
    const header = smtp.mails[0]!.raw.toString('utf8').split('\r\n\r\n')[0]!;
    expect(header).not.toMatch(/^bcc:/im);
    expect(header).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(mail.text).toContain('3 events, 666 people reached');
    expect(mail.html).toContain('<h1');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('every image is an inline PNG attachment found by its cid:, none loads from a URL', () => {
    const mail = mails[0]!;
    const html = mail.html as string;
    const sources = [...html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThanOrEqual(1);
    expect(sources.length).toBe([...html.matchAll(/<img\b/g)].length);
    for (const src of sources) {
      expect(src).toMatch(/^cid:/);
      const attachment = mail.attachments.find((a) => a.cid === src.slice(4));
      expect(attachment, src).toBeDefined();
      expect(attachment!.contentType).toBe('image/png');
      expect(attachment!.content.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('every link goes to the wiki on SITE_URL (or the team inbox)', () => {
    const mail = mails[0]!;
    const links = [...(mail.html as string).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link).toMatch(/^(https:\/\/wiki\.team\.example\/devrel\/|mailto:devrel@team\.example$)/);
    expect(mail.html).toContain(`${siteUrl}/devrel/digest/${month}/`);
    expect(mail.text).toContain(`${siteUrl}/devrel/digest/${month}/`);
  });

  it('Slack gets text and Block Kit, with content escaped so it cannot mention, format or link', () => {
    const [body] = bodies(hooks.slack) as Array<{ text: string; blocks: Array<{ type: string; text?: { type: string; text: string }; fields?: unknown[]; elements?: Array<{ url: string }> }> }>;
    expect(body!.text).toContain('digest: October 2026');
    expect(body!.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions']);
    expect(body!.blocks[0]!.text!.type).toBe('plain_text');
    expect(body!.blocks[1]!.fields!.length).toBeGreaterThanOrEqual(3);
    expect(body!.blocks[1]!.fields!.length).toBeLessThanOrEqual(4);
    expect(body!.blocks[3]!.elements![0]!.url).toBe(`${siteUrl}/devrel/digest/${month}/`);
    const events = body!.blocks[2]!.text!.text;
    expect(events).toContain('&lt;!channel&gt;');
    expect(events).toContain('&lt;https:\u200b//evil.\u200bexample|click here&gt;');
    expect(events).toContain('&amp; more');
    expect(events).toContain('Kyoto &lt;@\u200bU123&gt;');
    const json = JSON.stringify(body);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U123>');
    expect(json).not.toContain('<https://evil');
    expect(json).not.toContain('\\nBcc');
  });

  it('Google Chat gets text and cardsV2, content HTML-escaped and kept out of the text that could mention everyone', () => {
    const [body] = bodies(hooks.google) as Array<{ text: string; cardsV2: Array<{ cardId: string; card: { header: { title: string }; sections: Array<{ widgets: unknown[] }> } }> }>;
    expect(body!.text).toBe('Monthly digest: October 2026');
    expect(body!.cardsV2[0]!.cardId).toBe(`digest-${month}`);
    const card = JSON.stringify(body!.cardsV2[0]!.card);
    expect(card).toContain('&lt;!channel&gt;');
    expect(card).not.toContain('<!channel>');
    expect(card).toContain(`<a href=\\"${siteUrl}/devrel/recaps/2026-10-28-hostile-title/\\">`);
    expect(card).toContain(`"url":"${siteUrl}/devrel/digest/${month}/"`);
  });

  it('a re-run sends only what is missing: the refused recipient and the failed channel', async () => {
    smtp.refuse.clear();
    webhooks.status.delete(hooks.teams);
    const mailsBefore = smtp.mails.length;
    const second = await send([]);
    expect(second.status).toBe(0);
    expect(smtp.mails.slice(mailsBefore).map((m) => m.to)).toEqual([['Leads@team.example']]);
    expect(bodies(hooks.slack)).toHaveLength(1);
    expect(bodies(hooks.google)).toHaveLength(1);
    expect(second.stdout).toMatch(/already sent to news@team\.example/);
    const sent = record();
    expect(Object.keys(sent.email)).toHaveLength(3);
    expect(Object.keys(sent.chat).sort()).toEqual(['google-chat', 'slack', 'teams']);
  });

  it('Teams gets a message with one Adaptive Card, content only in TextRuns (never Markdown)', () => {
    const [body] = bodies(hooks.teams) as Array<{ type: string; attachments: Array<{ contentType: string; content: { type: string; version: string; body: Array<{ type: string; inlines?: Array<{ type: string; text: string }> }>; actions: Array<{ type: string; url: string }> } }> }>;
    expect(body!.type).toBe('message');
    expect(body!.attachments).toHaveLength(1);
    const attachment = body!.attachments[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content.type).toBe('AdaptiveCard');
    expect(attachment.content.actions[0]).toMatchObject({ type: 'Action.OpenUrl', url: `${siteUrl}/devrel/digest/${month}/` });
    const json = JSON.stringify(attachment.content.body);
    expect(json).not.toMatch(/"type":"TextBlock"/);
    const hostileRun = attachment.content.body.flatMap((b) => b.inlines ?? []).find((r) => r.text.includes('channel'));
    expect(hostileRun?.type).toBe('TextRun');
  });

  it('a third run sends nothing at all; --force --only resends one channel', async () => {
    const counts = () => [smtp.mails.length, bodies(hooks.slack).length, bodies(hooks.teams).length, bodies(hooks.google).length];
    const before = counts();
    const third = await send([]);
    expect(third.status).toBe(0);
    expect(third.stdout).toContain('Nothing to send: the record says everything already went out');
    expect(counts()).toEqual(before);
    const forced = await send(['--force', '--only', 'slack']);
    expect(forced.status).toBe(0);
    expect(counts()).toEqual([before[0], before[1]! + 1, before[2], before[3]]);
  });

  it('--dry-run writes each .eml and payload and sends nothing', async () => {
    const counts = [smtp.mails.length, bodies(hooks.slack).length];
    const out = path.join(work, 'review');
    const dry = await send(['--dry-run', '--force', '--out', out]);
    expect(dry.status).toBe(0);
    expect([smtp.mails.length, bodies(hooks.slack).length]).toEqual(counts);
    expect(readdirSync(out).sort()).toEqual([
      'digest.md',
      'email-to-Leads@team.example.eml',
      'email-to-news@team.example.eml',
      'email-to-tokyo@xn--bcher-kva.team.example.eml',
      'google-chat.json',
      'slack.json',
      'summary.md',
      'teams.json',
    ]);
    const parsed = await simpleParser(readFileSync(path.join(out, 'email-to-news@team.example.eml')));
    expect(parsed.subject).toContain('digest: October 2026');
    expect(JSON.parse(readFileSync(path.join(out, 'slack.json'), 'utf8'))).toEqual(bodies(hooks.slack)[0]);
  });

  it('refuses to send a digest that changed since it was approved', async () => {
    const approved = path.join(work, 'approved.md');
    writeFileSync(approved, `${readFileSync(path.join(work, 'review', 'digest.md'), 'utf8')}\nA line added after review.\n`);
    const before = bodies(hooks.slack).length;
    const refused = await send(['--force', '--only', 'slack', '--approved', approved]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('is no longer the one approved');
    expect(bodies(hooks.slack)).toHaveLength(before);
  });

  it('an unreachable SMTP server fails the e-mail channel by name, without its address or password', async () => {
    // October is all recorded by now: --force makes it try the (closed) port again.
    const unreachable = await send(['--force', '--only', 'email'], { DIGEST_SMTP_URL: `smtp://${smtpUser}:${encodeURIComponent(smtpPassword)}@127.0.0.1:9` });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/e-mail\s+FAILED to news@team\.example: the SMTP server could not be reached \(\w+\)/);
    expect(unreachable.stderr).toMatch(/e-mail\s+FAILED to Leads@team\.example: not tried/);
    expect(unreachable.stderr).toContain('Not everything went out: e-mail failed');
    expect(unreachable.stderr).not.toContain('127.0.0.1');
  });

  it('refuses a recipient outside the allowed domains before sending anything', async () => {
    const counts = [smtp.mails.length, bodies(hooks.slack).length];
    const refused = await send(['--force'], { DIGEST_ALLOWED_DOMAINS: 'other.example' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('"news@team.example" is outside the domains the digest may be sent to (other.example)');
    expect([smtp.mails.length, bodies(hooks.slack).length]).toEqual(counts);
  });

  it('follows public: an internal recap is in an intranet wiki\'s messages and left out of a public one\'s', async () => {
    const internal = 'Internal only: pricing council';
    const withInternal = path.join(work, 'content-internal');
    cpSync(content, withInternal, { recursive: true });
    writeFileSync(
      path.join(withInternal, 'recaps/2026/2026-10-29-pricing-council.md'),
      `---\ntitle: "${internal}"\nevent:\n  name: "Pricing council"\n  start: 2026-10-29\n  location: "Boardroom"\n  format: in-person\naudience: 8\nwhy: "Internal."\nvisibility: internal\n---\n\nBody.\n`,
    );
    const preview = async (publicSite: boolean) => {
      const site = path.join(withInternal, 'site.yaml');
      writeFileSync(site, readFileSync(site, 'utf8').replace(/^public: .*$/m, `public: ${publicSite}`));
      const out = path.join(work, `review-public-${publicSite}`);
      const run = await send(['--dry-run', '--force', '--out', out], { WIKI_CONTENT_DIR: withInternal });
      expect(run.status).toBe(0);
      return readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
    };
    expect(await preview(false)).toContain(internal);
    const published = await preview(true);
    expect(published).not.toContain(internal);
    expect(published).not.toContain('pricing-council');
  });

  it('never prints or records the SMTP password, host or a webhook URL', () => {
    const secrets = [smtpPassword, encodeURIComponent(smtpPassword), 'slackSecretToken123', 'teamsSecretSig456', 'googleKey789', 'googleToken000', webhooks.base, `127.0.0.1:${smtp.port}`];
    const recorded = readFileSync(path.join(work, 'digest-sent', `${month}.json`), 'utf8');
    for (const text of [...outputs, recorded, ...readdirSync(path.join(work, 'review')).map((f) => readFileSync(path.join(work, 'review', f), 'utf8'))]) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    expect(recorded).not.toMatch(/https?:/);
    expect(existsSync(path.join(work, 'digest-sent', `${month}.json.${process.pid}.tmp`))).toBe(false);
  });
});
