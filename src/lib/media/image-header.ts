/**
 * What an image is, read from its first bytes without decoding it: format, the size it
 * shows at (a phone photo stored sideways with an EXIF orientation shows turned, as the
 * pipeline turns it), whether it may be transparent, and whether its end is there (a
 * half-uploaded file). `npm run check` reads every image this way, so it stays fast on a
 * folder of 12-megapixel photos: a few small reads per file, never the pixels.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

export interface ImageHeader {
  format: ImageFormat;
  /** Width and height as shown, after the EXIF orientation. */
  width: number;
  height: number;
  /** The format can carry transparency and this file says it does (PNG, WebP, GIF): it stays PNG where a fallback is needed. */
  alpha: boolean;
}

/** A file that is not an image of its kind, with what is wrong, for authors. */
export class ImageHeaderError extends Error {}

/** Reads byte ranges of an open file; past the end gives fewer bytes. */
class Reader {
  readonly fd: number;
  readonly size: number;
  constructor(fd: number, size: number) {
    this.fd = fd;
    this.size = size;
  }
  bytes(offset: number, length: number): Buffer {
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, this.size - offset)));
    if (buffer.length) readSync(this.fd, buffer, 0, buffer.length, offset);
    return buffer;
  }
}

const unreadable = (what: string) => new ImageHeaderError(what);

/** The header of the image at `abs` (`size` is its length in bytes, from lstat). */
export function readImageHeader(abs: string, size: number): ImageHeader {
  const fd = openSync(abs, 'r');
  try {
    return readHeader(new Reader(fd, size));
  } finally {
    closeSync(fd);
  }
}

function readHeader(file: Reader): ImageHeader {
  const head = file.bytes(0, 64);
  if (head.length >= 8 && head.readUInt32BE(0) === 0x89504e47 && head.readUInt32BE(4) === 0x0d0a1a0a) return png(file, head);
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return jpeg(file);
  if (head.length >= 10 && head.toString('latin1', 0, 6).match(/^GIF8[79]a$/)) return gif(file, head);
  if (head.length >= 30 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return webp(file, head);
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp') return avif(file, head);
  throw unreadable('it is not a PNG, JPEG, GIF, WebP or AVIF image (its first bytes are not any of those formats)');
}

function checked(header: ImageHeader): ImageHeader {
  if (!(header.width > 0 && header.height > 0)) throw unreadable(`its header gives a size of ${header.width}×${header.height} pixels`);
  return header;
}

function png(file: Reader, head: Buffer): ImageHeader {
  if (head.toString('latin1', 12, 16) !== 'IHDR') throw unreadable('the PNG has no IHDR header');
  const tail = file.bytes(file.size - 12, 12);
  if (tail.toString('latin1', 4, 8) !== 'IEND') throw unreadable('the PNG ends early (no IEND chunk): it may be cut off, save or upload it again');
  const colourType = head[25] ?? 0;
  // Colour types 4 and 6 carry alpha; a palette PNG may add it with tRNS, counted as alpha too.
  return checked({ format: 'png', width: head.readUInt32BE(16), height: head.readUInt32BE(20), alpha: colourType === 4 || colourType === 6 || colourType === 3 });
}

function gif(file: Reader, head: Buffer): ImageHeader {
  if (file.bytes(file.size - 1, 1)[0] !== 0x3b) throw unreadable('the GIF ends early (no trailer byte): it may be cut off');
  return checked({ format: 'gif', width: head.readUInt16LE(6), height: head.readUInt16LE(8), alpha: true });
}

function webp(file: Reader, head: Buffer): ImageHeader {
  if (head.readUInt32LE(4) + 8 > file.size) throw unreadable('the WebP file is shorter than its header says: it may be cut off');
  const chunk = head.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') return checked({ format: 'webp', width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff, alpha: false });
  if (chunk === 'VP8L') {
    const b = head.subarray(21, 25);
    return checked({ format: 'webp', width: 1 + (b[0]! | ((b[1]! & 0x3f) << 8)), height: 1 + ((b[1]! >> 6) | (b[2]! << 2) | ((b[3]! & 0x0f) << 10)), alpha: true });
  }
  if (chunk === 'VP8X') return checked({ format: 'webp', width: 1 + head.readUIntLE(24, 3), height: 1 + head.readUIntLE(27, 3), alpha: ((head[20] ?? 0) & 0x10) !== 0 });
  throw unreadable(`the WebP file has an unknown first chunk "${chunk}"`);
}

/** JPEG: walk the segments to the frame header; read the EXIF orientation on the way. */
function jpeg(file: Reader): ImageHeader {
  const tail = file.bytes(file.size - 2, 2);
  if (tail[0] !== 0xff || tail[1] !== 0xd9) throw unreadable('the JPEG ends early (no end marker): it may be cut off, save or upload it again');
  let offset = 2;
  let orientation = 1;
  // A JPEG has a few dozen segments at most before its frame; the count bounds a hostile file.
  for (let segments = 0; segments < 1000 && offset + 4 <= file.size; segments++) {
    const marker = file.bytes(offset, 4);
    if (marker[0] !== 0xff) throw unreadable('the JPEG\'s segments are damaged');
    const type = marker[1]!;
    if (type === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const length = marker.readUInt16BE(2);
    if (length < 2) throw unreadable('the JPEG\'s segments are damaged');
    const isFrame = type >= 0xc0 && type <= 0xcf && type !== 0xc4 && type !== 0xc8 && type !== 0xcc;
    if (isFrame) {
      const frame = file.bytes(offset + 5, 4);
      if (frame.length < 4) break;
      const height = frame.readUInt16BE(0);
      const width = frame.readUInt16BE(2);
      const turned = orientation >= 5 && orientation <= 8;
      return checked({ format: 'jpeg', width: turned ? height : width, height: turned ? width : height, alpha: false });
    }
    if (type === 0xe1) orientation = exifOrientation(file.bytes(offset + 4, Math.min(length - 2, 64 * 1024))) ?? orientation;
    if (type === 0xda || type === 0xd9) break; // image data before any frame header
    offset += 2 + length;
  }
  throw unreadable('the JPEG has no frame header, so its size cannot be read');
}

/** Orientation (tag 0x0112) from an APP1 segment's payload, or undefined. */
function exifOrientation(app1: Buffer): number | undefined {
  if (app1.length < 14 || app1.toString('latin1', 0, 6) !== 'Exif\0\0') return undefined;
  const tiff = app1.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (at + 2 <= tiff.length ? (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at)) : 0);
  const u32 = (at: number) => (at + 4 <= tiff.length ? (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at)) : 0);
  const ifd = u32(4);
  const count = u16(ifd);
  for (let i = 0; i < Math.min(count, 512); i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** AVIF (ISO-BMFF): the largest image-spatial-extents box near the start is the image's size. */
function avif(file: Reader, head: Buffer): ImageHeader {
  const brands = file.bytes(8, Math.max(0, Math.min(head.readUInt32BE(0), 256) - 8)).toString('latin1');
  if (!/avif|avis/.test(brands)) throw unreadable('the file is an ISO media file but not an AVIF image');
  // Top-level boxes must add up to the file's length: a cut-off file does not.
  let offset = 0;
  for (let boxes = 0; offset < file.size && boxes < 10_000; boxes++) {
    const box = file.bytes(offset, 16);
    if (box.length < 8) break;
    let length = box.readUInt32BE(0);
    if (length === 1 && box.length >= 16) length = Number(box.readBigUInt64BE(8));
    if (length === 0) length = file.size - offset;
    if (length < 8) break;
    offset += length;
  }
  if (offset !== file.size) throw unreadable('the AVIF file is shorter or longer than its boxes say: it may be cut off');
  const start = file.bytes(0, 64 * 1024);
  let width = 0;
  let height = 0;
  for (let at = start.indexOf('ispe', 0, 'latin1'); at >= 4 && at + 16 <= start.length; at = start.indexOf('ispe', at + 4, 'latin1')) {
    const w = start.readUInt32BE(at + 8);
    const h = start.readUInt32BE(at + 12);
    if (w * h > width * height) [width, height] = [w, h];
  }
  return checked({ format: 'avif', width, height, alpha: true });
}
