/**
 * Every image file the wiki publishes is made here, with sharp (the library Astro's own
 * image service uses): turned upright by its EXIF orientation, resized, converted to
 * sRGB and re-encoded. sharp writes no metadata unless asked, so the EXIF, XMP and IPTC
 * blocks (GPS position, camera serial, the photographer's name) and the colour profile
 * are left behind, the colours converted rather than lost.
 *
 * Results are cached by content: the key is a SHA-256 of the source bytes with the
 * width, format, encoder settings and sharp's version, so a rebuild only encodes new or
 * changed photos, whatever their names or dates. `WIKI_CACHE_DIR` moves the cache with
 * the build's other caches; CI keeps `node_modules/.cache/devrel-wiki/images` between runs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { imageLimits } from './image-variants.ts';
import type { ImageFormat } from './image-header.ts';

export interface DeriveSpec {
  /** Width in pixels; the image is never enlarged. */
  width: number;
  format: ImageFormat;
}

/** Bump when the settings below change what is encoded, to drop every cached file. */
const pipelineVersion = '1';

const encoders = {
  jpeg: { quality: 80, progressive: true, mozjpeg: true },
  png: { compressionLevel: 9, effort: 7 },
  webp: { quality: 78, effort: 4 },
  avif: { quality: 55, effort: 4 },
  gif: { effort: 7 },
} as const;

/** Folder of derived files. */
export function imageCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.WIKI_CACHE_DIR ? path.resolve(env.WIKI_CACHE_DIR, 'images') : path.resolve('node_modules/.cache/devrel-wiki/images');
}

/** Hits and misses since the process started, for the bench and build logs. */
export const imageCacheStats = { hits: 0, misses: 0, encodeMs: 0 };

/** Encodes of the same file and spec that are under way, so concurrent requests share one. */
const pending = new Map<string, Promise<Buffer>>();

/** A photo to derive from: its bytes, or a SHA-256 of them with a way to read them when the cache misses. */
export type ImageSource = Buffer | { sha256: string; read: () => Buffer };

/** The SHA-256 of a photo's bytes, hex. */
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The bytes of `source` as `spec`, from the cache when made before. */
export function deriveImage(source: ImageSource, spec: DeriveSpec, dir: string = imageCacheDir()): Promise<Buffer> {
  const sourceHash = Buffer.isBuffer(source) ? sha256(source) : source.sha256;
  const key = createHash('sha256').update(`${pipelineVersion} sharp@${sharp.versions.sharp} ${spec.format} ${spec.width} ${JSON.stringify(encoders[spec.format])} ${sourceHash}`).digest('hex');
  const file = path.join(dir, `${key}.${spec.format}`);
  try {
    const cached = readFileSync(file);
    imageCacheStats.hits++;
    return Promise.resolve(cached);
  } catch {
    // Not made yet.
  }
  const running = pending.get(key);
  if (running) return running;
  const made = encode(Buffer.isBuffer(source) ? source : source.read(), spec).then((bytes) => {
    mkdirSync(dir, { recursive: true });
    // Written under a temporary name and renamed, so a parallel build never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    return bytes;
  }).finally(() => pending.delete(key));
  pending.set(key, made);
  return made;
}

async function encode(source: Buffer, spec: DeriveSpec): Promise<Buffer> {
  const started = performance.now();
  imageCacheStats.misses++;
  // Animation is kept only where the output format can hold it.
  const animated = spec.format === 'gif' || spec.format === 'webp';
  const image = sharp(source, { animated, failOn: 'error', limitInputPixels: Math.ceil(imageLimits.maxPixels * 1.05) })
    .rotate()
    .resize({ width: spec.width, withoutEnlargement: true })
    .toColourspace('srgb');
  const output = spec.format === 'jpeg'
    ? image.flatten({ background: '#ffffff' }).jpeg(encoders.jpeg)
    : spec.format === 'png' ? image.png(encoders.png)
    : spec.format === 'webp' ? image.webp(encoders.webp)
    : spec.format === 'avif' ? image.avif(encoders.avif)
    : image.gif(encoders.gif);
  const bytes = await output.toBuffer();
  imageCacheStats.encodeMs += performance.now() - started;
  return bytes;
}
