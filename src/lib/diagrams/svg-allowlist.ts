/**
 * An SVG drawn from content is inlined into the page, so it is made inert by an
 * allowlist, not a blocklist: only the shapes, text and markers a diagram needs survive,
 * with geometric and presentation attributes. Everything else goes: scripts, `<style>`
 * (the CSP blocks it; the wiki's stylesheet colours diagrams), `style=""`, event
 * handlers, `<foreignObject>`, animation (`<set>`/`<animate>` can rewrite a link),
 * `<image>`, `<use>`, and every reference that is not to the diagram's own markers. Ids
 * get a per-diagram prefix, so two diagrams on one page never share one.
 */
import type { Element, ElementContent, Properties } from 'hast';

const elements = new Set(['svg', 'g', 'defs', 'marker', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'title', 'desc']);

/** hast property names (camelCase, as the HTML parser gives them). */
const attributes = new Set([
  'viewBox', 'width', 'height', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'd', 'points', 'transform',
  'fill', 'fillOpacity', 'fillRule', 'stroke', 'strokeWidth', 'strokeDasharray', 'strokeLinecap', 'strokeLinejoin', 'strokeOpacity', 'opacity',
  'fontSize', 'fontWeight', 'fontStyle', 'textAnchor', 'dominantBaseline', 'textDecoration', 'letterSpacing',
  'markerStart', 'markerMid', 'markerEnd', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient', 'markerUnits',
  'id', 'className', 'xmlns',
]);

/** Colour values: the diagram's own CSS variables, keywords or plain colours; never url() of another file. */
const safeValue = /^[-\w\s.,#%()]*$/;

export interface SanitizeOptions {
  /** Prefix for every id, unique per diagram on a page. */
  idPrefix: string;
}

export function sanitizeSvg(root: Element, { idPrefix }: SanitizeOptions): Element | undefined {
  return root.tagName === 'svg' ? clean(root, idPrefix) : undefined;
}

function clean(element: Element, prefix: string): Element | undefined {
  if (!elements.has(element.tagName)) return undefined;
  const properties: Properties = {};
  for (const [name, value] of Object.entries(element.properties ?? {})) {
    if (!attributes.has(name) || value === null || value === undefined) continue;
    if (name === 'className') {
      const classes = (Array.isArray(value) ? value : String(value).split(/\s+/)).map(String).filter((c) => /^[a-z][\w-]*$/i.test(c));
      if (classes.length) properties.className = classes;
      continue;
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (name === 'id') {
      if (/^[\w-]+$/.test(text)) properties.id = `${prefix}-${text}`;
      continue;
    }
    if (name === 'xmlns') {
      if (text === 'http://www.w3.org/2000/svg') properties.xmlns = text;
      continue;
    }
    // url(#own-id) is the only reference kept, renamed with the prefix.
    const withUrls = text.replace(/url\(\s*#([\w-]+)\s*\)/g, (_whole, id: string) => `url(#${prefix}-${id})`);
    if (/url\(/i.test(withUrls.replace(/url\(#[\w-]+\)/g, '')) || !safeValue.test(withUrls.replace(/url\(#[\w-]+\)/g, '').replace(/var\(--[\w-]+\)/g, '')) || /expression|javascript/i.test(withUrls)) continue;
    properties[name] = withUrls;
  }
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type === 'text') children.push({ type: 'text', value: child.value });
    else if (child.type === 'element') {
      const kept = clean(child, prefix);
      if (kept) children.push(kept);
    }
  }
  return { type: 'element', tagName: element.tagName, properties, children };
}
