/**
 * One policy, three places: the <meta> every page carries (src/lib/csp.ts through
 * astro.config.mjs), the header file for Netlify/Cloudflare (public/_headers) and the
 * nginx examples. A header that adds a directive, drops one, or widens one (a `*`,
 * `https:`, `'unsafe-inline'`, another host) would make the deployed site looser than the
 * tested one, so each is compared source by source, and the comparison itself is tried
 * on looser policies to show it notices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { cspDirectives, frameSrc, headerFrameSrc } from '../../src/lib/csp.ts';
import { policyDifferences } from '../helpers/csp-policy.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Every Content-Security-Policy in public/_headers, whatever path rule it sits under. */
function headerFilePolicies(): Array<[string, string]> {
  const lines = readFileSync(path.join(root, 'public/_headers'), 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const match = /^\s+content-security-policy\s*:\s*(.*)$/i.exec(line);
    return match ? [[`public/_headers:${i + 1}`, match[1]!] as [string, string]] : [];
  });
}

/** Every CSP an nginx example sends, and whether any location block adds headers (nginx then drops the server's, CSP included). */
function nginxPolicies(): Array<[string, string]> {
  const dir = path.join(root, 'scripts/hosting');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.conf'))
    .flatMap((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      return [...text.matchAll(/add_header\s+Content-Security-Policy\s+"([^"]+)"/gi)].map((m) => [`scripts/hosting/${name}`, m[1]!] as [string, string]);
    });
}

describe('the Content-Security-Policy', () => {
  it('is turned on for every page, with the directives of src/lib/csp.ts', () => {
    const csp = config.security?.csp;
    expect(csp && typeof csp === 'object' ? csp.directives : undefined).toEqual([...cspDirectives]);
  });

  const policies = [...headerFilePolicies(), ...nginxPolicies()];
  it('is sent by public/_headers and every nginx example', () => {
    expect(policies.map(([where]) => where.replace(/:\d+$/, ''))).toEqual(expect.arrayContaining(['public/_headers', 'scripts/hosting/nginx.conf']));
  });

  it.each(policies)('%s says exactly what the page <meta> says, plus frame-ancestors, and nothing looser', (_where, policy) => {
    expect(policyDifferences(policy)).toEqual([]);
  });

  it('notices any directive or source a header adds, drops or repeats', () => {
    const good = policies[0]![1];
    const looser: Array<[string, string[]]> = [
      [good.replace("img-src 'self' data:", "img-src 'self' data: *"), ['img-src adds *']],
      [good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), ["script-src adds 'unsafe-inline'"]],
      [good.replace("connect-src 'self'", 'connect-src https:'), ["connect-src adds https:", "connect-src lacks 'self'"]],
      [`${good}; worker-src blob:`, ['worker-src is not a directive of src/lib/csp.ts']],
      [`${good}; script-src *`, ['script-src is written twice', 'script-src adds *', "script-src lacks 'self'", "script-src lacks 'wasm-unsafe-eval'"]],
      [good.replace("object-src 'none'; ", ''), ['object-src is missing']],
      [good.replace("style-src 'self'", 'style-src https://cdn.example.com'), ['style-src adds https://cdn.example.com', "style-src lacks 'self'"]],
    ];
    for (const [policy, expected] of looser) expect(policyDifferences(policy)).toEqual(expected);
  });

  it('allows nothing inline and nothing from another host, except the video players in frames', () => {
    for (const directive of [...cspDirectives, ...policies.map(([, p]) => p)]) {
      const withoutFrames = directive.split(';').filter((d) => !d.trim().startsWith('frame-src')).join(';');
      expect(withoutFrames).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    }
    // The header is the ceiling of every page's own frame-src: the video hosts, nothing else.
    expect(headerFrameSrc).toBe('frame-src https://player.vimeo.com https://www.youtube-nocookie.com');
  });

  it("gives a page without a video frame-src 'none', and one with a video only its host", () => {
    expect(frameSrc([])).toBe("frame-src 'none'");
    expect(frameSrc(['https://www.youtube-nocookie.com', 'https://www.youtube-nocookie.com'])).toBe('frame-src https://www.youtube-nocookie.com');
  });

  it('is not dropped by an nginx location that adds headers of its own', () => {
    // nginx inherits add_header into a location only when the location has none: one that
    // adds any header sends no CSP unless it repeats it.
    for (const [file] of nginxPolicies()) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const block of text.matchAll(/location[^{]*\{([^{}]*)\}/g)) {
        if (/add_header/.test(block[1]!)) expect(block[1], `${file}: ${block[0]!.split('\n')[0]}`).toMatch(/add_header\s+Content-Security-Policy/);
      }
    }
  });
});
