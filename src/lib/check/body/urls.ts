/**
 * Which URLs content may use. Two kinds, because they carry different risks:
 * - a link (`href`) is followed only when a reader clicks it, so any web or mail
 *   address is fine; `javascript:`, `data:` and other schemes that run or embed
 *   code are not;
 * - a loaded resource (an image's `src`) is fetched as soon as the page opens, so it
 *   must come from the site itself: a request to another host would leave the
 *   intranet (and tell that host who read the page), and the CSP blocks it anyway.
 */

export type UrlVerdict = { ok: true } | { ok: false; message: string; hint: string };

/** Schemes a link may use (GitHub's list, plus tel:). */
const linkSchemes = new Set(['http', 'https', 'mailto', 'tel', 'irc', 'ircs', 'xmpp']);

/** The scheme of a URL as the browser reads it (it ignores control characters and spaces around it), or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  // Browsers strip ASCII tab/newline anywhere and leading control/space characters, so
  // "java\tscript:" and " javascript:" still run: read the URL the same way.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** A link target: relative, on the site, or a web/mail address. */
export function judgeLink(url: string): UrlVerdict {
  const scheme = schemeOf(url);
  if (scheme === undefined || linkSchemes.has(scheme)) return { ok: true };
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return { ok: false, message: `a "${scheme}:" link runs code when clicked`, hint: 'link to a page instead (https://… or a wiki path like /programs/…)' };
  }
  if (scheme === 'data') {
    return { ok: false, message: 'a "data:" link can carry a whole page or script inside the address', hint: 'put the file in the repository and link to it, or link to where it is published' };
  }
  return { ok: false, message: `"${scheme}:" links are not allowed`, hint: `use an https://, mailto: or tel: address, or a wiki path like /programs/…` };
}

/**
 * A resource the page loads (image, picture source): only from the site itself.
 * `/images/x.png` and `images/x.png` pass; `https://…`, `//host/…` and `data:` do not.
 */
export function judgeLoaded(url: string, what = 'image'): UrlVerdict {
  const trimmed = url.trim();
  const scheme = schemeOf(trimmed);
  if (scheme === 'data') {
    return { ok: false, message: `the ${what} is embedded as a "data:" address`, hint: `save it as a file in content/images/ and write /images/<file>` };
  }
  if (scheme !== undefined || trimmed.replace(/\\/g, '/').startsWith('//')) {
    return {
      ok: false,
      message: `the ${what} would load from another host (${hostOf(trimmed) ?? trimmed}): readers' browsers would contact it, and the site's Content-Security-Policy blocks it`,
      hint: `save a copy in content/images/ and write /images/<file>, or link to it instead: [description](${trimmed})`,
    };
  }
  return { ok: true };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).host || undefined;
  } catch {
    return undefined;
  }
}

/** Every URL in a `srcset` value ("a.png 1x, b.png 2x"). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
