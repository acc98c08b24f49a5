/**
 * The content gate inside the Markdown and MDX pipelines. `npm run check` and the build's
 * content guard refuse the same things before anything renders; this plugin is what
 * makes that rule hold when they are skipped (a dev preview of a file with errors, a
 * build started without the guard): the build itself never compiles content code and
 * never writes markup the allowlist refuses.
 *
 * - Code is refused: an MDX `import`/`export`, a `{expression}` other than a comment,
 *   a component not in the registry, an attribute written as an expression, or a
 *   `layout` in the frontmatter (the MDX compiler would import that module). The
 *   compile stops with the same sentence `check` prints, so nothing of it runs.
 * - Markup is sanitised: elements and attributes the allowlist refuses are removed (an
 *   element's text stays unless it is code or an embedded document), HTML comments are
 *   dropped (notes to other authors are not for readers).
 *
 * It must run first among the wiki's hast plugins, so later ones (base paths, labels)
 * only ever see allowed markup. The public export renders with it too.
 */
import { defineHastPlugin } from 'satteri';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { contentComponents, isContentComponent } from './components.ts';
import { htmlAttributeName, isCommentOnly, judgeElement, judgeHastElement, type ElementVerdict, type Verdict } from './html-policy.ts';
import { judgeLoaded } from './urls.ts';
import { internalTag } from '../../recaps/internal.ts';

/** Content that would run code: the compile stops with this. */
export class ContentPolicyError extends Error {
  constructor(file: string, verdict: Verdict) {
    super(`${file}  ${verdict.message}  (${verdict.hint}). Run \`npm run check\` for every problem.`);
    this.name = 'ContentPolicyError';
  }
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: JsxAttribute[];
  children?: AnyNode[];
}

export interface ContentPolicyOptions {
  /**
   * Remove every `<Internal>` part from the tree (a wiki with `public: true`). Done here,
   * in the first pass, so nothing derived from the text later sees it: Astro's heading-ids
   * pass would otherwise make a heading's id (its `#` link, "On this page", the headings
   * list) from the text before the component rendered nothing.
   */
  dropInternal?: boolean;
}

export function contentPolicyPlugin({ dropInternal = false }: ContentPolicyOptions = {}) {
  const checkJsx = (jsx: AnyNode, node: VisitedNode, ctx: Ctx) => checkJsxNode(jsx, node, ctx, dropInternal);
  return defineHastPlugin({
    name: 'devrel-wiki:content-policy',
    before(_root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && 'layout' in frontmatter) {
        throw new ContentPolicyError(fileOf(ctx.fileURL), { message: '"layout" in the frontmatter would load a code module', hint: 'remove the layout line: every page gets the wiki\'s own layout' });
      }
    },
    element: {
      filter: [],
      visit(node, ctx) {
        const element = node as unknown as AnyNode;
        if (dropInternal && /^h[1-6]$/.test(element.tagName ?? '') && holdsInternal(element)) {
          // Rebuilt without the part and without the space it leaves at an end, so the id
          // the next pass makes from the text is "who-we-met", not "who-we-met-".
          ctx.replaceNode(node, cleanNodes([element], fileOf(ctx.fileURL), true).map(trimEnds) as never);
          return;
        }
        const verdict = judgeHastElement(element.tagName ?? '', element.properties);
        if (verdict.dropElement) {
          dropElement(node, element, verdict, ctx, dropInternal);
          return;
        }
        for (const dropped of verdict.dropAttributes) {
          const property = Object.keys(element.properties ?? {}).find((key) => htmlAttributeName(key) === dropped.name);
          if (property) ctx.setProperty(node, property, undefined);
        }
      },
    },
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => checkJsx(node as unknown as AnyNode, node, ctx) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => checkJsx(node as unknown as AnyNode, node, ctx) },
    mdxjsEsm(_node, ctx) {
      throw new ContentPolicyError(fileOf(ctx.fileURL), { message: '"import" and "export" lines are not allowed: content may not load or define code', hint: 'remove the line' });
    },
    mdxFlowExpression(node, ctx) {
      refuseExpression((node as unknown as AnyNode).value ?? '', fileOf(ctx.fileURL));
    },
    mdxTextExpression(node, ctx) {
      refuseExpression((node as unknown as AnyNode).value ?? '', fileOf(ctx.fileURL));
    },
    // With the rawHtml feature on, raw HTML arrives as elements; anything still raw is
    // unparsed markup that the allowlist never saw, so it goes.
    raw(node, ctx) {
      ctx.removeNode(node);
    },
    comment(node, ctx) {
      ctx.removeNode(node);
    },
  });
}

type Ctx = Parameters<NonNullable<Parameters<typeof defineHastPlugin>[0]['comment']>>[1];
type VisitedNode = Parameters<Ctx['removeNode']>[0];

/**
 * Drop an element. Its content stays unless the verdict strips it; the content kept is
 * cleaned here, recursively, because satteri drops the transforms it had queued for
 * the descendants of a node that is replaced (a `<blink><script>` would keep its script).
 */
function dropElement(node: VisitedNode, element: AnyNode, verdict: ElementVerdict, ctx: Ctx, dropInternal: boolean): void {
  if (verdict.dropElement!.strip) ctx.removeNode(node);
  else ctx.replaceNode(node, cleanNodes(element.children ?? [], fileOf(ctx.fileURL), dropInternal) as never);
}

function refuseExpression(value: string, file: string): void {
  if (isCommentOnly(value)) return;
  throw new ContentPolicyError(file, { message: `{${value.trim().slice(0, 40)}} is a JavaScript expression, and content may not run code`, hint: 'write the value itself; for a literal brace write \\{' });
}

/** Throws for a component outside the registry, an expression attribute, or a component image from another host. */
function refuseJsxCode(jsx: AnyNode, file: string): void {
  const name = jsx.name ?? '';
  for (const attribute of jsx.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
      throw new ContentPolicyError(file, { message: `an attribute of <${name}> is a JavaScript expression, and content may not run code`, hint: 'write each attribute as name="value"' });
    }
  }
  if (!isComponentName(name)) return;
  if (!isContentComponent(name)) {
    throw new ContentPolicyError(file, { message: `<${name}> is not a component the wiki provides`, hint: `content can use ${Object.keys(contentComponents).map((n) => `<${n}>`).join(', ')}` });
  }
  const spec = contentComponents[name];
  for (const attribute of jsx.attributes ?? []) {
    const rule = (spec.attributes as Record<string, { loads?: boolean }>)[attribute.name ?? ''];
    if (rule?.loads && typeof attribute.value === 'string') {
      const verdict = judgeLoaded(attribute.value);
      if (!verdict.ok) throw new ContentPolicyError(file, verdict);
    }
  }
}

const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.') || name.includes(':');

function jsxVerdict(jsx: AnyNode): ElementVerdict {
  return judgeElement(jsx.name ?? '', (jsx.attributes ?? []).map((a) => [a.name ?? '', a.value ?? true] as [string, unknown]));
}

function checkJsxNode(jsx: AnyNode, node: VisitedNode, ctx: Ctx, dropInternal: boolean): void {
  const file = fileOf(ctx.fileURL);
  if (!jsx.name) return;
  refuseJsxCode(jsx, file);
  if (dropInternal && jsx.name === internalTag) {
    ctx.removeNode(node);
    return;
  }
  if (isComponentName(jsx.name)) return;
  const verdict = jsxVerdict(jsx);
  if (verdict.dropElement) dropElement(node, jsx, verdict, ctx, dropInternal);
  // Replaced whole, with its content cleaned, for the reason given at dropElement.
  else if (verdict.dropAttributes.length) ctx.replaceNode(node, cleanNodes([jsx], file, dropInternal) as never);
}

/** Whether an `<Internal>` part sits anywhere inside `node`. */
function holdsInternal(node: AnyNode): boolean {
  const pending = [...(node.children ?? [])];
  while (pending.length) {
    const child = pending.pop()!;
    if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === internalTag) return true;
    pending.push(...(child.children ?? []));
  }
  return false;
}

/** `node` with the white space at the start of its first text and the end of its last removed. */
function trimEnds(node: AnyNode): AnyNode {
  const children = [...(node.children ?? [])];
  const first = children[0];
  const last = children.at(-1);
  if (first?.type === 'text') children[0] = { ...first, value: (first.value ?? '').trimStart() };
  if (last?.type === 'text') children[children.length - 1] = { ...children.at(-1)!, value: (children.at(-1)!.value ?? '').trimEnd() };
  return { ...node, children };
}

/** The allowlist applied to a materialised subtree: what dropElement and checkJsx put back. */
function cleanNodes(nodes: readonly AnyNode[], file: string, dropInternal: boolean): AnyNode[] {
  return nodes.flatMap((node): AnyNode[] => {
    switch (node.type) {
      case 'comment':
      case 'raw':
        return [];
      case 'mdxjsEsm':
        throw new ContentPolicyError(file, { message: '"import" and "export" lines are not allowed: content may not load or define code', hint: 'remove the line' });
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        refuseExpression(node.value ?? '', file);
        return [];
      case 'element': {
        const verdict = judgeHastElement(node.tagName ?? '', node.properties);
        if (verdict.dropElement) return verdict.dropElement.strip ? [] : cleanNodes(node.children ?? [], file, dropInternal);
        const refused = new Set(verdict.dropAttributes.map((d) => d.name));
        const properties = Object.fromEntries(Object.entries(node.properties ?? {}).filter(([key]) => !refused.has(htmlAttributeName(key))));
        return [{ ...node, properties, children: cleanNodes(node.children ?? [], file, dropInternal) }];
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name) return [{ ...node, children: cleanNodes(node.children ?? [], file, dropInternal) }];
        refuseJsxCode(node, file);
        if (dropInternal && node.name === internalTag) return [];
        if (isComponentName(node.name)) return [{ ...node, children: cleanNodes(node.children ?? [], file, dropInternal) }];
        const verdict = jsxVerdict(node);
        if (verdict.dropElement) return verdict.dropElement.strip ? [] : cleanNodes(node.children ?? [], file, dropInternal);
        const refused = new Set(verdict.dropAttributes.map((d) => d.name));
        return [{ ...node, attributes: (node.attributes ?? []).filter((a) => !refused.has(a.name ?? '')), children: cleanNodes(node.children ?? [], file, dropInternal) }];
      }
      default:
        return node.children ? [{ ...node, children: cleanNodes(node.children, file, dropInternal) }] : [node];
    }
  });
}

function fileOf(url: URL | undefined): string {
  if (!url) return 'a content file';
  return path.relative(process.cwd(), fileURLToPath(url)).split(path.sep).join('/');
}
