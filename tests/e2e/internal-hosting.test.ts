/**
 * The sign-in example (scripts/hosting/nginx-oauth2-proxy.conf) on real nginx (Debian's
 * package; `.ci/run` installs it, and outside CI the test skips with a warning without
 * it), with a stand-in for oauth2-proxy on 127.0.0.1 that accepts one session cookie:
 * without it every kind of file (a page, a script, a calendar, the 404 page) is a
 * redirect to sign in and none of its content is sent; with it the page comes with the
 * site's exact Content-Security-Policy; and when the sign-in service is down the wiki
 * stays closed. The config is the file as shipped, with only the listen address, the
 * certificate lines, the root and oauth2-proxy's port changed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyDifferences } from '../helpers/csp-policy.ts';

const root = path.resolve(import.meta.dirname, '../..');
const marker = 'internal-page-marker-5150';

function nginxBinary(): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']) {
    if (dir && existsSync(path.join(dir, 'nginx'))) return path.join(dir, 'nginx');
  }
  return undefined;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createTcpServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** One GET that does not follow redirects: status, headers and body. */
function get(port: number, pathname: string, cookie?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathname, headers: { host: 'wiki.internal.example', ...(cookie ? { cookie } : {}) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const nginx = nginxBinary();
if (!nginx) {
  const message = 'nginx is not installed (apt-get install nginx-light): the sign-in hosting test was skipped';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}

describe.skipIf(!nginx)('the wiki behind oauth2-proxy on nginx', () => {
  let dir: string;
  let port: number;
  let child: ChildProcess;
  let auth: Server;
  const checks: Array<{ uri: string | undefined; cookie: string | undefined }> = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-nginx-'));
    const dist = path.join(dir, 'dist');
    mkdirSync(path.join(dist, '_astro'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), `<!doctype html><title>Wiki</title><p>${marker} home</p>`);
    writeFileSync(path.join(dist, '404.html'), `<!doctype html><title>Not found</title><p>${marker} 404</p>`);
    writeFileSync(path.join(dist, '_astro/app.js'), `console.log("${marker}")`);
    writeFileSync(path.join(dist, 'events.ics'), `BEGIN:VCALENDAR\r\nX-WR-CALNAME:${marker}\r\nEND:VCALENDAR\r\n`);

    // The stand-in for oauth2-proxy: 202 for the one session cookie, 401 otherwise; its sign-in page sends the browser to the identity provider.
    auth = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/oauth2/auth') {
        checks.push({ uri: req.headers['x-forwarded-uri'] as string | undefined, cookie: req.headers.cookie });
        res.writeHead(req.headers.cookie === '_oauth2_proxy=colleague' ? 202 : 401).end();
      } else if (url.pathname === '/oauth2/sign_in') {
        res.writeHead(302, { location: `https://login.example.com/authorize?state=${encodeURIComponent(url.searchParams.get('rd') ?? '')}` }).end();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => auth.listen(0, '127.0.0.1', resolve));
    const authPort = (auth.address() as AddressInfo).port;

    port = await freePort();
    const server = readFileSync(path.join(root, 'scripts/hosting/nginx-oauth2-proxy.conf'), 'utf8')
      .replace(/^(\s*)listen 443 ssl;$/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^\s*ssl_certificate(_key)? .*$/gm, '')
      .replace(/^(\s*)root \/srv\/devrel-wiki\/dist;$/m, `$1root ${dist};`)
      .replaceAll('http://127.0.0.1:4180', `http://127.0.0.1:${authPort}`);
    expect(server).toContain(`root ${dist};`);
    const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      [
        'daemon off;',
        // One process, as the user running the test: no worker switching to another user that cannot read the temporary folder.
        'master_process off;',
        `pid ${path.join(dir, 'nginx.pid')};`,
        `error_log ${path.join(dir, 'error.log')} warn;`,
        'events {}',
        'http {',
        existsSync('/etc/nginx/mime.types') ? '  include /etc/nginx/mime.types;' : '',
        '  access_log off;',
        `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
        server,
        '}',
      ].join('\n'),
    );
    execFileSync(nginx!, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')]);
    child = spawn(nginx!, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let tries = 0; ; tries++) {
      try {
        await get(port, '/');
        break;
      } catch (error) {
        if (tries > 100 || child.exitCode !== null) throw new Error(`nginx did not start: ${(error as Error).message}\n${existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await new Promise<void>((resolve) => (auth ? auth.close(() => resolve()) : resolve()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/', '/_astro/app.js', '/events.ics', '/no-such-page/', '/index.html'])('sends %s to sign in, and none of it, without a session', async (pathname) => {
    const response = await get(port, pathname);
    expect(response.status).toBe(302);
    // nginx writes the address absolute, on the host the browser asked for.
    const location = new URL(String(response.headers.location));
    expect(`${location.host}${location.pathname}${location.search}`).toBe(`wiki.internal.example:${port}/oauth2/sign_in?rd=${pathname}`);
    expect(response.body).not.toContain(marker);
    expect(policyDifferences(String(response.headers['content-security-policy']))).toEqual([]);
  });

  it('asks the sign-in service with the session cookie and the address wanted', async () => {
    checks.length = 0;
    await get(port, '/events.ics', '_oauth2_proxy=colleague');
    expect(checks).toEqual([{ uri: '/events.ics', cookie: '_oauth2_proxy=colleague' }]);
    // The check itself is not reachable from outside.
    expect((await get(port, '/oauth2/auth', '_oauth2_proxy=colleague')).status).toBe(404);
  });

  it('passes the sign-in page through to oauth2-proxy, which sends the browser to the identity provider', async () => {
    const response = await get(port, '/oauth2/sign_in?rd=/roadbook/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('https://login.example.com/authorize?state=%2Froadbook%2F');
  });

  it('serves the page to a signed-in colleague with the site\'s exact Content-Security-Policy', async () => {
    const page = await get(port, '/', '_oauth2_proxy=colleague');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`${marker} home`);
    expect(policyDifferences(String(page.headers['content-security-policy']))).toEqual([]);
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    const script = await get(port, '/_astro/app.js', '_oauth2_proxy=colleague');
    expect(script.status).toBe(200);
    expect(policyDifferences(String(script.headers['content-security-policy']))).toEqual([]);
    const missing = await get(port, '/no-such-page/', '_oauth2_proxy=colleague');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain(`${marker} 404`);
  });

  it('stays closed when the sign-in service does not answer', async () => {
    await new Promise<void>((resolve) => {
      auth.closeAllConnections();
      auth.close(() => resolve());
    });
    const response = await get(port, '/', '_oauth2_proxy=colleague');
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(response.body).not.toContain(marker);
  });
});
