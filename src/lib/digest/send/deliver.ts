/**
 * Sending, one delivery at a time, each written to the record the moment it is accepted:
 * the e-mail to each recipient separately (one refused address is known exactly and
 * never stops the others; no recipient sees the list), then each chat webhook. What the
 * record already has is skipped unless forced. Failures are collected, never thrown, so
 * every channel is tried and the run ends with the full picture; what the caller prints
 * has been scrubbed of every secret.
 */
import { createTransport } from 'nodemailer';
import { oneLine } from './chat-text.ts';
import type { Channel, ChatChannel } from './channels.ts';
import type { ComposedDigest } from './compose.ts';
import type { SentRecord } from './record.ts';

export interface Outcome {
  channel: Channel;
  /** The recipient, for e-mail. */
  recipient?: string;
  status: 'sent' | 'already-sent' | 'failed';
  /** For `already-sent`: when. For `failed`: what happened, scrubbed. */
  detail?: string;
}

export interface MailSettings {
  smtpUrl: string;
  /** Plain connections only to this machine; anywhere else the password travels over TLS. */
  loopback: boolean;
  from: { name?: string; address: string };
}

/** The message for one recipient: the same for the dry run's .eml and the real send. */
export function mailFor(composed: ComposedDigest, from: MailSettings['from'], to: string) {
  return {
    from: from.name ? { name: from.name, address: from.address } : from.address,
    to,
    subject: composed.subject,
    text: composed.text,
    html: composed.html,
    attachments: composed.images.map((image) => ({ filename: image.filename, content: image.content, contentType: 'image/png', cid: image.cid, contentDisposition: 'inline' as const })),
    // RFC 3834: no out-of-office replies to a newsletter.
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    textEncoding: 'quoted-printable' as const,
    // Nothing in a message reads a file or fetches a URL: every part is given as data.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

interface MailError {
  code?: string;
  responseCode?: number;
  response?: string;
}

/** Words for an error that stops the whole channel (the server is not there, or will not talk). */
function connectionProblem(error: MailError): string {
  switch (error.code) {
    case 'EAUTH':
      return 'the SMTP server refused the user name or password in DIGEST_SMTP_URL';
    case 'ETLS':
      return 'the SMTP server offered no working TLS (STARTTLS); use smtps:// or a server with TLS';
    case 'EDNS':
      return 'the SMTP server\'s host name could not be resolved';
    case 'ETIMEDOUT':
      return 'the SMTP server did not answer in time';
    default:
      return `the SMTP server could not be reached (${error.code ?? 'no answer'})`;
  }
}

export async function deliverEmail(
  composed: ComposedDigest,
  recipients: readonly string[],
  settings: MailSettings,
  record: SentRecord,
  options: { force: boolean; scrub: (text: string) => string; report: (outcome: Outcome) => void },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const note = (outcome: Outcome) => {
    outcomes.push(outcome);
    options.report(outcome);
  };
  const pending = recipients.filter((to) => {
    const done = record.email(to);
    if (done && !options.force) note({ channel: 'email', recipient: to, status: 'already-sent', detail: done.sentAt });
    return !done || options.force;
  });
  if (pending.length === 0) return outcomes;

  const transport = createTransport({
    url: settings.smtpUrl,
    requireTLS: !settings.loopback,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  });
  try {
    for (const [i, to] of pending.entries()) {
      try {
        const info = await transport.sendMail(mailFor(composed, settings.from, to));
        if (info.accepted.map((a) => String(a).toLowerCase()).includes(to.toLowerCase())) {
          record.markEmail(to, { sentAt: new Date().toISOString(), messageId: info.messageId });
          note({ channel: 'email', recipient: to, status: 'sent' });
        } else {
          note({ channel: 'email', recipient: to, status: 'failed', detail: options.scrub(`the server did not accept it: ${info.response ?? 'no reason given'}`) });
        }
      } catch (caught) {
        const error = caught as MailError;
        // A reply to this recipient (550 no such mailbox, 4xx try later): the others still go.
        if (error.code === 'EENVELOPE' || error.code === 'EMESSAGE') {
          note({ channel: 'email', recipient: to, status: 'failed', detail: options.scrub(`refused by the server: ${error.response ?? `code ${error.responseCode ?? '?'}`}`) });
          continue;
        }
        // The server itself is the problem: every remaining recipient is left for a re-run.
        const problem = connectionProblem(error);
        for (const rest of pending.slice(i)) note({ channel: 'email', recipient: rest, status: 'failed', detail: options.scrub(rest === to ? problem : `not tried: ${problem}`) });
        break;
      }
    }
  } finally {
    transport.close();
  }
  return outcomes;
}

/** Why a webhook could not be reached, from the error's code only (its message names the URL). */
function unreachable(error: unknown): string {
  const cause = (error as { cause?: { code?: string; name?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'the webhook did not answer within 20 seconds';
  return `the webhook could not be reached (${cause?.code ?? cause?.name ?? (error as Error).name ?? 'error'})`;
}

export async function deliverChat(
  channel: ChatChannel,
  url: string,
  payload: Record<string, unknown>,
  record: SentRecord,
  options: { force: boolean; scrub: (text: string) => string; report: (outcome: Outcome) => void },
): Promise<Outcome> {
  const done = record.chat(channel);
  let outcome: Outcome;
  if (done && !options.force) outcome = { channel, status: 'already-sent', detail: done.sentAt };
  else {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        // JSON.stringify escapes quotes and control characters: no value leaves its string.
        body: JSON.stringify(payload),
        // A webhook that redirects is not the one the maintainers configured.
        redirect: 'error',
        signal: AbortSignal.timeout(20_000),
      });
      if (response.ok) {
        record.markChat(channel, { sentAt: new Date().toISOString() });
        outcome = { channel, status: 'sent' };
      } else {
        const body = oneLine((await response.text().catch(() => '')).slice(0, 500), 120);
        outcome = { channel, status: 'failed', detail: options.scrub(`the webhook answered ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`) };
      }
    } catch (error) {
      outcome = { channel, status: 'failed', detail: options.scrub(unreachable(error)) };
    }
  }
  options.report(outcome);
  return outcome;
}
