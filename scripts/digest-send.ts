/**
 * `npm run digest:send -- --month 2026-10`: sends that month's digest by e-mail (to
 * `digest.email.to` in content/site.yaml, through DIGEST_SMTP_URL) and to every chat
 * service whose webhook URL is set (DIGEST_SLACK_WEBHOOK_URL, DIGEST_TEAMS_WEBHOOK_URL,
 * DIGEST_GOOGLE_CHAT_WEBHOOK_URL), once: `digest-sent/<month>.json` records each
 * delivery as it is accepted and a second run sends only what is missing.
 *
 *   --dry-run        send nothing; write each .eml and chat payload for review (--out DIR)
 *   --force          send again what the record says went out
 *   --only LIST      only these channels: email, slack, teams, google-chat (comma-separated)
 *   --approved FILE  refuse unless the digest is still the one approved (its digest.md)
 *
 * Every setting is checked before the first delivery, so a mistake never sends half.
 * Exits 1 when anything failed, naming the channel (and each refused recipient); no
 * URL, host or password from the environment is ever printed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTransport } from 'nodemailer';
import { checkedContentOrExit } from './lib/checked-content.ts';
import { monthOptionOrExit } from './lib/month-option.ts';
import { contentDir } from '../src/lib/paths.ts';
import { absoluteUrl } from '../src/lib/urls.ts';
import { checkAddress, isAddressError } from '../src/schemas/email-address.ts';
import { allowedDomains, describeAllowed, isAllowed } from '../src/lib/digest/send/allowed-domains.ts';
import { channelNames, chatChannels, webhookVariables, type Channel, type ChatChannel } from '../src/lib/digest/send/channels.ts';
import { composeDigest } from '../src/lib/digest/send/compose.ts';
import { loadI18n } from '../src/i18n/load.ts';
import { deliverChat, deliverEmail, mailFor, type Outcome } from '../src/lib/digest/send/deliver.ts';
import { RecordError, recordPath, SentRecord } from '../src/lib/digest/send/record.ts';
import { readSendSettings, scrubber } from '../src/lib/digest/send/settings.ts';

const usage = 'usage: npm run digest:send -- --month YYYY-MM [--dry-run [--out DIR]] [--force] [--only email,slack,teams,google-chat] [--approved FILE]';
const allChannels: Channel[] = ['email', ...chatChannels];

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args: { month?: string; 'dry-run'?: boolean; out?: string; force?: boolean; only?: string; approved?: string };
try {
  args = parseArgs({
    options: { month: { type: 'string' }, 'dry-run': { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' }, only: { type: 'string' }, approved: { type: 'string' } },
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}

const month = monthOptionOrExit(args.month, usage);
const dryRun = args['dry-run'] === true;
const force = args.force === true;
let only: Set<Channel> | undefined;
if (args.only !== undefined) {
  const names = args.only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !allChannels.includes(n as Channel));
  if (unknown.length || names.length === 0) fail(`error  --only takes channels from: ${allChannels.join(', ')} (got "${args.only}")\n${usage}`, 2);
  only = new Set(names as Channel[]);
}
const wanted = (channel: Channel) => !only || only.has(channel);

// Settings from the environment, all checked before anything is composed or sent.
const { settings, errors } = readSendSettings(process.env);
const scrub = scrubber(settings.secrets);
// Whatever goes wrong later, its message is scrubbed: a library's error may name the host or URL.
const crash = (error: unknown) => fail(`error  ${scrub(error instanceof Error ? error.message : String(error))}`);
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
const siteUrl = process.env.SITE_URL?.trim();
if (!siteUrl || !URL.canParse(siteUrl) || !/^https?:$/.test(new URL(siteUrl).protocol)) {
  errors.push('SITE_URL must be the wiki\'s address, like SITE_URL=https://wiki.company.example (with BASE_PATH=/devrel/ when it is served under a path): a link in an e-mail or a chat message must be absolute');
}

const report = checkedContentOrExit('The digest is sent from checked content only');
const site = report.site;

// Recipients: checked by npm run check above; checked again here, as this is the last gate.
const allowed = allowedDomains(process.env.DIGEST_ALLOWED_DOMAINS, site.contact.email);
const recipients: string[] = [];
for (const value of site.digest?.email?.to ?? []) {
  const result = checkAddress(value);
  if (isAddressError(result)) errors.push(`e-mail: recipient "${scrub(value)}": ${result.message}`);
  else if (!isAllowed(result.domain, allowed)) errors.push(`e-mail: recipient ${result.address} is outside the domains the digest may be sent to (${describeAllowed(allowed)})`);
  else recipients.push(result.address);
}

const channels: Channel[] = [];
if (wanted('email') && recipients.length) {
  channels.push('email');
  if (!settings.smtp && !dryRun) errors.push('e-mail: DIGEST_SMTP_URL is not set (smtp://user:password@host:587), so the digest cannot be e-mailed to the recipients in content/site.yaml; set it, or send to chat only with --only');
}
for (const channel of chatChannels) if (wanted(channel) && (settings.webhooks[channel] || dryRun)) channels.push(channel);
if (only?.has('email') && !recipients.length) errors.push('e-mail: content/site.yaml lists no recipients under digest.email.to');
for (const channel of chatChannels) if (only?.has(channel) && !settings.webhooks[channel] && !dryRun) errors.push(`${channelNames[channel]}: ${webhookVariables[channel]} is not set`);
if (!channels.length && !errors.length) {
  errors.push(`nothing to send to: content/site.yaml lists no recipients under digest.email.to and none of ${Object.values(webhookVariables).join(', ')} is set`);
}
const from = settings.from ?? { name: site.title, address: site.contact.email };
if (errors.length) fail(errors.map((e) => `error  ${e}`).join('\n'));

const recordFile = recordPath(process.cwd(), month);
let record: SentRecord;
try {
  record = SentRecord.read(recordFile, month);
} catch (error) {
  if (error instanceof RecordError) fail(`error  ${error.message}`);
  throw error;
}

// The site's language (`locale:` and content/strings.yaml), like the digest page: loaded
// only now, once content/site.yaml is known to be valid.
const composed = composeDigest(report, contentDir, { month, link: (target) => absoluteUrl(siteUrl, target), i18n: loadI18n(contentDir, report.site.locale) });
const shown = (file: string) => path.relative(process.cwd(), file) || file;

if (args.approved) {
  const approved = path.resolve(args.approved);
  if (!existsSync(approved)) fail(`error  --approved ${args.approved}: no such file`);
  if (readFileSync(approved, 'utf8') !== composed.text) {
    fail(`error  the digest for ${composed.digest.label} is no longer the one approved in ${shown(approved)}: content changed since the preview was made. Nothing was sent. Prepare it again (the Digest workflow with action "prepare", or npm run digest:send -- --month ${month} --dry-run) and approve the new preview.`);
  }
}

console.log(`Digest for ${composed.digest.label}: ${composed.pageUrl}`);

if (dryRun) {
  const outDir = path.resolve(args.out ?? path.join('digest', month, 'outbox'));
  mkdirSync(outDir, { recursive: true });
  // Files of an earlier dry run (a recipient since removed) must not pass for this one's.
  for (const name of readdirSync(outDir)) if (/\.(eml|json)$|^(digest|summary)\.md$/.test(name)) rmSync(path.join(outDir, name));
  const stream = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const lines: string[] = [`Digest for ${composed.digest.label}, on the wiki at ${composed.pageUrl}`, ''];
  if (channels.includes('email')) {
    lines.push(`E-mail, from \`${from.address}\`, one copy to each of:`);
    for (const to of recipients) {
      const done = record.email(to);
      if (done && !force) {
        lines.push(`- \`${to}\` (already sent ${done.sentAt}; not sent again)`);
        continue;
      }
      const info = await stream.sendMail(mailFor(composed, from, to));
      writeFileSync(path.join(outDir, `email-to-${to}.eml`), info.message as Buffer);
      lines.push(`- \`${to}\``);
    }
    lines.push('');
  }
  for (const channel of chatChannels.filter((c) => channels.includes(c))) {
    writeFileSync(path.join(outDir, `${channel}.json`), `${JSON.stringify(composed.chat[channel], null, 2)}\n`);
    const done = record.chat(channel);
    const state = done && !force ? `already sent ${done.sentAt}; not sent again` : settings.webhooks[channel] ? 'would be sent' : `sent only if ${webhookVariables[channel]} is set`;
    lines.push(`- ${channelNames[channel]}: ${channel}.json (${state})`);
  }
  writeFileSync(path.join(outDir, 'digest.md'), composed.text);
  writeFileSync(path.join(outDir, 'summary.md'), `${lines.join('\n').trimEnd()}\n`);
  console.log(`Dry run: nothing was sent. Wrote what would be sent into ${shown(outDir)}/:`);
  for (const name of readdirSync(outDir).sort()) console.log(`  ${name}`);
  console.log('Open an .eml file in a mail client to see the message as recipients will.');
  process.exit(0);
}

const label = (channel: Channel) => channelNames[channel].padEnd(15);
const print = (outcome: Outcome) => {
  const who = outcome.recipient ? ` to ${outcome.recipient}` : '';
  if (outcome.status === 'sent') console.log(`${label(outcome.channel)} sent${who}`);
  else if (outcome.status === 'already-sent') console.log(`${label(outcome.channel)} already sent${who} (${outcome.detail}); not sent again (--force to resend)`);
  else console.error(`${label(outcome.channel)} FAILED${who}: ${outcome.detail}`);
};

const outcomes: Outcome[] = [];
if (channels.includes('email') && settings.smtp) {
  outcomes.push(...(await deliverEmail(composed, recipients, { smtpUrl: settings.smtp.url, loopback: settings.smtp.loopback, from }, record, { force, scrub, report: print })));
}
for (const channel of chatChannels) {
  const url = settings.webhooks[channel];
  if (channels.includes(channel) && url) outcomes.push(await deliverChat(channel as ChatChannel, url, composed.chat[channel], record, { force, scrub, report: print }));
}

const failed = outcomes.filter((o) => o.status === 'failed');
const sent = outcomes.filter((o) => o.status === 'sent').length;
if (sent) console.log(`Recorded in ${shown(recordFile)}: commit it, so no later run sends these again.`);
if (failed.length) {
  const failedChannels = [...new Set(failed.map((o) => channelNames[o.channel]))];
  const refused = failed.filter((o) => o.recipient).map((o) => o.recipient!);
  console.error(
    `\nNot everything went out: ${failedChannels.join(', ')} failed${refused.length ? ` (e-mail not delivered to ${refused.join(', ')})` : ''}. ` +
      `Only what was accepted is recorded; after fixing the cause, run the same command again to send just what is missing.`,
  );
  process.exit(1);
}
console.log(sent ? `Done: ${sent} ${sent === 1 ? 'delivery' : 'deliveries'}.` : 'Nothing to send: the record says everything already went out (--force to send again).');
