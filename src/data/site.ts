/** Site settings for pages, read once from `content/site.yaml` (already validated by the content guard). */
import path from 'node:path';
import { defaultSiteConfig, siteConfigFile, siteSchema, type SiteConfig } from '../schemas/site.ts';
import { contentDir } from '../lib/paths.ts';
import { readContentText } from '../lib/content-fs.ts';
import { maxTextFileBytes } from '../lib/check/limits.ts';
import { readSourceFile } from '../lib/check/source-file.ts';

function load(): SiteConfig {
  let text: string;
  try {
    // Never through a link (content-fs.ts): the content guard has refused one already,
    // and this read must not be the one that prints a secrets file in an error.
    text = readContentText(contentDir, path.join(contentDir, siteConfigFile), maxTextFileBytes);
  } catch {
    return defaultSiteConfig;
  }
  // Read as the content check reads it (limits on size, aliases and depth); a file the
  // check refuses gives the defaults here, and the check's error stops the build.
  const parsed = siteSchema.safeParse(readSourceFile(text, 'data').data ?? {});
  return parsed.success ? parsed.data : defaultSiteConfig;
}

export const site: SiteConfig = load();
