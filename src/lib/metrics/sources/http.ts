/**
 * JSON over HTTP for every web source, on Node's own `fetch`. One place decides what a
 * failure means and what to do about it: 401/403 name the token's variable, 404 the
 * thing not found, a rate limit waits when the reset is near (bounded) or stops with
 * the time to try again, 5xx, timeouts and dropped connections are retried a few
 * times with growing pauses, and a body that is not JSON says so.
 */
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
  /** Injected for tests of the clock; `setTimeout` otherwise. */
  sleep?: (ms: number) => Promise<void>;
  /** The current time, for reading rate-limit resets. */
  now?: () => Date;
}

export const defaultHttpOptions: HttpOptions = { timeoutMs: 20_000, attempts: 4, retryDelayMs: 1_000, maxRateLimitWaitMs: 60_000 };

export interface RequestOptions {
  headers?: Record<string, string>;
  /** The environment variable the credentials came from, to name it when they are refused. */
  credential?: string;
  /** The setting that holds credentials for this source, to suggest when there are none. */
  credentialField?: string;
  /** What a 404 means here, like 'repository lumenstack/lumen'. */
  notFound?: string;
}

export interface JsonResponse {
  body: unknown;
  headers: Headers;
  url: string;
}

export interface HttpClient {
  getJson(url: string, options?: RequestOptions): Promise<JsonResponse>;
  /** Every page of a list, following `Link: <…>; rel="next"` headers. */
  getAllPages(url: string, options?: RequestOptions, maxPages?: number): Promise<unknown[]>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

export function createHttpClient(options: Partial<HttpOptions> = {}): HttpClient {
  const settings = { ...defaultHttpOptions, ...options };
  const sleep = settings.sleep ?? sleepFor;
  const now = settings.now ?? (() => new Date());

  async function getJson(url: string, request: RequestOptions = {}): Promise<JsonResponse> {
    const host = new URL(url).host;
    let lastProblem = '';
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { accept: 'application/json', 'user-agent': 'devrel-wiki-metrics-pull', ...request.headers },
          signal: AbortSignal.timeout(settings.timeoutMs),
          redirect: 'follow',
        });
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        lastProblem = timedOut
          ? `no answer from ${host} within ${duration(settings.timeoutMs)}`
          : `could not reach ${host}: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}`;
        if (attempt < settings.attempts) {
          await sleep(settings.retryDelayMs * 2 ** (attempt - 1));
          continue;
        }
        throw new SourceError(`${lastProblem} (tried ${attempt} times)`, 'check the address (api: or url:) and that this machine can reach it, then run the pull again');
      }

      if (response.ok) {
        const text = await response.text();
        try {
          return { body: JSON.parse(text), headers: response.headers, url };
        } catch {
          const start = text.trim().slice(0, 60).replace(/\s+/g, ' ');
          throw new SourceError(
            `${host} answered with something that is not JSON (${start ? `"${start}${text.length > 60 ? '…' : ''}"` : 'an empty body'})`,
            'check that api: or url: points at the API (for GitHub Enterprise, https://<host>/api/v3), not at a web page',
          );
        }
      }

      const reset = rateLimitReset(response.status, response.headers, now());
      await response.body?.cancel();
      if (reset) {
        const wait = Math.max(0, reset.getTime() - now().getTime());
        if (wait <= settings.maxRateLimitWaitMs && attempt < settings.attempts) {
          await sleep(wait);
          continue;
        }
        throw new SourceError(
          `${host} rate limit reached (HTTP ${response.status}); it resets at ${clock(reset, now())}, in ${duration(wait)}`,
          `run the pull again after ${clock(reset, now())}` +
            (request.credential ? '' : request.credentialField ? `; with a token (${request.credentialField}: naming an environment variable) the limit is higher` : ''),
        );
      }
      if (response.status === 401 || response.status === 403) {
        throw new SourceError(
          `${host} refused ${request.credential ? `the credentials in ${request.credential}` : 'the request without credentials'} (HTTP ${response.status})`,
          request.credential
            ? `check that the environment variable ${request.credential} holds a valid, unexpired token that can read this (read-only access is enough)`
            : `this needs credentials: set ${request.credentialField ?? 'token'}: to the name of an environment variable holding them`,
        );
      }
      if (response.status === 404) {
        throw new SourceError(
          `${request.notFound ?? url} was not found on ${host} (HTTP 404)`,
          `check the spelling in the source block${request.credential ? `, and that the token in ${request.credential} can see it` : '; a private one also answers 404 without a token'}`,
        );
      }
      if (response.status >= 500 && attempt < settings.attempts) {
        lastProblem = `HTTP ${response.status}`;
        await sleep(settings.retryDelayMs * 2 ** (attempt - 1));
        continue;
      }
      throw new SourceError(
        response.status >= 500
          ? `${host} kept failing (HTTP ${response.status}, ${attempt} attempts)`
          : `${host} answered HTTP ${response.status} ${response.statusText} for ${url}`,
        response.status >= 500 ? 'the service is having trouble: run the pull again later' : 'check the source block against the README\'s "Metric sources"',
      );
    }
  }

  async function getAllPages(url: string, request: RequestOptions = {}, maxPages = 1000): Promise<unknown[]> {
    const items: unknown[] = [];
    let next: string | undefined = url;
    for (let page = 0; next && page < maxPages; page++) {
      const response = await getJson(next, request);
      if (!Array.isArray(response.body)) {
        throw new SourceError(`${new URL(next).host} answered with ${typeof response.body} where a list was expected`, 'check that api: points at the API');
      }
      items.push(...response.body);
      next = nextLink(response.headers.get('link'));
    }
    return items;
  }

  return { getJson, getAllPages };
}
