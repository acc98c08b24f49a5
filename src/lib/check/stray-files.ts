/**
 * Files in content/ that no collection reads. Each would be silently missing from the
 * site (a page written and never published), so each is an error that says where the
 * file belongs: a misspelt folder, `site.yml` for `site.yaml`, a page at the top of
 * content/, a folder the wiki does not know, an image format pages may not show.
 */
import path from 'node:path';
import { collections, collectionNames } from '../../schemas/collections.ts';
import { siteConfigFile } from '../../schemas/site.ts';
import { stringsFile } from '../../i18n/overrides.ts';
import { didYouMean } from '../did-you-mean.ts';
import { imageExtensions, imagesDir } from './body/site-files.ts';
import { videosDir } from '../media/video-file.ts';
import type { Problem } from './problem.ts';
import { isDirectory, listFiles, listNames } from './list-files.ts';

/** Files any folder may hold without being content. */
const notContent = new Set(['README.md', '.gitkeep', '.DS_Store']);
/** What the wiki would read if it were in the right place. */
const contentLike = /\.(md|mdx|ya?ml|csv|json)$/i;

export function checkStrayFiles(contentDir: string, display: (abs: string) => string): Problem[] {
  const problems: Problem[] = [];
  const folders = new Set(collectionNames.map((name) => collections[name].dir));
  const folderList = [...folders].map((dir) => `content/${dir}/`).join(', ');

  for (const name of listNames(contentDir)) {
    if (notContent.has(name) || name.startsWith('.') || name === siteConfigFile || name === stringsFile) continue;
    const abs = path.join(contentDir, name);
    const file = display(abs);
    if (!isDirectory(abs)) {
      if (/^site\.(yml|json|toml)$/i.test(name) || name.toLowerCase() === siteConfigFile) {
        problems.push({ severity: 'error', file, message: `the wiki reads its settings from content/${siteConfigFile}, so "${name}" is ignored and the default settings apply`, hint: `rename it to ${siteConfigFile}` });
      } else if (contentLike.test(name)) {
        problems.push({
          severity: 'error',
          file,
          message: `"${name}" is at the top of content/, where no page is read from, so it would not be published`,
          hint: `move it into the folder of what it is: ${folderList}`,
        });
      }
      continue;
    }
    if (folders.has(name)) continue;
    // Recordings: media.ts checks each file.
    if (name === videosDir) continue;
    if (name === imagesDir) {
      for (const image of listFiles(abs)) {
        if (notContent.has(path.basename(image)) || imageExtensions.has(path.extname(image).toLowerCase())) continue;
        problems.push({
          severity: 'error',
          file: display(path.join(abs, image)),
          message: `"${path.basename(image)}" is not an image format pages may show, so it would not be published`,
          hint: `use ${[...imageExtensions].join(', ')}${/\.svg$/i.test(image) ? ' (an SVG file can carry scripts: export it as PNG)' : ''}`,
        });
      }
      continue;
    }
    const suggestion = didYouMean(name, folders);
    const stray = listFiles(abs).filter((f) => contentLike.test(f) && !notContent.has(path.basename(f)));
    if (!suggestion && stray.length === 0) continue;
    problems.push({
      severity: 'error',
      file: display(abs),
      message: `folder "${name}" is not a content collection, so ${stray.length === 1 ? 'its file' : stray.length ? `its ${stray.length} files` : 'its pages'} would be silently left out`,
      hint: suggestion ? `${suggestion} Rename the folder.` : `move the files into the folder of what they are: ${folderList}, or images into content/${imagesDir}/`,
    });
  }
  return problems;
}
