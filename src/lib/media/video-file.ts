/**
 * Video files kept in `content/videos/`, for a short clip that has no home on YouTube or
 * Vimeo. MP4 only: every browser plays H.264 MP4, so one file serves everyone. A phone
 * video carries its metadata in boxes of its own (`udta` holds the GPS position as
 * `©xyz`, `meta` and Adobe's XMP `uuid` box hold names and devices): the published copy
 * turns each of those into a `free` box of the same length filled with zeros, so no
 * offset in the file moves, nothing is re-encoded, and none of those bytes is published.
 *
 * Some cameras also record a timed metadata TRACK beside the picture and sound: a GoPro's
 * GPMF telemetry (GPS position every frame), an iPhone's `mebx` track, Google's `camm`
 * camera motion. Its samples sit in `mdat` with the pictures, so its boxes are kept (the
 * track stays well-formed) and the bytes of every one of its samples are zeroed.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** The folder under `content/` whose files are served at `/videos/`. */
export const videosDir = 'videos';

export const videoExtensions = new Set(['.mp4', '.m4v']);

/** 50 MB: GitHub warns at this size; a longer recording belongs on YouTube or Vimeo. */
export const maxVideoBytes = 50 * 1024 * 1024;

const xmpUuid = 'be7acfcb97a942e89c71999491e3afac';
/** Boxes holding metadata rather than pictures or sound. */
const metadataBoxes = new Set(['udta', 'meta', 'XMP_']);
/** Boxes whose children are boxes, on the way to the metadata. */
const containerBoxes = new Set(['moov', 'trak', 'mdia', 'minf', 'edts']);

/** What is wrong with the MP4 file at `abs`, for authors; undefined when it can be published. */
export function checkVideoFile(abs: string, size: number): { message: string; hint: string } | undefined {
  if (size > maxVideoBytes) {
    return { message: `the video is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxVideoBytes / 1024 / 1024} MB the wiki keeps in git`, hint: 'upload it to YouTube or Vimeo and write <Video src="https://…" title="…" />, or shorten it' };
  }
  const fd = openSync(abs, 'r');
  try {
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, 0);
    if (head.toString('latin1', 4, 8) !== 'ftyp') return { message: 'the file is not an MP4 video', hint: 'export it again as MP4 (H.264 video, AAC sound)' };
    // Top-level boxes must add up to the file's length: a cut-off upload does not.
    let offset = 0;
    const box = Buffer.alloc(16);
    for (let count = 0; offset < size && count < 100_000; count++) {
      const read = readSync(fd, box, 0, 16, offset);
      if (read < 8) break;
      let length = box.readUInt32BE(0);
      if (length === 1 && read >= 16) length = Number(box.readBigUInt64BE(8));
      if (length === 0) length = size - offset;
      if (length < 8) break;
      offset += length;
    }
    if (offset !== size) return { message: 'the MP4 file is shorter or longer than its boxes say: it may be cut off', hint: 'export or upload it again' };
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Track handlers whose samples are metadata, not pictures or sound: ISO timed metadata
 * (`meta`: GoPro GPMF, Apple `mebx`) and Google's camera motion (`camm`).
 */
const metadataHandlers = new Set(['meta', 'camm']);

/** A copy of the MP4 `bytes` with every metadata box blanked into a `free` box, and every metadata track's samples zeroed. */
export function withoutVideoMetadata(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  // Samples first: blanking turns a track's `meta` boxes into `free`, but never its `hdlr` or sample table.
  for (const trak of boxesAt(out, 0, out.length, ['moov', 'trak'])) {
    const handler = boxesAt(out, trak.start, trak.end, ['mdia', 'hdlr'])[0];
    // hdlr: version and flags (4), pre_defined (4), handler_type (4).
    if (handler && handler.end - handler.start >= 12 && metadataHandlers.has(out.toString('latin1', handler.start + 8, handler.start + 12))) {
      for (const [start, end] of sampleRanges(out, trak)) out.fill(0, start, end);
    }
  }
  blank(out, 0, out.length, 0);
  return out;
}

/** A box's payload: from after its header to its end. */
interface BoxSpan {
  start: number;
  end: number;
}

/** One box: its type, where it starts (its header), where its payload starts, and its end. */
interface Box extends BoxSpan {
  type: string;
  offset: number;
}

/**
 * The boxes side by side from `start` to `end`, read from their headers (32-bit, 64-bit
 * or "to the end" lengths). Stops at the first header that does not fit: a cut-off or
 * lying file yields what it holds, never a read past it.
 */
function* boxes(buffer: Buffer, start: number, end: number): Generator<Box> {
  let offset = start;
  for (let count = 0; offset + 8 <= end && count < 100_000; count++) {
    let length = buffer.readUInt32BE(offset);
    let header = 8;
    if (length === 1 && offset + 16 <= end) {
      length = Number(buffer.readBigUInt64BE(offset + 8));
      header = 16;
    }
    if (length === 0) length = end - offset;
    if (length < header || offset + length > end) return;
    yield { type: buffer.toString('latin1', offset + 4, offset + 8), offset, start: offset + header, end: offset + length };
    offset += length;
  }
}

/** The boxes along `path` below `start`–`end` (every match at each level). */
function boxesAt(buffer: Buffer, start: number, end: number, path: readonly string[]): BoxSpan[] {
  const [type, ...rest] = path;
  const found: BoxSpan[] = [];
  for (const box of boxes(buffer, start, end)) {
    if (box.type === type) found.push(...(rest.length ? boxesAt(buffer, box.start, box.end, rest) : [box]));
  }
  return found;
}

/**
 * The byte ranges of a track's samples in the file, one chunk at a time, from its sample
 * table: chunk offsets (`stco`/`co64`), samples per chunk (`stsc`) and sample sizes
 * (`stsz`/`stz2`). Every count is bounded by its box's length and nothing is collected,
 * so a hostile table costs time in proportion to its bytes and no memory.
 */
function* sampleRanges(buffer: Buffer, trak: BoxSpan): Generator<[number, number]> {
  const table = boxesAt(buffer, trak.start, trak.end, ['mdia', 'minf', 'stbl'])[0];
  if (!table) return;
  const child = (type: string) => boxesAt(buffer, table.start, table.end, [type])[0];
  const offsets = chunkOffsets(buffer, child('stco'), child('co64'));
  const sizes = sampleSizes(buffer, child('stsz'), child('stz2'));
  const stsc = child('stsc');
  if (!offsets || !sizes || !stsc || stsc.end - stsc.start < 8) return;
  const runs = Math.min(buffer.readUInt32BE(stsc.start + 4), Math.floor((stsc.end - stsc.start - 8) / 12));
  // stsc: runs of (first_chunk, samples_per_chunk, description), first_chunk counted from 1;
  // walked once beside the chunks, so a long table costs its length, not chunks × runs.
  const run = (i: number) => ({ firstChunk: buffer.readUInt32BE(stsc.start + 8 + i * 12), samples: buffer.readUInt32BE(stsc.start + 12 + i * 12) });
  let sample = 0;
  let current = -1;
  for (let chunk = 0; chunk < offsets.count && sample < sizes.count; chunk++) {
    while (current + 1 < runs && run(current + 1).firstChunk <= chunk + 1) current++;
    const count = current < 0 ? 0 : Math.min(run(current).samples, sizes.count - sample);
    let length = sizes.fixed * count;
    if (!sizes.fixed) for (let i = 0; i < count; i++) length += sizes.size(sample + i);
    sample += count;
    const start = offsets.at(chunk);
    if (start < buffer.length) yield [start, Math.min(buffer.length, start + length)];
  }
}

/** Where each chunk of a track starts in the file, from `stco` (32-bit) or `co64` (64-bit), read as asked. */
function chunkOffsets(buffer: Buffer, stco: BoxSpan | undefined, co64: BoxSpan | undefined): { count: number; at: (i: number) => number } | undefined {
  const box = stco ?? co64;
  if (!box || box.end - box.start < 8) return undefined;
  const width = stco ? 4 : 8;
  const count = Math.min(buffer.readUInt32BE(box.start + 4), Math.floor((box.end - box.start - 8) / width));
  return { count, at: (i) => (stco ? buffer.readUInt32BE(box.start + 8 + i * 4) : Number(buffer.readBigUInt64BE(box.start + 8 + i * 8))) };
}

/** How many samples a track has and each one's size; `fixed` is their one size when all are alike (0 when they differ). */
function sampleSizes(buffer: Buffer, stsz: BoxSpan | undefined, stz2: BoxSpan | undefined): { count: number; fixed: number; size: (i: number) => number } | undefined {
  if (stsz && stsz.end - stsz.start >= 12) {
    const fixed = buffer.readUInt32BE(stsz.start + 4);
    const declared = buffer.readUInt32BE(stsz.start + 8);
    if (fixed) return { count: Math.min(declared, buffer.length), fixed, size: () => fixed };
    const count = Math.min(declared, Math.floor((stsz.end - stsz.start - 12) / 4));
    return { count, fixed: 0, size: (i) => buffer.readUInt32BE(stsz.start + 12 + i * 4) };
  }
  if (stz2 && stz2.end - stz2.start >= 12) {
    const bits = buffer.readUInt8(stz2.start + 7);
    if (bits !== 4 && bits !== 8 && bits !== 16) return undefined;
    const count = Math.min(buffer.readUInt32BE(stz2.start + 8), Math.floor(((stz2.end - stz2.start - 12) * 8) / bits));
    const at = stz2.start + 12;
    const size = (i: number): number =>
      bits === 16 ? buffer.readUInt16BE(at + i * 2) : bits === 8 ? buffer.readUInt8(at + i) : (buffer.readUInt8(at + (i >> 1)) >> (i % 2 ? 0 : 4)) & 0x0f;
    return { count, fixed: 0, size };
  }
  return undefined;
}

function blank(buffer: Buffer, start: number, end: number, depth: number): void {
  for (const box of boxes(buffer, start, end)) {
    const isXmp = box.type === 'uuid' && buffer.toString('hex', box.start, box.start + 16) === xmpUuid;
    if (metadataBoxes.has(box.type) || isXmp) {
      buffer.write('free', box.offset + 4, 'latin1');
      buffer.fill(0, box.start, box.end);
    } else if (containerBoxes.has(box.type) && depth < 8) {
      blank(buffer, box.start, box.end, depth + 1);
    }
  }
}
