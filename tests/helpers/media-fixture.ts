/**
 * A wiki with photos, recordings and diagrams, made fresh in a temporary folder: the
 * good-content fixture plus a 12-megapixel phone-style JPEG whose EXIF holds a GPS
 * position, an artist and a camera serial (written by sharp here, so the test owns what
 * must not leak), a transparent PNG, a WebP, a small MP4 whose metadata box holds a
 * location, a recap with a cover, a gallery and two videos, and a chapter with a
 * flowchart and a sequence diagram. `broken: true` adds what the check must refuse.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** Strings that are in the originals' metadata and must be in no published byte. */
export const secrets = { artist: 'Quinn Photographer-Secret', serial: 'SN-4815162342', gpsRef: 'GPSLatitude', place: '+52.3731+004.8922/' };

export const youtubeId = 'aqz-KE-bpKQ';

/** A valid PNG of one colour, made synchronously (for unit tests that cannot await sharp). */
export function tinyPng(width = 64, height = 48): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** A phone photo: 4000×3000 with texture, so it weighs what a real one does; EXIF with GPS and names. */
export async function phonePhoto(width = 4000, height = 3000): Promise<Buffer> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  // Smooth gradients with a little pseudo-random grain: compresses like a photo, not like noise.
  let seed = 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed >> 16) % 24;
      const i = (y * width + x) * channels;
      pixels[i] = (x * 255) / width + grain;
      pixels[i + 1] = (y * 255) / height + grain;
      pixels[i + 2] = ((x + y) * 128) / (width + height) + 60 + grain;
    }
  }
  return sharp(pixels, { raw: { width, height, channels } })
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Artist: secrets.artist, Make: 'PhoneMaker', Model: 'Phone 15', Copyright: secrets.artist },
      IFD2: { BodySerialNumber: secrets.serial },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 23/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 32/1' },
    })
    .toBuffer();
}

/** One MP4 box: a 32-bit length, a four-letter type, then its payload. */
const mp4Box = (type: string, ...payload: Buffer[]) => {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
};

/** A minimal MP4: ftyp, a moov whose udta holds a ©xyz location, and an mdat. Not playable; enough to publish and check. */
export function smallMp4(): Buffer {
  const ftyp = mp4Box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1'));
  const location = mp4Box('\xa9xyz', Buffer.from(`\0\x12\x15\xc7${secrets.place}`, 'latin1'));
  const moov = mp4Box('moov', mp4Box('mvhd', Buffer.alloc(100)), mp4Box('udta', location));
  const mdat = mp4Box('mdat', Buffer.alloc(2048, 7));
  return Buffer.concat([ftyp, moov, mdat]);
}

const u32s = (...values: number[]) => {
  const out = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => out.writeUInt32BE(v, i * 4));
  return out;
};
/** A full box's version and flags: four zero bytes. */
const fullBox = Buffer.alloc(4);

/** How a telemetry fixture writes its sample table: the box kinds cameras use. */
export interface TelemetryLayout {
  /** `stsz` (32-bit sizes) or `stz2` (compact, 16-bit sizes). */
  sizes: 'stsz' | 'stz2';
  /** `stco` (32-bit chunk offsets) or `co64`. */
  offsets: 'stco' | 'co64';
}

/**
 * An MP4 from an action camera: a picture track and a GoPro-style GPMF telemetry track
 * (handler `meta`) whose three samples, in two chunks between picture chunks in `mdat`,
 * each hold the GPS position `secrets.place`. Returns the file and where the picture's
 * bytes are, to prove they survive. Not playable; the boxes are what a reader walks.
 */
export function telemetryMp4(layout: TelemetryLayout = { sizes: 'stsz', offsets: 'stco' }): { file: Buffer; picture: { start: number; bytes: Buffer } } {
  const gps = (n: number) => Buffer.from(`GPS5${secrets.place}#${n}`, 'latin1');
  const samples = [gps(1), gps(2), gps(3)];
  const picture = Buffer.alloc(600, 0x5a);
  const ftyp = mp4Box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1'));
  // mdat: picture, telemetry chunk 1 (samples 1 and 2), picture, telemetry chunk 2 (sample 3).
  const mdatBody = Buffer.concat([picture, samples[0]!, samples[1]!, picture, samples[2]!]);
  const trak = (handler: string, table: Buffer[]) =>
    mp4Box('trak', mp4Box('tkhd', Buffer.alloc(84)), mp4Box('mdia', mp4Box('mdhd', Buffer.alloc(24)), mp4Box('hdlr', fullBox, u32s(0), Buffer.from(handler, 'latin1'), Buffer.alloc(12), Buffer.from('\0')), mp4Box('minf', mp4Box('stbl', ...table))));
  const build = (mdatStart: number) => {
    const chunkStarts = [mdatStart + picture.length, mdatStart + 2 * picture.length + samples[0]!.length + samples[1]!.length];
    const sizes = samples.map((s) => s.length);
    const stsz = layout.sizes === 'stsz' ? mp4Box('stsz', fullBox, u32s(0, sizes.length, ...sizes)) : mp4Box('stz2', fullBox, Buffer.from([0, 0, 0, 16]), u32s(sizes.length), Buffer.from(sizes.flatMap((n) => [n >> 8, n & 0xff])));
    const offsets = layout.offsets === 'stco' ? mp4Box('stco', fullBox, u32s(2, ...chunkStarts)) : mp4Box('co64', fullBox, u32s(2, 0, chunkStarts[0]!, 0, chunkStarts[1]!));
    const stsc = mp4Box('stsc', fullBox, u32s(2, 1, 2, 1, 2, 1, 1));
    const video = trak('vide', [mp4Box('stsz', fullBox, u32s(picture.length, 2)), mp4Box('stsc', fullBox, u32s(1, 1, 1, 1)), mp4Box('stco', fullBox, u32s(2, mdatStart, mdatStart + picture.length + 2 * samples[0]!.length))]);
    const telemetry = trak('meta', [mp4Box('stsd', fullBox, u32s(1), mp4Box('gpmd', Buffer.alloc(8))), stsc, stsz, offsets]);
    return mp4Box('moov', mp4Box('mvhd', Buffer.alloc(100)), video, telemetry);
  };
  // The offsets depend on moov's length, which does not depend on them: build once to measure.
  const mdatStart = ftyp.length + build(0).length + 8;
  const file = Buffer.concat([ftyp, build(mdatStart), mp4Box('mdat', mdatBody)]);
  return { file, picture: { start: mdatStart, bytes: picture } };
}

const recap = `---
title: "DevDay Lisbon: photos, the keynote and what we learned"
event:
  name: DevDay Lisbon 2026
  start: 2026-05-10
  location: Lisbon, LX Factory
  format: in-person
program: ambassadors
audience: 240
speakers:
  - maria-lopez
why: Lisbon's developers asked for offline-first examples.
visibility: external
tags:
  - offline-first
cover:
  src: /images/phone.jpg
  alt: The hall before the keynote, every seat taken
links:
  - label: "Keynote recording"
    url: https://www.youtube.com/watch?v=${youtubeId}
    kind: recording
  - label: Slides
    url: https://slides.example.com/lisbon
---

The room filled up early.

![Our booth, seen from the entrance](/images/phone.jpg)

<Gallery label="DevDay Lisbon">
<Figure src="/images/phone.jpg" alt="The hall from the back" caption="Before the keynote" />
<Figure src="/images/sticker.png" alt="Our new sticker, a lighthouse" caption="The sticker" />
<Figure src="/images/room.webp" alt="Workshop room with laptops open" caption="Workshop" />
</Gallery>

<Video src="https://youtu.be/${youtubeId}" title="Keynote: offline first in ten minutes" />

<Video src="/videos/clip.mp4" title="The booth in thirty seconds" poster="/images/room.webp" />
`;

const chapter = `---
title: How a recap gets published
order: 3
summary: From the event to the wiki, with who does what.
owner: maria-lopez
reviewed: 2026-09-15
---

## The flow

\`\`\`mermaid
flowchart TD
  A[Write the recap] --> B{Photos?}
  B -->|yes| C[Put them in content/images]
  B -->|no| D[Open a pull request]
  C --> D
\`\`\`

## Who talks to whom

\`\`\`mermaid
sequenceDiagram
  participant A as Advocate
  participant R as Reviewer
  A->>R: Opens a pull request
  R-->>A: Asks for alt text
  A->>R: Adds it
\`\`\`
`;

const brokenChapter = `---
title: A broken diagram
order: 4
summary: This chapter has a diagram that does not parse.
owner: maria-lopez
reviewed: 2026-09-15
---

Some text.

\`\`\`mermaid
flowchart TD
  A[Start --> B
\`\`\`
`;

export interface MediaFixture {
  dir: string;
  /** Bytes of the phone photo as written. */
  photoBytes: number;
}

export async function mediaFixture(options: { broken?: boolean } = {}): Promise<MediaFixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-media-'));
  cpSync(path.resolve(import.meta.dirname, '../fixtures/good-content'), dir, { recursive: true });
  mkdirSync(path.join(dir, 'images'));
  mkdirSync(path.join(dir, 'videos'));
  const photo = await phonePhoto();
  writeFileSync(path.join(dir, 'images/phone.jpg'), photo);
  const sticker = await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 30, g: 120, b: 200, alpha: 0.5 } } })
    .png()
    .withMetadata({ exif: { IFD0: { Artist: secrets.artist } } })
    .toBuffer();
  writeFileSync(path.join(dir, 'images/sticker.png'), sticker);
  writeFileSync(path.join(dir, 'images/room.webp'), await sharp(await phonePhoto(1200, 900)).webp({ quality: 80 }).withExif({ IFD0: { Artist: secrets.artist } }).toBuffer());
  writeFileSync(path.join(dir, 'videos/clip.mp4'), smallMp4());
  writeFileSync(path.join(dir, 'recaps/2026/2026-05-10-devday-lisbon.mdx'), recap);
  writeFileSync(path.join(dir, 'roadbook/03-publishing.mdx'), chapter);
  if (options.broken) {
    writeFileSync(path.join(dir, 'roadbook/04-broken.mdx'), brokenChapter);
    // Wider than 40 megapixels: 8000×6000, a flat colour so it is quick to make.
    writeFileSync(path.join(dir, 'images/panorama.jpg'), await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#88aacc' } }).jpeg().toBuffer());
    writeFileSync(path.join(dir, 'images/cut-off.jpg'), photo.subarray(0, Math.floor(photo.length / 2)));
  }
  return { dir, photoBytes: photo.length };
}
