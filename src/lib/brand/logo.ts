/**
 * The team's logo file: where it is, its type, whether it can be published, and the
 * bytes that are. Content is untrusted, and an SVG is a document that can act: shown in
 * an <img> it never runs, but opened on its own from the wiki's origin it would. So an
 * SVG is rebuilt from an allowlist (svg-sanitize.ts) and only the rebuilt document is
 * published, at /brand/logo.svg and as the browser tab's icon; `npm run check` names
 * whatever the rebuild leaves out, so the team exports a clean file. A PNG is published
 * without its text and metadata chunks (names, software, dates, EXIF).
 */
import path from 'node:path';
import { ContentFileError, formatBytes, readContentFile } from '../content-fs.ts';
import { maxLogoBytes } from '../check/limits.ts';
import { sanitizeSvg } from './svg-sanitize.ts';

/** Where the built site serves the logo: `/brand/logo.svg` or `/brand/logo.png`. */
export const logoFileName = (logo: string): string => `logo${path.extname(logo).toLowerCase()}`;

export const logoMediaType = (logo: string): string => (logo.toLowerCase().endsWith('.svg') ? 'image/svg+xml' : 'image/png');

/** Twice the 28 CSS pixels the header shows it at. */
const minPngHeight = 56;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG chunks that draw the image (and its colours); text, time and EXIF chunks are not published. */
const drawingChunks = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs']);

/** The PNG with only its drawing chunks, or undefined when its chunk structure is broken. */
export function pngWithoutMetadata(bytes: Buffer): Buffer | undefined {
  if (!bytes.subarray(0, 8).equals(pngSignature)) return undefined;
  const kept: Buffer[] = [pngSignature];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return undefined;
    if (drawingChunks.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  return undefined;
}

function readLogoFile(contentDir: string, logo: string): Buffer {
  return readContentFile(contentDir, path.join(contentDir, logo), maxLogoBytes);
}

/** The bytes the site publishes for the logo: the rebuilt SVG or the PNG without metadata. */
export function publishedLogo(contentDir: string, logo: string): Buffer {
  const bytes = readLogoFile(contentDir, logo);
  if (logoMediaType(logo) === 'image/png') {
    const png = pngWithoutMetadata(bytes);
    if (!png) throw new Error(`${logo} is not a readable PNG image`);
    return png;
  }
  const result = sanitizeSvg(bytes);
  if (!result.svg) throw new Error(`${logo} cannot be published: ${result.error}`);
  return Buffer.from(result.svg, 'utf8');
}

/** What is wrong with the logo file, or undefined. */
export function logoProblem(contentDir: string, logo: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readLogoFile(contentDir, logo);
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    if (error.kind === 'too large') return `"${logo}" is over ${formatBytes(maxLogoBytes)}; a logo should be smaller (an SVG, or a PNG of about 128 pixels)`;
    if (error.kind === 'missing') return `no file "${logo}" in the content folder`;
    return `"${logo}" is a symbolic link or special file, and the wiki reads only plain files in content/`;
  }
  if (logoMediaType(logo) === 'image/png') {
    if (!pngWithoutMetadata(bytes)) return `"${logo}" is not a PNG image (or its file is cut short)`;
    // The header shows it 28 pixels high: under twice that it is blurry on most screens.
    const height = bytes.length >= 24 ? bytes.readUInt32BE(20) : 0;
    return height < minPngHeight ? `"${logo}" is ${height} pixels high; export it at least ${minPngHeight} pixels high (or as SVG) so it stays sharp` : undefined;
  }
  const result = sanitizeSvg(bytes);
  if (result.error) return `"${logo}" cannot be used as a logo: ${result.error}`;
  if (result.removed.length) return `"${logo}" contains ${result.removed.join(', ')}, which could run or load something on the wiki's site; export the logo again without it (plain shapes, text and colours)`;
  return undefined;
}
