/**
 * A local HTTP server (node:http on 127.0.0.1, a random port) that answers like the
 * services metric sources read: recorded-style JSON bodies, Link pagination headers,
 * rate-limit and error statuses. Tests point a source's `api:`/`url:` at it, so the
 * pull's real HTTP code runs against real HTTP, and nothing leaves the machine.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string. */
  body?: unknown;
  /** Hold the answer this long (for timeouts). */
  delayMs?: number;
}

/** One reply, replies in order (the last one repeats), or a function of the request. */
export type Route = Reply | Reply[] | ((request: { path: string; headers: IncomingHttpHeaders; base: string }) => Reply);

export interface ReplayServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request received, in order: path with query, and headers. */
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  /** Replace or add routes between runs. */
  routes: Record<string, Route>;
  close(): Promise<void>;
}

/** Routes are keyed by path with query (`/repos/a/b/stargazers?per_page=100&page=2`), or path alone. */
export async function startReplayServer(routes: Record<string, Route>): Promise<ReplayServer> {
  const served = new Map<string, number>();
  const requests: ReplayServer['requests'] = [];
  const state = { routes };
  let base = '';
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const key = path in state.routes ? path : path.split('?')[0]!;
    const route = state.routes[key];
    let reply: Reply;
    if (!route) reply = { status: 404, body: { message: 'Not Found' } };
    else if (typeof route === 'function') reply = route({ path, headers: request.headers, base });
    else if (Array.isArray(route)) {
      const n = served.get(key) ?? 0;
      served.set(key, n + 1);
      reply = route[Math.min(n, route.length - 1)]!;
    } else reply = route;
    const send = () => {
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      response.end(body);
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    get routes() {
      return state.routes;
    },
    set routes(next) {
      state.routes = next;
      served.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
