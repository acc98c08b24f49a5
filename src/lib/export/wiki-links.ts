/**
 * Links into the wiki mean nothing outside the company: a reader of the company blog
 * cannot open `/programs/hack-days/` or `https://intranet.example.com/devrel/…`. These
 * helpers tell wiki links from public ones and unlink them in a Markdown body, keeping
 * the words (and their formatting) so the sentence still reads.
 */
import { parseMarkdown, parseMdx, walk } from '../recaps/internal.ts';

/**
 * True for a link that points into the wiki: site-relative (`/recaps/x/`), relative
 * (`../x/`), or absolute under the wiki's own address (`SITE_URL` plus base path).
 * Anchors (`#section`), `mailto:` and other sites are public.
 */
export function isWikiLink(url: string, wikiUrl?: string): boolean {
  const target = url.trim();
  if (target === '' || target.startsWith('#')) return false;
  if (target.startsWith('//')) return wikiUrl ? sameSite(`https:${target}`, wikiUrl) : false;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) return true;
  return wikiUrl ? sameSite(target, wikiUrl) : false;
}

function sameSite(url: string, wikiUrl: string): boolean {
  try {
    const a = new URL(url);
    const wiki = new URL(wikiUrl);
    const base = wiki.pathname.endsWith('/') ? wiki.pathname : `${wiki.pathname}/`;
    return a.host.toLowerCase() === wiki.host.toLowerCase() && (a.pathname === base.slice(0, -1) || a.pathname.startsWith(base));
  } catch {
    return false;
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * `body` (Markdown or MDX) with every wiki link turned into its plain text, wiki images
 * dropped, and reference definitions to the wiki removed. Parsing, not pattern matching:
 * a `[x](/y)` inside a code block is code and stays as written.
 */
export function unlinkWikiLinks(body: string, format: 'md' | 'mdx', wikiUrl?: string, keep: (url: string) => boolean = () => false): string {
  const definitions = new Set<string>();
  const edits: Edit[] = [];
  const tree = format === 'mdx' ? parseMdx(body) : parseMarkdown(body);
  walk(tree, (node) => {
    if (node.type === 'definition' && node.url !== undefined && isWikiLink(node.url, wikiUrl)) {
      definitions.add(String((node as { identifier?: string }).identifier ?? '').toLowerCase());
    }
  });
  walk(tree, (node) => {
    if (!node.position) return;
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
    if ((node.type === 'link' || node.type === 'image') && node.url !== undefined && keep(node.url)) return false;
    const wikiReference = node.type === 'linkReference' && definitions.has(String((node as { identifier?: string }).identifier ?? '').toLowerCase());
    if ((node.type === 'link' && node.url !== undefined && isWikiLink(node.url, wikiUrl)) || wikiReference) {
      const children = (node.children ?? []).filter((c) => c.position);
      const first = children[0]?.position;
      const last = children.at(-1)?.position;
      const text = first && last ? body.slice(first.start.offset, last.end.offset) : '';
      // An autolink `<https://wiki/…>` shows the address itself: nothing worth keeping.
      edits.push({ start, end, text: text === node.url ? '' : text });
      return false;
    }
    if ((node.type === 'image' && node.url !== undefined && isWikiLink(node.url, wikiUrl)) || (node.type === 'definition' && node.url !== undefined && isWikiLink(node.url, wikiUrl))) {
      edits.push({ start, end, text: '' });
      return false;
    }
  });
  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
