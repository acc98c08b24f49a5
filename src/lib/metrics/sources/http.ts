/**
 * JSON over HTTP for every web source, on Node's own `fetch`. One place decides what a
 * failure means and what to do about it: 401/403 name the token's variable, 404 the
 * thing not found, a rate limit waits when the reset is near (bounded) or stops with
 * the time to try again, 5xx, timeouts and dropped connections are retried a few
 * times with growing pauses, and a body that is not JSON says so.
 *
 * Secrets stay where the policy allowed them (./secrets.ts): credentials travel bound
 * to one origin, and a request, a redirect or a next-page link to any other origin is
 * refused before it is sent. Redirects are followed here, not by fetch: fetch drops
 * `Authorization` on a cross-origin redirect but forwards every other header, such as
 * Discourse's `Api-Key` (tests/unit/metrics-pull-origins.test.ts shows it). Requests
 * without credentials follow redirects and links only to origins the policy lets the
 * pull read (`mayRead`): content cannot bounce it to an internal service. What a
 * service answers is read up to a size limit and never repeated in a message (./answer.ts).
 */
import { STATUS_CODES } from 'node:http';
import { byteSize, mediaType } from './answer.ts';
import { SourceError } from './errors.ts';

export interface HttpOptions {
  /** Milliseconds before a request counts as timed out. */
  timeoutMs: number;
  /** Attempts for 5xx answers, timeouts and dropped connections, the first included. */
  attempts: number;
  /** Pause before the first retry; doubled for each further one. */
  retryDelayMs: number;
  /** The longest a rate limit is waited out; a later reset stops with the time to retry. */
  maxRateLimitWaitMs: number;
  /** The most of one answer that is read (after decompression); a larger one fails. */
  maxBodyBytes: number;
  /** The most read over all pages of one list. */
  maxListBytes: number;
  /** Injected for tests of the clock; `setTimeout` otherwise. */
  sleep?: (ms: number) => Promise<void>;
  /** The current time, for reading rate-limit resets. */
  now?: () => Date;
  /**
   * Whether the pull may read an origin at all (the maintainers' policy, ./secrets.ts
   * `mayRead`); checked for every request, redirect and next-page link, with or without
   * credentials. Left out, every origin may be read (unit tests of the client itself).
   */
  mayRead?: (origin: string) => boolean;
}

export const defaultHttpOptions: HttpOptions = {
  timeoutMs: 20_000,
  attempts: 4,
  retryDelayMs: 1_000,
  maxRateLimitWaitMs: 60_000,
  // A page of 100 GitHub stargazers is about 130 KB; GitHub serves at most 400 pages of them.
  maxBodyBytes: 8 * 1024 * 1024,
  maxListBytes: 128 * 1024 * 1024,
};

/** Headers holding secrets, and the one origin they may be sent to. */
export interface Credentials {
  /** The environment variable they came from, to name it when they are refused. */
  variable: string;
  /** `https://host[:port]`: no request to another origin carries them. */
  origin: string;
  headers: Record<string, string>;
}

export interface RequestOptions {
  /** Headers without secrets. */
  headers?: Record<string, string>;
  credentials?: Credentials;
  /** The setting that holds credentials for this source, to suggest when there are none. */
  credentialField?: string;
  /** What a 404 means here, like 'repository lumenstack/lumen'. */
  notFound?: string;
}

export interface JsonResponse {
  body: unknown;
  headers: Headers;
  url: string;
  /** Bytes read for the body. */
  bytes: number;
}

export interface HttpClient {
  getJson(url: string, options?: RequestOptions): Promise<JsonResponse>;
  /** Every page of a list, following `Link: <…>; rel="next"` headers. */
  getAllPages(url: string, options?: RequestOptions, maxPages?: number): Promise<unknown[]>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Redirects followed for one request before giving up. */
const maxRedirects = 5;

/** "21:14 UTC" for a reset today; with the date when it is another day. */
function clock(at: Date, now: Date): string {
  const time = `${at.toISOString().slice(11, 16)} UTC`;
  return at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10) ? time : `${at.toISOString().slice(0, 10)} ${time}`;
}

function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/**
 * When a rate-limited request may be retried, from `Retry-After` (seconds or a date)
 * or GitHub's `x-ratelimit-reset` (epoch seconds); undefined when the answer is not a
 * rate limit at all (a 403 for a missing permission, say).
 */
export function rateLimitReset(status: number, headers: Headers, now: Date): Date | undefined {
  if (status !== 429 && status !== 403) return undefined;
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return new Date(now.getTime() + seconds * 1000);
    const date = new Date(retryAfter);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const reset = headers.get('x-ratelimit-reset');
  if (reset && (headers.get('x-ratelimit-remaining') === '0' || status === 429)) return new Date(Number(reset) * 1000);
  // A 429 without a hint is still a rate limit: try again in a minute.
  return status === 429 ? new Date(now.getTime() + 60_000) : undefined;
}

/** The `rel="next"` URL of an RFC 8288 `Link` header. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match && match[2]!.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

/** What went wrong with a connection, from its error code: Node's message may quote what the other side sent. */
function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' && /^[A-Z0-9_]{2,40}$/.test(cause.code) ? cause.code : undefined;
  const words: Record<string, string> = {
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'the host name could not be looked up',
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    EHOSTUNREACH: 'the host is unreachable',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_SOCKET: 'the connection closed before the answer was complete',
    UND_ERR_HEADERS_OVERFLOW: 'the answer\'s headers were too large',
  };
  if (!code) return 'the connection failed';
  if (words[code]) return `${words[code]} (${code})`;
  if (/CERT|SSL|TLS/.test(code)) return `its TLS certificate was refused (${code})`;
  return `the connection failed (${code})`;
}

/** The body as text, reading at most `limit` bytes; a longer one fails without being read further. */
async function readCapped(response: Response, limit: number, host: string): Promise<{ text: string; bytes: number }> {
  const tooLarge = () =>
    new SourceError(
      `${host} answered with more than ${byteSize(limit)}; the pull reads at most that much of one answer`,
      'check that api: or url: points at the API\'s JSON endpoint, not at a file or a page; a list should come in pages',
    );
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), bytes };
}

export function createHttpClient(options: Partial<HttpOptions> = {}): HttpClient {
  const settings = { ...defaultHttpOptions, ...options };
  const sleep = settings.sleep ?? sleepFor;
  const now = settings.now ?? (() => new Date());

  /** Refuses, before sending, a request to an origin the pull may not read, or one that would carry credentials to another origin than theirs. */
  function guard(target: URL, request: RequestOptions, how: string): void {
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      throw new SourceError(`${how} is not a web address (${target.protocol.replace(/:$/, '')}:)`, 'the pull only reads http(s) APIs: check api: or url:');
    }
    if (settings.mayRead && !settings.mayRead(target.origin)) {
      throw new SourceError(
        `${how} leads to ${target.origin}, which the pull may not read`,
        `point api: or url: at the address that answers directly, or ask a maintainer to add ${target.origin} under read: in .github/metric-secrets.yaml`,
      );
    }
    const credentials = request.credentials;
    if (credentials && target.origin !== credentials.origin) {
      throw new SourceError(
        `${how} leads to ${target.origin}, another origin than ${credentials.origin}; the pull does not send ${credentials.variable} there`,
        'point api: or url: at the address that answers directly: a secret is only ever sent to the origin the source block names',
      );
    }
  }

  /** One GET, following redirects by hand so credentials never leave their origin. */
  async function send(url: URL, request: RequestOptions): Promise<{ response: Response; url: URL }> {
    let current = url;
    guard(current, request, `the address ${current.origin}`);
    for (let hop = 0; ; hop++) {
      const sameOrigin = request.credentials !== undefined && current.origin === request.credentials.origin;
      const response = await fetch(current, {
        headers: { accept: 'application/json', 'user-agent': 'devrel-wiki-metrics-pull', ...request.headers, ...(sameOrigin ? request.credentials!.headers : {}) },
        signal: AbortSignal.timeout(settings.timeoutMs),
        redirect: 'manual',
      });
      const location = response.headers.get('location');
      if (![301, 302, 303, 307, 308].includes(response.status) || location === null) return { response, url: current };
      await response.body?.cancel().catch(() => {});
      if (hop >= maxRedirects) throw new SourceError(`${current.host} redirected more than ${maxRedirects} times`, 'point api: or url: at the address that answers directly');
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new SourceError(`${current.host} redirected to something that is not an address`, 'point api: or url: at the address that answers directly');
      }
      guard(next, request, `a redirect from ${current.host}`);
      current = next;
    }
  }

  async function getJson(url: string, request: RequestOptions = {}): Promise<JsonResponse> {
    const target = new URL(url);
    const host = target.host;
    let lastProblem = '';
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      let answered: URL;
      try {
        ({ response, url: answered } = await send(target, request));
      } catch (error) {
        if (error instanceof SourceError) throw error;
        const timedOut = (error as Error).name === 'TimeoutError';
        lastProblem = timedOut ? `no answer from ${host} within ${duration(settings.timeoutMs)}` : `could not reach ${host}: ${networkProblem(error)}`;
        if (attempt < settings.attempts) {
          await sleep(settings.retryDelayMs * 2 ** (attempt - 1));
          continue;
        }
        throw new SourceError(`${lastProblem} (tried ${attempt} times)`, 'check the address (api: or url:) and that this machine can reach it, then run the pull again');
      }

      if (response.ok) {
        let text: string;
        let bytes: number;
        try {
          ({ text, bytes } = await readCapped(response, settings.maxBodyBytes, answered.host));
        } catch (error) {
          if (error instanceof SourceError) throw error;
          const timedOut = (error as Error).name === 'TimeoutError';
          throw new SourceError(
            `${answered.host} ${timedOut ? `did not finish its answer within ${duration(settings.timeoutMs)}` : `stopped in the middle of its answer: ${networkProblem(error)}`}`,
            'run the pull again later; if it repeats, check that api: or url: points at the API',
          );
        }
        try {
          return { body: JSON.parse(text), headers: response.headers, url: answered.href, bytes };
        } catch {
          throw new SourceError(
            `${answered.host} answered with something that is not JSON (${mediaType(response.headers)}, ${byteSize(bytes)})`,
            'check that api: or url: points at the API (for GitHub Enterprise, https://<host>/api/v3), not at a web page',
          );
        }
      }

      const reset = rateLimitReset(response.status, response.headers, now());
      // An error's body is never read: it is the service's text, not ours to repeat.
      await response.body?.cancel().catch(() => {});
      const credential = request.credentials?.variable;
      if (reset) {
        const wait = Math.max(0, reset.getTime() - now().getTime());
        if (wait <= settings.maxRateLimitWaitMs && attempt < settings.attempts) {
          await sleep(wait);
          continue;
        }
        throw new SourceError(
          `${host} rate limit reached (HTTP ${response.status}); it resets at ${clock(reset, now())}, in ${duration(wait)}`,
          `run the pull again after ${clock(reset, now())}` +
            (credential ? '' : request.credentialField ? `; with a token (${request.credentialField}: naming an environment variable) the limit is higher` : ''),
        );
      }
      if (response.status === 401 || response.status === 403) {
        throw new SourceError(
          `${host} refused ${credential ? `the credentials in ${credential}` : 'the request without credentials'} (HTTP ${response.status})`,
          credential
            ? `check that the environment variable ${credential} holds a valid, unexpired token that can read this (read-only access is enough)`
            : `this needs credentials: set ${request.credentialField ?? 'token'}: to the name of an environment variable holding them`,
        );
      }
      if (response.status === 404) {
        throw new SourceError(
          `${request.notFound ?? 'the address'} was not found on ${host} (HTTP 404)`,
          `check the spelling in the source block${credential ? `, and that the token in ${credential} can see it` : '; a private one also answers 404 without a token'}`,
        );
      }
      if (response.status >= 500 && attempt < settings.attempts) {
        lastProblem = `HTTP ${response.status}`;
        await sleep(settings.retryDelayMs * 2 ** (attempt - 1));
        continue;
      }
      const reason = STATUS_CODES[response.status];
      throw new SourceError(
        response.status >= 500
          ? `${host} kept failing (HTTP ${response.status}, ${attempt} attempts)`
          : `${host} answered HTTP ${response.status}${reason ? ` (${reason})` : ''}${request.notFound ? ` for ${request.notFound}` : ''}`,
        response.status >= 500 ? 'the service is having trouble: run the pull again later' : 'check the source block against the README\'s "Metric sources"',
      );
    }
  }

  async function getAllPages(url: string, request: RequestOptions = {}, maxPages = 1000): Promise<unknown[]> {
    const items: unknown[] = [];
    let budget = settings.maxListBytes;
    let next: URL | undefined = new URL(url);
    for (let page = 0; next && page < maxPages; page++) {
      const response = await getJson(next.href, request);
      const host = new URL(response.url).host;
      // Past the budget by at most one page: each page is capped on its own.
      budget -= response.bytes;
      if (budget < 0) throw new SourceError(`the list from ${host} is larger than ${byteSize(settings.maxListBytes)} over its pages`, 'count fewer things in one source (split repos: into several metrics)');
      if (!Array.isArray(response.body)) {
        throw new SourceError(`${host} answered with ${typeof response.body} where a list was expected`, 'check that api: points at the API');
      }
      items.push(...response.body);
      const link = nextLink(response.headers.get('link'));
      if (link === undefined) break;
      try {
        next = new URL(link, response.url);
      } catch {
        throw new SourceError(`the next-page link from ${host} is not an address`, 'check that api: points at the API itself, not a proxy that rewrites its headers');
      }
      // Checked before the next request: a link elsewhere never receives the credentials.
      guard(next, request, `the next-page link from ${host}`);
    }
    return items;
  }

  return { getJson, getAllPages };
}
