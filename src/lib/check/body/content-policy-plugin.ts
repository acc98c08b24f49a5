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
import { htmlAttributeName, judgeElement, judgeHastElement, type ElementVerdict, type Verdict } from './html-policy.ts';
import { codeVerdicts, esmKeyword, isCommentOnly, jsxKind } from './policy.ts';
import { judgeLoaded } from './urls.ts';
import { internalTag } from '../../recaps/internal.ts';

/** Content that would run code: the compile stops with this, in the words `npm run check` uses. */
export class ContentPolicyError extends Error {
  readonly verdict: Verdict;
  constructor(file: string, verdict: Verdict) {
    super(`${file}  ${verdict.message}  (${verdict.hint}). Run \`npm run check\` for every problem.`);
    this.name = 'ContentPolicyError';
    this.verdict = verdict;
  }
}

/** Every registry component, for hints written where the collection is unknown. */
const allComponents = () => Object.keys(contentComponents).map((n) => `<${n}>`).join(', ');

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
  /** Told of each piece of markup removed, with the verdict `npm run check` reports for it (tests compare the two). */
  report?: (verdict: Verdict) => void;
}

export function contentPolicyPlugin({ dropInternal = false, report = () => {} }: ContentPolicyOptions = {}) {
  const policy: Policy = { dropInternal, report };
  const checkJsx = (jsx: AnyNode, node: VisitedNode, ctx: Ctx) => checkJsxNode(jsx, node, ctx, policy);
  return defineHastPlugin({
    name: 'devrel-wiki:content-policy',
    before(_root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && 'layout' in frontmatter) {
        throw new ContentPolicyError(fileOf(ctx.fileURL), codeVerdicts.layout());
      }
    },
    element: {
      filter: [],
      visit(node, ctx) {
        const element = node as unknown as AnyNode;
        if (dropInternal && /^h[1-6]$/.test(element.tagName ?? '') && holdsInternal(element)) {
          // Rebuilt without the part and without the space it leaves at an end, so the id
          // the next pass makes from the text is "who-we-met", not "who-we-met-".
          ctx.replaceNode(node, cleanNodes([element], fileOf(ctx.fileURL), policy).map(trimEnds) as never);
          return;
        }
        const verdict = judgeHastElement(element.tagName ?? '', element.properties);
        if (verdict.dropElement) {
          dropElement(node, element, verdict, ctx, policy);
          return;
        }
        for (const dropped of verdict.dropAttributes) {
          report(dropped.verdict);
          const property = Object.keys(element.properties ?? {}).find((key) => htmlAttributeName(key) === dropped.name);
          if (property) ctx.setProperty(node, property, undefined);
        }
      },
    },
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => checkJsx(node as unknown as AnyNode, node, ctx) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => checkJsx(node as unknown as AnyNode, node, ctx) },
    mdxjsEsm(node, ctx) {
      refuseEsm((node as unknown as AnyNode).value ?? '', fileOf(ctx.fileURL));
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
function dropElement(node: VisitedNode, element: AnyNode, verdict: ElementVerdict, ctx: Ctx, policy: Policy): void {
  policy.report(verdict.dropElement!);
  if (verdict.dropElement!.strip) ctx.removeNode(node);
  else ctx.replaceNode(node, cleanNodes(element.children ?? [], fileOf(ctx.fileURL), policy) as never);
}

function refuseExpression(value: string, file: string): void {
  if (isCommentOnly(value)) return;
  throw new ContentPolicyError(file, codeVerdicts.expression(value));
}

/** An ESM block stops the compile at its first statement, worded as the check words it. */
function refuseEsm(value: string, file: string): never {
  const keyword = value.split('\n').map(esmKeyword).find(Boolean) ?? 'import';
  throw new ContentPolicyError(file, codeVerdicts.esm(keyword, allComponents()));
}

/** Throws for a component outside the registry, an expression attribute, or a component image from another host. */
function refuseJsxCode(jsx: AnyNode, file: string): void {
  const name = jsx.name ?? '';
  for (const attribute of jsx.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') throw new ContentPolicyError(file, codeVerdicts.spreadAttribute(String(attribute.value ?? ''), name));
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      throw new ContentPolicyError(file, codeVerdicts.expressionAttribute(attribute.name ?? '', name));
    }
  }
  if (jsxKind(name) !== 'component') return;
  if (!isContentComponent(name)) throw new ContentPolicyError(file, codeVerdicts.unknownComponent(name, `content can use ${allComponents()}`));
  const spec = contentComponents[name];
  for (const attribute of jsx.attributes ?? []) {
    const rule = (spec.attributes as Record<string, { loads?: boolean }>)[attribute.name ?? ''];
    if (rule?.loads && typeof attribute.value === 'string') {
      const verdict = judgeLoaded(attribute.value);
      if (!verdict.ok) throw new ContentPolicyError(file, verdict);
    }
  }
}

function jsxVerdict(jsx: AnyNode): ElementVerdict {
  return judgeElement(jsx.name ?? '', (jsx.attributes ?? []).map((a) => [a.name ?? '', a.value ?? true] as [string, unknown]));
}

interface Policy {
  dropInternal: boolean;
  report: (verdict: Verdict) => void;
}

function checkJsxNode(jsx: AnyNode, node: VisitedNode, ctx: Ctx, policy: Policy): void {
  const file = fileOf(ctx.fileURL);
  if (!jsx.name) return;
  refuseJsxCode(jsx, file);
  if (policy.dropInternal && jsx.name === internalTag) {
    ctx.removeNode(node);
    return;
  }
  if (jsxKind(jsx.name) === 'component') return;
  const verdict = jsxVerdict(jsx);
  if (verdict.dropElement) dropElement(node, jsx, verdict, ctx, policy);
  // Replaced whole, with its content cleaned, for the reason given at dropElement.
  else if (verdict.dropAttributes.length) {
    for (const dropped of verdict.dropAttributes) policy.report(dropped.verdict);
    ctx.replaceNode(node, cleanNodes([jsx], file, policy, false) as never);
  }
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
function cleanNodes(nodes: readonly AnyNode[], file: string, policy: Policy, reportTop = true): AnyNode[] {
  const { dropInternal } = policy;
  // The top nodes' own verdicts were reported by the caller when it says so (reportTop false).
  const report = (verdict: Verdict, node: AnyNode) => {
    if (reportTop || !nodes.includes(node)) policy.report(verdict);
  };
  return nodes.flatMap((node): AnyNode[] => {
    switch (node.type) {
      case 'comment':
      case 'raw':
        return [];
      case 'mdxjsEsm':
        return refuseEsm(node.value ?? '', file);
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        refuseExpression(node.value ?? '', file);
        return [];
      case 'element': {
        const verdict = judgeHastElement(node.tagName ?? '', node.properties);
        if (verdict.dropElement) report(verdict.dropElement, node);
        if (verdict.dropElement) return verdict.dropElement.strip ? [] : cleanNodes(node.children ?? [], file, policy);
        for (const dropped of verdict.dropAttributes) report(dropped.verdict, node);
        const refused = new Set(verdict.dropAttributes.map((d) => d.name));
        const properties = Object.fromEntries(Object.entries(node.properties ?? {}).filter(([key]) => !refused.has(htmlAttributeName(key))));
        return [{ ...node, properties, children: cleanNodes(node.children ?? [], file, policy) }];
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name) return [{ ...node, children: cleanNodes(node.children ?? [], file, policy) }];
        refuseJsxCode(node, file);
        if (dropInternal && node.name === internalTag) return [];
        if (jsxKind(node.name) === 'component') return [{ ...node, children: cleanNodes(node.children ?? [], file, policy) }];
        const verdict = jsxVerdict(node);
        if (verdict.dropElement) report(verdict.dropElement, node);
        if (verdict.dropElement) return verdict.dropElement.strip ? [] : cleanNodes(node.children ?? [], file, policy);
        for (const dropped of verdict.dropAttributes) report(dropped.verdict, node);
        const refused = new Set(verdict.dropAttributes.map((d) => d.name));
        return [{ ...node, attributes: (node.attributes ?? []).filter((a) => !refused.has(a.name ?? '')), children: cleanNodes(node.children ?? [], file, policy) }];
      }
      default:
        return node.children ? [{ ...node, children: cleanNodes(node.children, file, policy) }] : [node];
    }
  });
}

function fileOf(url: URL | undefined): string {
  if (!url) return 'a content file';
  return path.relative(process.cwd(), fileURLToPath(url)).split(path.sep).join('/');
}
