/**
 * Where the digest goes, from the environment only (content never names a server or a
 * webhook): `DIGEST_SMTP_URL`, `DIGEST_FROM` and one webhook URL per chat service. The
 * URLs are secrets (a webhook URL is all it takes to post to a channel; an SMTP URL
 * carries a password), so they are checked without being shown, and `scrubber` makes
 * sure no message printed afterwards (a library's error, a server's reply) contains
 * them or a piece of them.
 */
import { checkAddress, isAddressError } from '../../../schemas/email-address.ts';
import { oneLine } from './chat-text.ts';
import { chatChannels, webhookVariables, type ChatChannel } from './channels.ts';

export interface SendSettings {
  smtp?: { url: string; loopback: boolean };
  /** Parsed DIGEST_FROM, when set. */
  from?: { name?: string; address: string };
  webhooks: Partial<Record<ChatChannel, string>>;
  /** Pieces of the URLs that must never be printed. */
  secrets: string[];
}

const isLoopback = (hostname: string): boolean => hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Every piece of a URL that identifies or unlocks it: the whole, credentials, host, path and query. */
function secretPieces(url: URL, raw: string): string[] {
  const pieces = [raw, url.href, url.username, url.password, decode(url.username), decode(url.password), url.host, url.hostname, url.pathname + url.search, url.search.slice(1)];
  for (const segment of url.pathname.split('/')) if (segment.length >= 8) pieces.push(segment, decode(segment));
  for (const value of url.searchParams.values()) if (value.length >= 4) pieces.push(value, encodeURIComponent(value));
  return pieces;
}

/**
 * Read and check the sending settings. Errors name the variable and what is wrong,
 * never its value.
 */
export function readSendSettings(env: Record<string, string | undefined>): { settings: SendSettings; errors: string[] } {
  const errors: string[] = [];
  const settings: SendSettings = { webhooks: {}, secrets: [] };

  const smtp = env.DIGEST_SMTP_URL?.trim();
  if (smtp) {
    const url = URL.canParse(smtp) ? new URL(smtp) : undefined;
    if (url) settings.secrets.push(...secretPieces(url, smtp));
    else settings.secrets.push(smtp);
    if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
      errors.push('DIGEST_SMTP_URL is not an smtp:// or smtps:// address (smtp://user:password@host:587 uses STARTTLS, smtps://user:password@host:465 TLS from the start); its value is not shown');
    } else settings.smtp = { url: smtp, loopback: isLoopback(url.hostname) };
  }

  for (const channel of chatChannels) {
    const name = webhookVariables[channel];
    const value = env[name]?.trim();
    if (!value) continue;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url) settings.secrets.push(...secretPieces(url, value));
    else settings.secrets.push(value);
    // Plain http only to this machine (tests, a local relay): a webhook URL is a credential.
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)))) {
      errors.push(`${name} is not an https:// address; its value is not shown`);
    } else settings.webhooks[channel] = value;
  }

  const from = env.DIGEST_FROM?.trim();
  if (from) {
    const named = /^([^<>]*)<([^<>]+)>$/.exec(from);
    const result = checkAddress(named ? named[2]! : from);
    if (isAddressError(result)) errors.push(`DIGEST_FROM: ${result.message} (write "devrel@company.example" or "DevRel <devrel@company.example>")`);
    else settings.from = { name: named ? oneLine(named[1]!.replace(/"/g, ''), 80) || undefined : undefined, address: result.address };
  }
  return { settings, errors };
}

/**
 * A function that hides every secret piece in a text and makes it one safe line for a
 * terminal or CI log (no escape sequences, no line that could pass for a command).
 */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const pieces = [...new Set(secrets.filter((s) => s.length >= 3))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const piece of pieces) out = out.split(piece).join('[hidden]');
    return oneLine(out, 300);
  };
}
