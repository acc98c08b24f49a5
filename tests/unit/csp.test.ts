/**
 * One policy, three places: the <meta> every page carries (src/lib/csp.ts through
 * astro.config.mjs), the header file for Netlify/Cloudflare (public/_headers) and the
 * nginx example. A directive added to one and forgotten in another would make the
 * deployed site stricter or looser than the tested one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { cspDirectives, frameSrc, headerFrameSrc } from '../../src/lib/csp.ts';
import { siteHeaders } from '../helpers/headers-file.ts';

const root = path.resolve(import.meta.dirname, '../..');
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.replace(/\s+/g, ' ')]));
const headerPolicy = siteHeaders(path.join(root, 'public/_headers'))['Content-Security-Policy']!;
const nginxPolicy = /add_header Content-Security-Policy "([^"]+)"/.exec(readFileSync(path.join(root, 'scripts/hosting/nginx.conf'), 'utf8'))![1]!;

describe('the Content-Security-Policy', () => {
  it('is turned on for every page, with the directives of src/lib/csp.ts', () => {
    const csp = config.security?.csp;
    expect(csp && typeof csp === 'object' ? csp.directives : undefined).toEqual([...cspDirectives]);
  });

  it.each([['public/_headers', headerPolicy], ['scripts/hosting/nginx.conf', nginxPolicy]])('%s says the same as the page <meta>, plus frame-ancestors', (_file, policy) => {
    const header = directives(policy);
    for (const directive of cspDirectives) expect(header.get(directive.split(' ')[0]!)).toBe(directive);
    expect(header.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(header.get('style-src')).toBe("style-src 'self'");
    expect(header.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    // The header is the ceiling of every page's own frame-src: the video hosts, nothing else.
    expect(header.get('frame-src')).toBe(headerFrameSrc);
    expect(headerFrameSrc).toBe('frame-src https://player.vimeo.com https://www.youtube-nocookie.com');
  });

  it('allows nothing inline and nothing from another host, except video players in frames', () => {
    for (const directive of [...cspDirectives, headerPolicy, nginxPolicy]) {
      const withoutFrames = directive.split(';').filter((d) => !d.trim().startsWith('frame-src')).join(';');
      expect(withoutFrames).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    }
  });

  it('gives a page without a video frame-src \'none\', and one with a video only its host', () => {
    expect(frameSrc([])).toBe("frame-src 'none'");
    expect(frameSrc(['https://www.youtube-nocookie.com', 'https://www.youtube-nocookie.com'])).toBe('frame-src https://www.youtube-nocookie.com');
  });
});
