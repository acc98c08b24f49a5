/**
 * Video files kept in `content/videos/`, for a short clip that has no home on YouTube or
 * Vimeo. MP4 only: every browser plays H.264 MP4, so one file serves everyone. A phone
 * video carries its metadata in boxes of its own (`udta` holds the GPS position as
 * `©xyz`, `meta` and Adobe's XMP `uuid` box hold names and devices): the published copy
 * turns each of those into a `free` box of the same length filled with zeros, so no
 * offset in the file moves, nothing is re-encoded, and none of those bytes is published.
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

/** A copy of the MP4 `bytes` with every metadata box blanked into a `free` box. */
export function withoutVideoMetadata(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  blank(out, 0, out.length, 0);
  return out;
}

function blank(buffer: Buffer, start: number, end: number, depth: number): void {
  let offset = start;
  while (offset + 8 <= end) {
    let length = buffer.readUInt32BE(offset);
    let header = 8;
    if (length === 1 && offset + 16 <= end) {
      length = Number(buffer.readBigUInt64BE(offset + 8));
      header = 16;
    }
    if (length === 0) length = end - offset;
    if (length < header || offset + length > end) return;
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const isXmp = type === 'uuid' && buffer.toString('hex', offset + header, offset + header + 16) === xmpUuid;
    if (metadataBoxes.has(type) || isXmp) {
      buffer.write('free', offset + 4, 'latin1');
      buffer.fill(0, offset + header, offset + length);
    } else if (containerBoxes.has(type) && depth < 8) {
      blank(buffer, offset + header, offset + length, depth + 1);
    }
    offset += length;
  }
}
