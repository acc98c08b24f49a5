/**
 * Finds internal links in built HTML that point at nothing. Used by the build test and
 * `npm run check:links`, so "no broken internal links" is checked, not hoped for.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { normalizeBase } from './urls.ts';

export interface BrokenLink {
  /** The page holding the link, relative to the output folder. */
  page: string;
  /** The attribute value as written. */
  target: string;
  reason: string;
}

const attributePattern = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/**
 * An opening tag with its attributes (quoted values may hold `>`). Links are read only
 * inside tags: a page that shows markup as text (`&lt;Figure src="/images/x.jpg"&gt;` in
 * the editing guide) names no file.
 */
const tagPattern = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** `href`/`src` values in an HTML document, entities for `&` decoded. */
export function extractLinks(html: string): string[] {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const links: string[] = [];
  for (const tag of withoutScripts.matchAll(tagPattern)) {
    for (const match of (tag[1] ?? '').matchAll(attributePattern)) links.push((match[1] ?? match[2] ?? '').replace(/&amp;/g, '&'));
  }
  return links;
}

/** True for links that leave the site or don't name a document (mailto:, https:, #anchors). */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#') || target === '';
}

/**
 * The file in `outDir` a link resolves to, or a reason it cannot. `pagePath` is the
 * page's URL path (with base), e.g. `/devrel/programs/x/`.
 */
export function resolveTarget(outDir: string, base: string, pagePath: string, target: string): { file?: string; reason?: string } {
  const url = new URL(target, `http://site.invalid${pagePath}`);
  const normalizedBase = normalizeBase(base);
  // A link built from a missing id ("/roadbook/" + "" + "/") still finds a file once the
  // path is normalised, but a server may not serve it and it was never meant.
  if (url.pathname.includes('//')) return { reason: 'an empty path segment (//): the link was built from a missing id' };
  if (!url.pathname.startsWith(normalizedBase)) return { reason: `outside the base path ${normalizedBase}` };
  const relative = decodeURIComponent(url.pathname.slice(normalizedBase.length));
  const candidates = relative === '' || relative.endsWith('/') ? [path.join(outDir, relative, 'index.html')] : [path.join(outDir, relative), path.join(outDir, relative, 'index.html')];
  const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return file ? { file } : { reason: 'no such file in the build' };
}

/** Every HTML file under `dir`, relative paths. */
export function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/** URL path of a built page: `programs/x/index.html` → `/base/programs/x/`. */
export function pageUrlPath(base: string, relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  const withoutIndex = posix.endsWith('index.html') ? posix.slice(0, -'index.html'.length) : posix;
  return normalizeBase(base) + withoutIndex;
}

/** All broken internal links in a built site. */
export function findBrokenLinks(outDir: string, base = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const resolved = new Map<string, { file?: string; reason?: string }>();
  for (const page of htmlFiles(outDir)) {
    const pagePath = pageUrlPath(base, page);
    for (const target of extractLinks(readFileSync(path.join(outDir, page), 'utf8'))) {
      if (isExternal(target)) continue;
      const key = `${pagePath}\n${target}`;
      const result = resolved.get(key) ?? resolveTarget(outDir, base, pagePath, target);
      resolved.set(key, result);
      if (result.reason) broken.push({ page, target, reason: result.reason });
    }
  }
  return broken;
}
