/**
 * Checks the text of a `.md` or `.mdx` file the way its frontmatter is checked: parsed
 * with the parser the build uses, every problem reported at its line with a fix.
 *
 * The rule is that content is data. An `.mdx` body may use Markdown, the HTML of the
 * allowlist (html-policy.ts) and the components of the registry (components.ts) with
 * plain-string attributes, and nothing else: no `import`/`export`, no `{expressions}`
 * (they are JavaScript, run while the site builds, next to CI's secrets). The one
 * exception is a comment, `{/* … *\/}`, which compiles to nothing. A `.md` body may use
 * Markdown and allowlisted HTML. Links may go anywhere safe; images only come from the
 * site itself.
 */
import { htmlToHast, markdownToMdast } from 'satteri';
import type { CollectionName } from '../../../schemas/collections.ts';
import { closestMatches } from '../../did-you-mean.ts';
import type { Problem } from '../problem.ts';
import { componentAliases, componentsFor, contentComponents, isContentComponent, type ContentComponent } from './components.ts';
import { judgeElement, judgeHastElement, type Verdict } from './html-policy.ts';
import { codeVerdicts, esmKeyword, isCommentOnly, jsxKind } from './policy.ts';
import { judgeLoadedFile, type SiteFiles } from './site-files.ts';
import { parseMdxBody } from './mdx-syntax.ts';
import { judgeLink } from './urls.ts';
import { nodeDeeperThan, walk } from '../../recaps/internal.ts';
import { maxBodyDepth } from '../limits.ts';
import { maxAttributesPerTag, measureHtml } from './html-shape.ts';
import { parseVideoSource } from '../../media/video.ts';
import { checkDiagram } from '../../diagrams/mermaid.ts';
import { headingText, type OutlineBuilder } from './outline.ts';

export interface BodyToCheck {
  collection: CollectionName;
  /** Path shown in problems. */
  file: string;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  lang?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: Point; end: Point };
}

/**
 * Every problem in one body. `files` answers whether an image path exists on the site;
 * `outline`, when given, collects the body's ids and anchor links (outline.ts) for the
 * anchor check, which needs every page's headings before it can judge a link.
 */
export function checkBody(entry: BodyToCheck, files: SiteFiles, outline?: OutlineBuilder): Problem[] {
  const isMdx = entry.file.endsWith('.mdx');
  const problems: Problem[] = [];
  const report = (at: Point | undefined, verdict: Verdict, field?: string) =>
    problems.push({
      severity: 'error',
      file: entry.file,
      line: entry.bodyLine + (at?.line ?? 1) - 1,
      column: at?.column ?? 1,
      ...(field ? { field } : {}),
      message: verdict.message,
      hint: verdict.hint,
    });

  let tree: MdNode;
  if (isMdx) {
    const parsed = parseMdxBody(entry.body, entry.bodyLine);
    if (parsed.problem) {
      report(parsed.problem, parsed.problem);
      return problems;
    }
    tree = parsed.tree as MdNode;
  } else {
    tree = markdownToMdast(entry.body) as unknown as MdNode;
  }

  // Nesting this deep is no page anyone writes, and every later step (the build's own
  // compiler included) would walk it recursively: one error, and nothing more is read.
  const deep = nodeDeeperThan(tree as never, maxBodyDepth) as MdNode | undefined;
  if (deep) {
    report(deep.position?.start, {
      message: `the text is nested more than ${maxBodyDepth} levels deep here (lists, quotes or tags inside each other)`,
      hint: 'flatten it: close tags you opened, or indent fewer list levels',
    });
    return problems;
  }

  // Elements left open by earlier HTML blocks: the build parses a body's HTML blocks
  // together, so <div> blocks separated by blank lines nest as deep as one block would.
  let openHtml = 0;
  walk(tree as never, (visited) => {
    const node = visited as unknown as MdNode;
    const at = node.position?.start;
    switch (node.type) {
      case 'code':
        // The code starts on the line after the opening fence.
        if (node.lang === 'mermaid') for (const problem of checkDiagram(node.value ?? '')) report({ line: (at?.line ?? 1) + problem.line, column: problem.column }, problem);
        return false;
      case 'inlineCode':
        return false;
      case 'heading':
        outline?.heading(headingText(node));
        return;
      case 'link':
      case 'definition': {
        const verdict = judgeLink(node.url ?? '');
        if (!verdict.ok) report(at, verdict);
        else outline?.link(node.url ?? '', entry.bodyLine + (at?.line ?? 1) - 1, at?.column ?? 1);
        return;
      }
      case 'image': {
        const verdict = judgeLoadedFile(node.url ?? '', files);
        if (!verdict.ok) report(at, verdict);
        else if (!node.alt?.trim()) report(at, missingAlt);
        return;
      }
      case 'html': {
        const html = node.value ?? '';
        const pointAt = pointsIn(at, html);
        const anchors = outline && ((element: HastNode, offset: number) => {
          const where = pointAt(offset);
          collectHtmlAnchors(element, outline, entry.bodyLine + where.line - 1, where.column);
        });
        const checked = checkRawHtml(html, isMdx, files, entry.file.replace(/^.*\//, '').replace(/\.md$/, '.mdx'), openHtml, anchors);
        openHtml = checked.openDepth;
        for (const found of checked.found) report(pointAt(found.offset), found.verdict);
        return;
      }
      case 'mdxjsEsm': {
        // Consecutive import/export lines arrive as one node: report each statement.
        (node.value ?? '').split('\n').forEach((text, index) => {
          const keyword = esmKeyword(text);
          if (keyword) report({ line: (at?.line ?? 1) + index, column: 1 }, codeVerdicts.esm(keyword, componentList(entry.collection)));
        });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? '')) report(at, codeVerdicts.expression(node.value ?? ''));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, entry.collection, files, (verdict, field) => report(at, verdict, field));
        if (outline) {
          const attribute = (name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
          const id = attribute('id');
          const href = attribute('href');
          if (typeof id === 'string') outline.id(id);
          if (node.name === 'a' && typeof href === 'string') outline.link(href, entry.bodyLine + (at?.line ?? 1) - 1, at?.column ?? 1);
        }
        return;
    }
  });
  return problems;
}

const missingAlt: Verdict = { message: 'the image has no alt text, so people who cannot see it do not know what it shows', hint: 'describe it between the brackets: ![Our booth on day one](/images/booth.jpg)' };

function componentList(collection: CollectionName): string {
  return componentsFor(collection).map((name) => `<${name}>`).join(', ');
}

/** A JSX element in MDX: a registry component, or an HTML element judged by the allowlist. */
function checkJsxElement(node: MdNode, collection: CollectionName, files: SiteFiles, report: (verdict: Verdict, field?: string) => void): void {
  const name = node.name;
  if (!name) return; // a fragment, <>…</>: no element at all
  const attributes = node.attributes ?? [];
  if (attributes.length > maxAttributesPerTag) {
    report({ message: `<${name}> has ${attributes.length.toLocaleString('en-US')} attributes, over the ${maxAttributesPerTag} the wiki reads`, hint: 'keep the attributes the element needs (an image needs src and alt)' });
    return;
  }
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') report(codeVerdicts.spreadAttribute(String(attribute.value ?? ''), name));
    else if (attribute.value !== null && typeof attribute.value === 'object') report(codeVerdicts.expressionAttribute(attribute.name ?? '', name), attribute.name);
  }
  const plain = attributes.filter((a) => a.type === 'mdxJsxAttribute' && (a.value === null || a.value === undefined || typeof a.value === 'string'));

  if (jsxKind(name) === 'html') {
    const verdict = judgeElement(name, plain.map((a) => [a.name ?? '', a.value ?? true] as [string, unknown]));
    if (verdict.dropElement) report(verdict.dropElement);
    for (const dropped of verdict.dropAttributes) report(dropped.verdict, dropped.name);
    if (name === 'img' && !verdict.dropElement) {
      const src = plain.find((a) => a.name === 'src')?.value;
      const loaded = typeof src === 'string' ? judgeLoadedFile(src, files) : undefined;
      if (loaded && !loaded.ok) report(loaded, 'src');
      const alt = plain.find((a) => a.name === 'alt')?.value;
      if (loaded?.ok && (typeof alt !== 'string' || !alt.trim())) report({ ...missingAlt, hint: 'add alt="what it shows", or use <Figure src="…" alt="…">' }, 'alt');
    }
    return;
  }

  if (!isContentComponent(name)) {
    report(unknownComponent(name, collection));
    return;
  }
  const spec: ContentComponent = contentComponents[name];
  if (spec.onlyIn && !spec.onlyIn.includes(collection)) {
    report({ message: `<${name}> only works in ${spec.onlyInLabel ?? spec.onlyIn.join(', ')}: ${spec.onlyInReason}`, hint: spec.onlyInHint ?? 'remove the tag and keep the text' });
    return;
  }
  const known = Object.keys(spec.attributes);
  for (const attribute of plain) {
    const attributeName = attribute.name ?? '';
    const rule = spec.attributes[attributeName];
    if (!rule) {
      const suggestion = closestMatches(attributeName, known, 1)[0];
      report({
        message: `<${name}> has no attribute "${attributeName}"`,
        hint: suggestion ? `did you mean ${suggestion}="…"?` : `it takes ${known.map((k) => `${k}="…"`).join(', ')}`,
      }, attributeName);
      continue;
    }
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    if (rule.values && !rule.values.includes(value)) {
      const suggestion = closestMatches(value, rule.values, 1)[0];
      report({
        message: `${attributeName}="${value}" is not one of ${rule.values.map((v) => `"${v}"`).join(', ')}`,
        hint: suggestion ? `did you mean ${attributeName}="${suggestion}"?` : `write one of ${rule.values.join(', ')}`,
      }, attributeName);
    }
    if (rule.loads && value) {
      const loaded = judgeLoadedFile(value, files);
      if (!loaded.ok) report(loaded, attributeName);
    }
    if (rule.video && value) {
      const video = parseVideoSource(value);
      if (!video.ok) report(video, attributeName);
      else if (video.source.kind === 'file' && files.videos && !files.videos.has(video.source.file)) {
        const suggestion = closestMatches(video.source.file, [...files.videos], 1)[0];
        report({ message: `no file content/videos/${video.source.file} exists`, hint: suggestion ? `did you mean /videos/${suggestion}?` : 'add the MP4 to content/videos/, or fix the path' }, attributeName);
      }
    }
  }
  if (spec.contains) {
    for (const child of node.children ?? []) {
      const inside = child.type === 'paragraph' ? child.children ?? [] : [child];
      for (const part of inside) {
        if (part.type === 'text' && !(part.value ?? '').trim()) continue;
        if ((part.type === 'mdxJsxFlowElement' || part.type === 'mdxJsxTextElement') && spec.contains.includes(part.name ?? '')) continue;
        report({ message: `<${name}> holds only ${spec.contains.map((c) => `<${c}>`).join(', ')}, one per photo`, hint: `write each photo as <Figure src="/images/…" alt="…" caption="…" /> on a line of its own inside <${name}>` });
        return;
      }
    }
  }
  for (const [attributeName, rule] of Object.entries(spec.attributes)) {
    if (rule.required && !plain.some((a) => a.name === attributeName && typeof a.value === 'string' && a.value.trim())) {
      report({ message: `<${name}> needs ${attributeName}="…": ${rule.description}`, hint: `write it like ${spec.example}` }, attributeName);
    }
  }
}

function unknownComponent(name: string, collection: CollectionName): Verdict {
  const available = componentsFor(collection);
  const alias = componentAliases[name];
  const suggestion = alias ?? (closestMatches(name, available, 1)[0] ? `<${closestMatches(name, available, 1)[0]}>` : undefined);
  return codeVerdicts.unknownComponent(name, suggestion
    ? `did you mean ${suggestion}? Content can use ${componentList(collection)}`
    : `content can use ${componentList(collection)}; to show something from another site, link to it: [What it is](https://…)`);
}

/**
 * Problems in one raw HTML node of a Markdown body, with offsets into its text.
 * `onElement` sees each element and its offset (for the anchor outline).
 */
function checkRawHtml(html: string, isMdx: boolean, files: SiteFiles, mdxName: string, openDepth: number, onElement?: (element: HastNode, offset: number) => void): { found: Array<{ offset: number; verdict: Verdict }>; openDepth: number } {
  const found: Array<{ offset: number; verdict: Verdict }> = [];
  // Measured before parsing: the parser's time grows with the square of both.
  const shape = measureHtml(html, openDepth);
  if (shape.depth.count > maxBodyDepth) {
    found.push({ offset: shape.depth.offset, verdict: { message: `this HTML is nested more than ${maxBodyDepth} levels deep`, hint: 'flatten it: close the tags you opened' } });
    return { found, openDepth: 0 };
  }
  if (shape.attributes.count > maxAttributesPerTag) {
    found.push({ offset: shape.attributes.offset, verdict: { message: `this tag has ${shape.attributes.count.toLocaleString('en-US')} attributes, over the ${maxAttributesPerTag} the wiki reads`, hint: 'keep the attributes the element needs (an image needs src and alt)' } });
    return { found, openDepth: shape.endDepth };
  }
  // A component name in a .md file is unknown HTML: its text would show unmarked.
  if (!isMdx) {
    for (const match of html.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
      const name = match[1]!;
      found.push({
        offset: match.index,
        verdict: isContentComponent(name)
          ? {
              message: name === 'Internal'
                ? '<Internal> only works in .mdx files: in this .md file its text would show unmarked on the wiki and could not be removed from the public export'
                : `<${name}> only works in .mdx files: in this .md file it would be dropped as unknown HTML`,
              hint: `rename the file to ${mdxName}, then run npm run check again`,
            }
          : { message: `<${name}> is not a component the wiki provides, and components only work in .mdx files`, hint: 'remove the tag, or rename the file to .mdx and use one of the wiki\'s components' },
      });
    }
  }
  const tree = htmlToHast(html, { fragment: true }) as unknown as HastNode;
  const lower = html.toLowerCase();
  // Elements are found in source order; each one's tag is searched for after the last.
  let cursor = 0;
  walkHast(tree, (element) => {
    const opening = new RegExp(`<${element.tagName}\\b`, 'ig');
    opening.lastIndex = cursor;
    const hit = opening.exec(html);
    const offset = hit ? hit.index : cursor;
    if (hit) cursor = hit.index + 1;
    onElement?.(element, offset);
    // Component tags in .md were reported above, by their own name.
    if (!isMdx && hit && /^<[A-Z]/.test(html.slice(offset, offset + 2))) return;
    const verdict = judgeHastElement(element.tagName, element.properties);
    if (verdict.dropElement) found.push({ offset, verdict: verdict.dropElement });
    // Attributes come in source order: each is searched for after the one before, so an
    // element with thousands of refused attributes costs one pass, not one per attribute.
    let attributeCursor = offset;
    for (const dropped of verdict.dropAttributes) {
      const at = lower.indexOf(dropped.name, attributeCursor);
      if (at >= 0) attributeCursor = at + dropped.name.length;
      found.push({ offset: at >= 0 ? at : offset, verdict: dropped.verdict });
    }
    if (element.tagName === 'img' && !verdict.dropElement && typeof element.properties?.src === 'string') {
      const loaded = judgeLoadedFile(element.properties.src, files);
      if (!loaded.ok) found.push({ offset, verdict: loaded });
      const alt = element.properties.alt;
      if (loaded.ok && (typeof alt !== 'string' || !alt.trim())) found.push({ offset, verdict: { ...missingAlt, hint: 'add alt="what it shows" to the <img>' } });
    }
  });
  return { found, openDepth: shape.endDepth };
}

interface HastNode {
  type: string;
  tagName: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** An HTML element's part of the outline: its id (or a heading's slug) and a link it makes. */
function collectHtmlAnchors(element: HastNode, outline: OutlineBuilder, line: number, column: number): void {
  const { id, href } = element.properties ?? {};
  if (typeof id === 'string' && id) outline.id(id);
  else if (/^h[1-6]$/.test(element.tagName)) outline.heading(hastText(element));
  if (element.tagName === 'a' && typeof href === 'string') outline.link(href, line, column);
}

/** An element's text; HTML deeper than the body limit never reaches here (see checkRawHtml). */
function hastText(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(hastText).join('');
}

/** Elements in source order, iteratively (see `walk`). */
function walkHast(root: HastNode, visit: (element: HastNode) => void): void {
  const pending = [...(root.children ?? [])].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type === 'element') visit(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
}

/**
 * Points `offset` characters into a node's text that starts at `start`. The text's line
 * starts are found once, and each offset is placed by binary search, so a node with
 * thousands of problems is not re-split for each.
 */
function pointsIn(start: Point | undefined, text: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    const line = (start?.line ?? 1) + low;
    const column = low > 0 ? offset - lineStarts[low]! + 1 : (start?.column ?? 1) + offset;
    return { line, column };
  };
}
