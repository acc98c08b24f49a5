/**
 * The files a page may load: images authors put in `content/images/` (served at
 * `/images/<file>`) and the site's own files in `public/`. An image path is checked
 * against them, so a typo is caught by `npm run check` with a did-you-mean instead of
 * showing as a broken picture.
 */
import path from 'node:path';
import { closestMatches } from '../../did-you-mean.ts';
import { judgeLoaded, type UrlVerdict } from './urls.ts';
import { listFiles } from '../list-files.ts';

/** The folder under `content/` whose files are served at `/images/`. */
export const imagesDir = 'images';

/** Image formats a page may show. SVG is left out: opened on its own, an SVG file is a document that can run scripts. */
export const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif']);

export interface SiteFiles {
  /** Paths under content/images/, with forward slashes. */
  images: ReadonlySet<string>;
  /** Paths under public/, with forward slashes. */
  publicFiles: ReadonlySet<string>;
  /** Paths under content/videos/, with forward slashes. */
  videos?: ReadonlySet<string>;
}

/** Lists the files of `content/images/` and `public/`. */
export function readSiteFiles(contentDir: string, publicDir = path.resolve('public')): SiteFiles {
  const forward = (files: string[]) => files.map((f) => f.split(path.sep).join('/'));
  return {
    images: new Set(forward(listFiles(path.join(contentDir, imagesDir)))),
    publicFiles: new Set(forward(listFiles(publicDir))),
    videos: new Set(forward(listFiles(path.join(contentDir, 'videos')))),
  };
}

/** An image URL: from the site itself, written from the site's root, and a file that exists. */
export function judgeLoadedFile(url: string, files: SiteFiles): UrlVerdict {
  const origin = judgeLoaded(url);
  if (!origin.ok) return origin;
  const pathPart = url.trim().split(/[?#]/)[0] ?? '';
  let decoded = pathPart;
  try {
    decoded = decodeURI(pathPart);
  } catch {
    // A malformed escape is looked up as written.
  }
  if (!decoded.startsWith('/')) {
    return { ok: false, message: `the image path "${url}" is relative, so it would break on every page but one`, hint: `write it from the site's root: /${imagesDir}/${decoded.replace(/^(\.\.?\/)+/, '').replace(new RegExp(`^${imagesDir}/`), '')}` };
  }
  const prefix = `/${imagesDir}/`;
  if (decoded.startsWith(prefix)) {
    const name = decoded.slice(prefix.length);
    if (files.images.has(name)) {
      return imageExtensions.has(path.extname(name).toLowerCase())
        ? { ok: true }
        : { ok: false, message: `"${name}" is not an image format pages may show`, hint: `use ${[...imageExtensions].join(', ')}; convert an SVG to PNG` };
    }
    const showable = [...files.images].filter((file) => imageExtensions.has(path.extname(file).toLowerCase()));
    const suggestion = closestMatches(name, showable, 1)[0];
    return {
      ok: false,
      message: `no file content/${imagesDir}/${name} exists`,
      hint: suggestion ? `did you mean ${prefix}${suggestion}?` : `add the file to content/${imagesDir}/, or fix the path`,
    };
  }
  if (files.publicFiles.has(decoded.slice(1))) return { ok: true };
  return { ok: false, message: `no image exists at ${decoded} on the site`, hint: `put images in content/${imagesDir}/ and write ${prefix}<file>` };
}
