/**
 * Reads `public/_headers` (the Netlify / Cloudflare Pages format) so the browser tests
 * serve the site with exactly the headers a team deploys, CSP included.
 */
import { readFileSync } from 'node:fs';

/** The headers of the `/*` rule: indented `Name: value` lines under a path line. */
export function siteHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inSiteRule = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inSiteRule = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inSiteRule && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
