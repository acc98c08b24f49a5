/**
 * The media files in `content/`: photos in `images/` and recordings in `videos/`. A
 * photo too large to be useful on a page (over 40 megapixels or 50 MB), a file that is
 * not the image its name says or is cut off, a video the wiki cannot publish, and any
 * symbolic link are errors naming the file. Only headers are read (a few small reads per
 * file), so `npm run check` stays fast on a folder of phone photos.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { imageExtensions, imagesDir } from './body/site-files.ts';
import type { Problem } from './problem.ts';
import { ImageHeaderError, readImageHeader } from '../media/image-header.ts';
import { imageLimits } from '../media/image-variants.ts';
import { checkVideoFile, videoExtensions, videosDir } from '../media/video-file.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Every entry below `dir` (relative, forward slashes) that is a file or a symbolic link; links are never followed. */
function entriesBelow(dir: string): { relative: string; link: boolean }[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => ({ relative: path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'), link: d.isSymbolicLink() }))
    .filter(({ relative }) => !relative.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => a.relative.localeCompare(b.relative));
}

export function checkMedia(contentDir: string, display: (abs: string) => string): Problem[] {
  const problems: Problem[] = [];
  const error = (abs: string, message: string, hint: string) => problems.push({ severity: 'error', file: display(abs), message, hint });
  const linkError = (abs: string) => error(abs, 'this is a symbolic link: the wiki only publishes files that are really in the content folder', 'replace the link with a copy of the file');

  const images = path.join(contentDir, imagesDir);
  for (const { relative, link } of entriesBelow(images)) {
    const abs = path.join(images, relative);
    if (link) {
      linkError(abs);
      continue;
    }
    if (!imageExtensions.has(path.extname(relative).toLowerCase())) continue; // stray-files.ts says what to do
    const size = lstatSync(abs).size;
    if (size > imageLimits.maxBytes) {
      error(abs, `the image is ${megabytes(size)}, over the ${megabytes(imageLimits.maxBytes)} a page can use`, 'export it as a JPEG of at most 4,000 pixels wide (a phone photo is 2–12 MB)');
      continue;
    }
    try {
      const header = readImageHeader(abs, size);
      const pixels = header.width * header.height;
      if (pixels > imageLimits.maxPixels) {
        error(abs, `the image is ${header.width}×${header.height} pixels (${(pixels / 1e6).toFixed(0)} megapixels), over the ${imageLimits.maxPixels / 1e6} megapixels the wiki resizes`, 'export it at most 4,000 pixels wide; pages show it at most 1,600 pixels wide');
      }
    } catch (cause) {
      if (!(cause instanceof ImageHeaderError)) throw cause;
      error(abs, `the image cannot be read: ${cause.message}`, 'open it in an image editor and export it again as JPEG, PNG or WebP');
    }
  }

  const videos = path.join(contentDir, videosDir);
  for (const { relative, link } of entriesBelow(videos)) {
    const abs = path.join(videos, relative);
    if (link) {
      linkError(abs);
      continue;
    }
    if (path.basename(relative) === 'README.md') continue;
    if (!videoExtensions.has(path.extname(relative).toLowerCase())) {
      error(abs, `"${path.basename(relative)}" is not a video format the wiki publishes`, 'convert it to MP4 (H.264 video, AAC sound), which every browser plays, or upload it to YouTube or Vimeo and use <Video src="https://…">');
      continue;
    }
    const problem = checkVideoFile(abs, lstatSync(abs).size);
    if (problem) error(abs, problem.message, problem.hint);
  }
  return problems;
}
