/**
 * Which HTML content may contain, as an allowlist. The base is GitHub's schema from
 * `hast-util-sanitize` (what GitHub keeps of HTML in a README: tables, `<details>`,
 * `<kbd>`, `<sup>`, images, anchors with ids), widened only by the few elements a wiki
 * page needs and by the classes the Markdown pipeline itself writes (task lists,
 * footnotes, Prism's code tokens).
 *
 * One judgement, two users: `npm run check` turns each verdict into an error at its
 * line, with what to write instead; the build's Markdown/MDX pipeline removes what the
 * verdicts name (content-policy-plugin.ts), so markup that slipped past the
 * check still never reaches a page.
 */
import { defaultSchema } from 'hast-util-sanitize';
import { judgeLink, judgeLoaded, srcsetUrls, type UrlVerdict } from './urls.ts';

/** Why something is removed, and what the author should write instead. */
export interface Verdict {
  message: string;
  hint: string;
}

export interface ElementVerdict {
  /** The whole element goes: `strip` also drops its content (a script's code), otherwise its content stays. */
  dropElement?: Verdict & { strip: boolean };
  /** Attributes that go, by the name as written. */
  dropAttributes: Array<{ name: string; verdict: Verdict }>;
}

/** Attribute names compared as the browser reads them: `aria-label`, `ariaLabel` and `arialabel` are one. */
export function normalizeAttribute(name: string): string {
  const lower = name.toLowerCase().replace(/[-:]/g, '');
  return lower === 'class' ? 'classname' : lower === 'for' ? 'htmlfor' : lower;
}

/** How a hast property is written in HTML, as authors write it: `onError` → `onerror`, `ariaLabel` → `aria-label`. */
export function htmlAttributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}


/** Elements a wiki page needs beyond GitHub's list. */
const extraTags = ['abbr', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'wbr'];
const allowedTags = new Set([...(defaultSchema.tagNames ?? []), ...extraTags]);

/** Attributes allowed on every element, and per element, normalised. */
const schemaAttributes = defaultSchema.attributes ?? {};
const attributeNames = (entries: ReadonlyArray<string | readonly unknown[]> | undefined) =>
  new Set((entries ?? []).map((entry) => normalizeAttribute(typeof entry === 'string' ? entry : String(entry[0]))));
const anyElementAttributes = attributeNames(schemaAttributes['*']);
const perElementAttributes = new Map(
  Object.entries(schemaAttributes)
    .filter(([tag]) => tag !== '*')
    .map(([tag, entries]) => [tag, attributeNames(entries)]),
);
perElementAttributes.set('time', new Set(['datetime']));
perElementAttributes.set('pre', new Set(['classname', 'datalanguage']));
perElementAttributes.set('span', new Set(['classname']));

/**
 * Classes the Markdown pipeline writes, per element. An author's own class would pick
 * up the wiki's styles unpredictably (or hide text with `.visually-hidden`).
 */
const only = (allowed: RegExp) => (classes: readonly string[]) => classes.every((c) => allowed.test(c));
const allowedClasses: Record<string, (classes: readonly string[]) => boolean> = {
  code: only(/^language-[\w+#-]+$/),
  pre: only(/^language-[\w+#-]+$/),
  // Prism's tokens: "token keyword", "token class-name"; always with "token".
  span: (classes) => classes.includes('token') && classes.every((c) => /^[a-z][\w-]*$/.test(c)),
  li: only(/^task-list-item$/),
  ul: only(/^contains-task-list$/),
  ol: only(/^contains-task-list$/),
  section: only(/^footnotes$/),
  h2: only(/^sr-only$/),
  a: only(/^data-footnote-backref$/),
};

/** Elements whose content goes with them: code, styles, embedded documents. */
const stripped = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'svg', 'math', 'textarea', 'select', 'title', 'head', 'xmp', 'plaintext', 'noembed', 'noframes']);

/** Attributes whose value is a link, and those whose value the browser loads. */
const linkAttributes = new Set(['href', 'cite', 'longdesc', 'action', 'formaction', 'xlinkhref']);
const loadAttributes = new Set(['src', 'srcset', 'poster', 'background', 'data', 'codebase', 'ping']);

function elementVerdict(tag: string): Verdict {
  switch (tag) {
    case 'script':
      return { message: 'a <script> would run code in every reader\'s browser', hint: 'content cannot run scripts: describe what it does, or link to a demo' };
    case 'style':
    case 'link':
      return { message: `a <${tag}> would restyle the whole wiki or load styles from another host`, hint: 'use Markdown formatting, or <Callout> for a highlighted box' };
    case 'iframe':
    case 'frame':
    case 'frameset':
    case 'embed':
    case 'object':
    case 'applet':
    case 'portal':
      return { message: `an <${tag}> embeds a page or plugin from elsewhere, which loads from another host and can run code`, hint: 'link to it instead: [What it shows](https://…)' };
    case 'form':
    case 'input':
    case 'button':
    case 'textarea':
    case 'select':
    case 'option':
      return { message: `a <${tag}> would make a form that sends what readers type somewhere`, hint: 'link to the form instead: [Sign up here](https://…); for a checklist write "- [ ] task"' };
    case 'meta':
    case 'base':
    case 'head':
    case 'title':
    case 'html':
    case 'body':
      return { message: `a <${tag}> changes how the whole page behaves (redirects, where links lead)`, hint: 'remove it: a page\'s title and summary come from its frontmatter' };
    case 'video':
    case 'audio':
    case 'track':
      return { message: `a <${tag}> player would stream from another host`, hint: 'link to the recording instead: [Watch the talk](https://…)' };
    case 'svg':
    case 'math':
      return { message: `inline <${tag}> can carry scripts and links of its own`, hint: 'save the picture as a PNG, JPEG or WebP file in content/images/ and use ![description](/images/<file>)' };
    default:
      return { message: `<${tag}> is not an element the wiki keeps (its text stays, the tag is removed)`, hint: 'use Markdown formatting instead, or remove the tag' };
  }
}

function attributeVerdict(tag: string, name: string): Verdict {
  const key = normalizeAttribute(name);
  if (key.startsWith('on')) return { message: `the event handler ${name}="…" on <${tag}> would run code`, hint: `remove ${name}="…"` };
  if (key === 'style') return { message: `style="…" on <${tag}> is blocked by the site's Content-Security-Policy, so it would do nothing`, hint: 'remove it: use Markdown formatting, or <Callout> for a highlighted box' };
  if (key === 'classname') return { message: `class="…" on <${tag}> would borrow the wiki's own styles unpredictably`, hint: 'remove it: for a highlighted box use <Callout>' };
  if (key === 'target' || key === 'rel') return { message: `${name}="…" is not kept: links open the way the reader chooses`, hint: `remove ${name}="…"` };
  return { message: `${name}="…" is not an attribute the wiki keeps on <${tag}>`, hint: `remove ${name}="…"` };
}

function urlVerdict(tag: string, name: string, value: string): UrlVerdict {
  const key = normalizeAttribute(name);
  const what = tag === 'img' || tag === 'picture' || tag === 'source' ? 'image' : `<${tag}> ${name}`;
  if (key === 'srcset') {
    for (const url of srcsetUrls(value)) {
      const verdict = judgeLoaded(url, what);
      if (!verdict.ok) return verdict;
    }
    return { ok: true };
  }
  return loadAttributes.has(key) ? judgeLoaded(value, what) : judgeLink(value);
}

/**
 * What the allowlist removes from one element. `attributes` are as written (HTML or
 * JSX names) or as hast properties; values as strings, arrays of class names, booleans,
 * or anything else for a JSX expression (judged by the caller).
 */
export function judgeElement(tag: string, attributes: Iterable<[string, unknown]>): ElementVerdict {
  const name = tag.toLowerCase();
  if (!allowedTags.has(name)) return { dropElement: { ...elementVerdict(name), strip: stripped.has(name) }, dropAttributes: [] };
  const listed = [...attributes];
  // An input is only ever a task list's checkbox: any other kind is a form field.
  if (name === 'input' && !listed.some(([attribute, value]) => normalizeAttribute(attribute) === 'type' && value === 'checkbox')) {
    return { dropElement: { ...elementVerdict('input'), strip: true }, dropAttributes: [] };
  }
  const dropAttributes: ElementVerdict['dropAttributes'] = [];
  const own = perElementAttributes.get(name);
  for (const [attribute, value] of listed) {
    const key = normalizeAttribute(attribute);
    if (value === undefined || value === null || value === false) continue;
    const allowed = anyElementAttributes.has(key) || own?.has(key) || (key.startsWith('aria') && key.length > 4);
    if (!allowed) {
      dropAttributes.push({ name: attribute, verdict: attributeVerdict(name, attribute) });
      continue;
    }
    if (key === 'classname') {
      const classes = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean);
      const fits = allowedClasses[name];
      if (!fits || !fits(classes)) dropAttributes.push({ name: attribute, verdict: attributeVerdict(name, attribute) });
      continue;
    }
    if ((linkAttributes.has(key) || loadAttributes.has(key)) && typeof value === 'string') {
      const verdict = urlVerdict(name, attribute, value);
      if (!verdict.ok) dropAttributes.push({ name: attribute, verdict: { message: verdict.message, hint: verdict.hint } });
    }
  }
  // An image whose only source is refused would show as a broken picture: it goes whole.
  const refusedSource = name === 'img' ? dropAttributes.find((d) => normalizeAttribute(d.name) === 'src') : undefined;
  if (refusedSource) {
    return { dropElement: { ...refusedSource.verdict, strip: true }, dropAttributes: dropAttributes.filter((d) => d !== refusedSource) };
  }
  return { dropAttributes };
}

/** judgeElement for a hast element, whose properties are named like `onError`, `className`. */
export function judgeHastElement(tagName: string, properties: Readonly<Record<string, unknown>> | undefined): ElementVerdict {
  return judgeElement(tagName, Object.entries(properties ?? {}).map(([key, value]) => [htmlAttributeName(key), value]));
}

/** Whether `tag` is an element the allowlist keeps. */
export function isAllowedTag(tag: string): boolean {
  return allowedTags.has(tag.toLowerCase());
}
