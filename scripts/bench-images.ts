/**
 * `npm run bench:images`: what the image pipeline costs per photo, cold (empty cache)
 * and cached, on generated 12-megapixel phone-style JPEGs with EXIF (the same maker as
 * the build test). Prints figures; asserts nothing. `-- --n 6` sets the number of photos.
 *
 * Every photo becomes the files a build publishes for it (src/lib/media/published-media.ts):
 * the plain file at most 1,600 pixels wide and the WebP sizes of its srcset.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deriveImage, imageCacheStats, sha256 } from '../src/lib/media/derive-image.ts';
import { fallbackWidth, variantWidths, webFormat } from '../src/lib/media/image-variants.ts';
import { phonePhoto } from '../tests/helpers/media-fixture.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '4' } } });
const count = Math.max(1, Number(values.n));
const cache = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-bench-images-'));

console.log(`Making ${count} 12-megapixel photos (4000×3000 JPEG with EXIF)…`);
const photos = await Promise.all(Array.from({ length: count }, (_, i) => phonePhoto(4000 - i * 8, 3000)));

async function publishAll(): Promise<{ ms: number; bytes: number[] }> {
  const started = performance.now();
  const sizes: number[] = [];
  for (const bytes of photos) {
    // As a build reads a photo: its hash once, its bytes only when a size is not cached.
    const photo = { sha256: sha256(bytes), read: () => bytes };
    const files = await Promise.all([
      deriveImage(photo, { width: fallbackWidth(4000), format: 'jpeg' }, cache),
      ...variantWidths(4000).map((width) => deriveImage(photo, { width, format: webFormat }, cache)),
    ]);
    sizes.push(files.reduce((sum, file) => sum + file.length, 0));
  }
  return { ms: performance.now() - started, bytes: sizes };
}

try {
  const cold = await publishAll();
  const encoded = imageCacheStats.misses;
  const cached = await publishAll();
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const average = photos.reduce((sum, p) => sum + p.length, 0) / photos.length;
  console.log(`\nper photo (${count} photos, ${encoded / count} files each: JPEG ≤1,600 px + ${variantWidths(4000).length} WebP sizes)`);
  console.log(`  original:   ${kb(average)} on average`);
  console.log(`  published:  ${kb(cold.bytes.reduce((a, b) => a + b, 0) / count)} for all its files together`);
  console.log(`  cold:       ${(cold.ms / count).toFixed(0)} ms (empty cache)`);
  console.log(`  cached:     ${(cached.ms / count).toFixed(1)} ms (${imageCacheStats.hits} cache hits)`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
