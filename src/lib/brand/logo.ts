/**
 * The team's logo file: where it is, its type, and whether it is safe to publish.
 * Content is untrusted, and an SVG is a document that can carry scripts: shown in an
 * <img> they never run, but opened on its own from the wiki's origin they would. So an
 * SVG with scripts, event handlers, <foreignObject> or references to other files is
 * refused rather than cleaned.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where the built site serves the logo: `/brand/logo.svg` or `/brand/logo.png`. */
export const logoFileName = (logo: string): string => `logo${path.extname(logo).toLowerCase()}`;

export const logoMediaType = (logo: string): string => (logo.toLowerCase().endsWith('.svg') ? 'image/svg+xml' : 'image/png');

/** Large enough for any real logo, small enough to stay off every page's critical path. */
const maxBytes = 200 * 1024;

/** Twice the 28 CSS pixels the header shows it at. */
const minPngHeight = 56;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const unsafeSvg: [RegExp, string][] = [
  [/<script\b/i, 'a <script>'],
  [/\son[a-z]+\s*=/i, 'an event handler (on…=)'],
  [/<foreignObject\b/i, 'a <foreignObject>'],
  [/\s(?:xlink:)?href\s*=\s*["'](?!#|data:image\/)/i, 'a link to another file (href)'],
  [/<!ENTITY/i, 'an XML entity'],
];

export function readLogo(contentDir: string, logo: string): Buffer {
  return readFileSync(path.join(contentDir, logo));
}

/** What is wrong with the logo file, or undefined. */
export function logoProblem(contentDir: string, logo: string): string | undefined {
  const abs = path.join(contentDir, logo);
  let size: number;
  try {
    size = statSync(abs).size;
  } catch {
    return `no file "${logo}" in the content folder`;
  }
  if (size > maxBytes) return `"${logo}" is ${Math.round(size / 1024)} KB; a logo should be under ${maxBytes / 1024} KB (an SVG, or a PNG of about 128 pixels)`;
  const bytes = readLogo(contentDir, logo);
  if (logoMediaType(logo) === 'image/png') {
    if (!bytes.subarray(0, 8).equals(pngSignature)) return `"${logo}" is not a PNG image`;
    // The header shows it 28 pixels high: under twice that it is blurry on most screens.
    const height = bytes.length >= 24 ? bytes.readUInt32BE(20) : 0;
    return height < minPngHeight ? `"${logo}" is ${height} pixels high; export it at least ${minPngHeight} pixels high (or as SVG) so it stays sharp` : undefined;
  }
  const text = bytes.toString('utf8');
  if (!/<svg\b/i.test(text)) return `"${logo}" is not an SVG image`;
  const found = unsafeSvg.find(([pattern]) => pattern.test(text));
  return found ? `"${logo}" contains ${found[1]}, which could run on the wiki's site; export the logo again without it` : undefined;
}
