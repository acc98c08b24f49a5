/**
 * Finds internal links in built HTML that point at nothing: a page that does not exist,
 * or a section (`#fragment`) that the page it names does not have. Used by the build
 * test and `npm run check:links`, so "no broken internal links" is checked, not hoped for.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { closestMatches } from './did-you-mean.ts';
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

const idPattern = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Every `id` in a document, entities decoded: the sections a link may open. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  for (const tag of withoutScripts.matchAll(tagPattern)) {
    for (const match of (tag[1] ?? '').matchAll(idPattern)) ids.add((match[1] ?? match[2] ?? '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]!));
  }
  return ids;
}

/**
 * Why `fragment` (as written after `#`) finds nothing among a page's `ids`, or undefined
 * when it does. An empty fragment, `#top` and text fragments (`#:~:text=`) always work.
 */
export function missingFragment(fragment: string, ids: ReadonlySet<string>): string | undefined {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // A malformed escape is compared as written.
  }
  if (!decoded || decoded === 'top' || decoded.startsWith(':~:') || ids.has(decoded)) return undefined;
  const suggestion = closestMatches(decoded, ids, 1)[0];
  return `no element with id "${decoded}" on that page${suggestion ? ` (did you mean #${suggestion}?)` : ''}`;
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

/** All broken internal links in a built site, sections included. */
export function findBrokenLinks(outDir: string, base = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const resolved = new Map<string, { file?: string; reason?: string }>();
  // Each page's ids, read once however many links point into it.
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string, html?: string) => {
    let found = idsOf.get(file);
    if (!found) idsOf.set(file, (found = extractIds(html ?? readFileSync(file, 'utf8'))));
    return found;
  };
  for (const page of htmlFiles(outDir)) {
    const pagePath = pageUrlPath(base, page);
    const file = path.join(outDir, page);
    const html = readFileSync(file, 'utf8');
    for (const target of extractLinks(html)) {
      const hash = target.indexOf('#');
      if (target.startsWith('#')) {
        const reason = missingFragment(target.slice(1), ids(file, html));
        if (reason) broken.push({ page, target, reason });
        continue;
      }
      if (isExternal(target)) continue;
      const key = `${pagePath}\n${target}`;
      const result = resolved.get(key) ?? resolveTarget(outDir, base, pagePath, target);
      resolved.set(key, result);
      if (result.reason) broken.push({ page, target, reason: result.reason });
      else if (hash !== -1 && result.file?.endsWith('.html')) {
        const reason = missingFragment(target.slice(hash + 1), ids(result.file));
        if (reason) broken.push({ page, target, reason });
      }
    }
  }
  return broken;
}
