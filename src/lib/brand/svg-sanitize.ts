/**
 * The team's SVG logo, rebuilt from a strict allowlist before it is published. An SVG is
 * a document: opened on its own from the wiki's origin (a host such as GitHub Pages sends
 * no Content-Security-Policy for it) it runs scripts, follows `javascript:` links set by
 * animations, loads stylesheets and images from other hosts. Looking for "<script" in the
 * text misses a namespaced `<h:script>`, a file saved as UTF-16 and an `<set>` that turns
 * a harmless link into a script. So the file is parsed as XML with namespaces resolved
 * (sax), and a new document is written holding only drawing elements in the SVG
 * namespace, drawing attributes, references to its own fragments (`#id`), embedded
 * raster images, and CSS with no `@` rules and no `url()` but `url(#id)`. Whatever was
 * left out is listed, so `npm run check` can name it; the build publishes only the
 * rebuilt document, so what check missed still never runs.
 */
import sax from 'sax';

const svgNamespace = 'http://www.w3.org/2000/svg';
const xlinkNamespace = 'http://www.w3.org/1999/xlink';
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/** Drawing elements. No script, foreignObject, a, animate/set/animate*, feImage, iframe, handler… */
const allowedElements = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'image',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker',
  'filter', 'feGaussianBlur', 'feOffset', 'feBlend', 'feColorMatrix', 'feFlood', 'feComposite', 'feMerge', 'feMergeNode', 'feDropShadow', 'feMorphology',
]);

/** Geometry and presentation attributes; `href` is judged on its own. No `on…`, no `attributeName`/`values`/`to`/`from`. */
const allowedAttributes = new Set([
  'id', 'class', 'style', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr',
  'd', 'points', 'pathLength', 'transform', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'filterUnits', 'primitiveUnits', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient', 'marker-start', 'marker-mid', 'marker-end',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity',
  'opacity', 'color', 'display', 'visibility', 'overflow', 'clip-path', 'clip-rule', 'mask', 'filter', 'stop-color', 'stop-opacity', 'flood-color', 'flood-opacity',
  'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'word-spacing', 'text-anchor', 'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'in', 'in2', 'result', 'stdDeviation', 'mode', 'type', 'values', 'operator', 'k1', 'k2', 'k3', 'k4', 'radius', 'shape-rendering', 'image-rendering', 'color-interpolation-filters', 'vector-effect', 'mix-blend-mode', 'isolation',
  'version', 'baseProfile', 'role', 'aria-label', 'aria-hidden', 'focusable',
]);

/** `values` is a colour matrix on feColorMatrix, but an animation's list of values elsewhere. */
const valuesAllowedOn = new Set(['feColorMatrix']);

/** Elements whose text content is kept. */
const textElements = new Set(['text', 'tspan', 'title', 'desc', 'style']);

/** An embedded raster image: the only `href` that is not a fragment of the document itself. */
const rasterDataUrl = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

const maxElements = 20_000;
const maxDepth = 64;

export interface SanitizedSvg {
  /** The rebuilt document, or undefined when the file cannot be read as SVG at all. */
  svg?: string;
  /** Why the file cannot be read (encoding, DOCTYPE, not XML, not an SVG). */
  error?: string;
  /** What was left out, in words, once each: `a <script>`, `an event handler (onload)`. */
  removed: string[];
}

/** CSS that cannot load or run anything: no `@` rules, no `url()` but `url(#id)`, no escapes, no markup. */
export function isInertCss(css: string): boolean {
  if (/[@\\<]|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(css)) return false;
  for (const match of css.matchAll(/url\s*\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)) {
    if (!match[2]!.trim().startsWith('#')) return false;
  }
  // An unclosed url( the pattern above did not see.
  return !/url\s*\((?![^)]*\))/i.test(css);
}

const escapeAttribute = (value: string) =>
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeTextNode = (value: string) =>
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Reads `bytes` as an SVG file and rebuilds it from the allowlist. */
export function sanitizeSvg(bytes: Uint8Array): SanitizedSvg {
  const removed = new Set<string>();
  const fail = (error: string): SanitizedSvg => ({ error, removed: [...removed] });

  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe) || bytes.includes(0)) {
    return fail('it is saved as UTF-16 (or holds NUL bytes); save it as UTF-8');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('it is not valid UTF-8 text; save it as UTF-8');
  }
  const declaredEncoding = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(text)?.[1];
  if (declaredEncoding && declaredEncoding.toLowerCase().replace(/[-_]/g, '') !== 'utf8') return fail(`it declares encoding="${declaredEncoding}"; save it as UTF-8`);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return fail('it has a DOCTYPE or entity declarations, which can pull in other files; export it again without them');

  const parser = sax.parser(true, { xmlns: true, position: true });
  const out: string[] = [];
  /** For each open element: whether it is written (false: it and all inside it are left out). */
  const open: Array<{ kept: boolean; name: string; keepsText: boolean; css?: string[] }> = [];
  let elements = 0;
  let rootSeen = false;
  let parseError: string | undefined;

  parser.onerror = (error) => {
    parseError ??= error.message.split('\n')[0];
    // Stop: sax would otherwise go on after the error.
    throw error;
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    const parent = open.at(-1);
    if (++elements > maxElements || open.length >= maxDepth) throw new Error(`it has more than ${maxElements.toLocaleString('en-US')} elements or nests them over ${maxDepth} deep`);
    if (!rootSeen) {
      rootSeen = true;
      if (node.local !== 'svg' || node.uri !== svgNamespace) throw new Error('its root element is not <svg> in the SVG namespace (xmlns="http://www.w3.org/2000/svg")');
    }
    if (parent && !parent.kept) {
      open.push({ kept: false, name: node.local, keepsText: false });
      return;
    }
    if (node.uri !== svgNamespace || !allowedElements.has(node.local)) {
      removed.add(node.uri === svgNamespace ? `a <${node.local}>` : `a <${node.name}> from another namespace`);
      open.push({ kept: false, name: node.local, keepsText: false });
      return;
    }
    const attributes: string[] = [];
    for (const attribute of Object.values(node.attributes) as sax.QualifiedAttribute[]) {
      const written = judgeAttribute(node.local, attribute, removed);
      if (written) attributes.push(`${written[0]}="${escapeAttribute(written[1])}"`);
    }
    if (open.length === 0) attributes.unshift(`xmlns="${svgNamespace}"`);
    if (node.local === 'style') {
      open.push({ kept: true, name: 'style', keepsText: true, css: [] });
      out.push(`<style${attributes.length ? ` ${attributes.join(' ')}` : ''}>`);
      return;
    }
    out.push(`<${node.local}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`);
    open.push({ kept: true, name: node.local, keepsText: textElements.has(node.local) });
  };
  parser.ontext = (value) => {
    const current = open.at(-1);
    if (!current?.kept || !current.keepsText) return;
    if (current.css) current.css.push(value);
    else out.push(escapeTextNode(value));
  };
  parser.oncdata = (value) => {
    const current = open.at(-1);
    if (current?.css) current.css.push(value);
    else if (current?.kept && current.keepsText) out.push(escapeTextNode(value));
  };
  parser.onclosetag = () => {
    const current = open.pop();
    if (!current?.kept) return;
    if (current.css) {
      const css = current.css.join('');
      if (isInertCss(css)) out.push(escapeTextNode(css));
      else removed.add('CSS with an @ rule (such as @import), a url() to another file or an escape');
    }
    out.push(`</${current.name}>`);
  };
  // Processing instructions (<?xml-stylesheet?>) and comments are left out without a word:
  // the first loads a stylesheet, the second says nothing to anyone.
  parser.onprocessinginstruction = (instruction) => {
    if (instruction.name.toLowerCase() !== 'xml') removed.add(`a <?${instruction.name}?> instruction`);
  };

  try {
    parser.write(text).close();
  } catch (error) {
    return fail(parseError ? `it is not well-formed XML (${parseError})` : error instanceof Error ? error.message : String(error));
  }
  if (!rootSeen) return fail('it holds no <svg> element');
  return { svg: out.join(''), removed: [...removed] };
}

/** `[name, value]` to write, or undefined (with the reason added to `removed`). */
function judgeAttribute(element: string, attribute: sax.QualifiedAttribute, removed: Set<string>): [string, string] | undefined {
  const { local, uri, prefix, value } = attribute;
  // Namespace declarations are written anew (only the SVG one).
  if (prefix === 'xmlns' || (prefix === '' && local === 'xmlns')) return undefined;
  if (local === 'href' && (uri === '' || uri === xlinkNamespace)) {
    const target = value.trim();
    if (target.startsWith('#') && /^#[\w.:-]+$/.test(target)) return ['href', target];
    if (element === 'image' && rasterDataUrl.test(target)) return ['href', target];
    removed.add(element === 'image' ? 'an image loaded from a file or another site (embed it as PNG or JPEG data)' : `a link to another document (href="${target.slice(0, 40)}")`);
    return undefined;
  }
  if (uri === xmlNamespace && local === 'space') return ['xml:space', value];
  if (uri !== '') {
    removed.add(`an attribute from another namespace (${attribute.name})`);
    return undefined;
  }
  if (/^on/i.test(local)) {
    removed.add(`an event handler (${local})`);
    return undefined;
  }
  if (!allowedAttributes.has(local) || (local === 'values' && !valuesAllowedOn.has(element))) {
    removed.add(`the attribute ${local}`);
    return undefined;
  }
  if (local === 'style' ? !isInertCss(value) : /url\s*\(|javascript:/i.test(value) && !/^\s*url\(\s*['"]?#[\w.:-]+['"]?\s*\)\s*$/i.test(value)) {
    removed.add(`a reference to another file in ${local}="…"`);
    return undefined;
  }
  return [local, value];
}
