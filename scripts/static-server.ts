/**
 * A minimal static file server for the built site, honouring the base path and serving
 * `404.html` for unknown URLs like a real host. Used by the screenshot script and the
 * browser tests; `npm run preview` remains the way to browse by hand.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { normalizeBase } from '../src/lib/urls.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml', '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, base = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const prefix = normalizeBase(base);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (pathname.startsWith(prefix)) {
      const relative = pathname.slice(prefix.length);
      const candidate = path.join(root, relative);
      if (candidate.startsWith(root)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    response.writeHead(status, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
