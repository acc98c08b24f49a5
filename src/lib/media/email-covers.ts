/**
 * Recap covers for the digest e-mail: mail clients show JPEG and PNG, not WebP, and the
 * e-mail's column is 640 pixels, so each cover is written beside the HTML as a 600-pixel
 * JPEG (PNG when the photo may be transparent), re-encoded without metadata like every
 * published photo (derive-image.ts).
 */
import type { EmailCover } from '../digest/email-html.ts';
import type { DigestRecap } from '../digest/model.ts';
import { contentImage, contentImageSource } from './content-images.ts';
import { deriveImage } from './derive-image.ts';
import { extensionOf, heightAt, plainFormat } from './image-variants.ts';

/** The e-mail's 640-pixel column less its padding. */
export const emailCoverWidth = 600;

export async function emailCovers(contentDir: string, recaps: readonly DigestRecap[]): Promise<Array<EmailCover & { bytes: Buffer }>> {
  const covers: Array<EmailCover & { bytes: Buffer }> = [];
  for (const recap of recaps) {
    const header = recap.cover ? contentImage(contentDir, recap.cover.file) : undefined;
    if (!recap.cover || !header) continue;
    const width = Math.min(emailCoverWidth, header.width);
    const format = plainFormat(header);
    const bytes = await deriveImage(contentImageSource(contentDir, recap.cover.file), { width, format });
    covers.push({ recapId: recap.id, src: `cover-${recap.id}.${extensionOf(format)}`, width, height: heightAt(header, width), bytes });
  }
  return covers;
}
