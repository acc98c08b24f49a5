/** Site settings for pages, read once from `content/site.yaml` (already validated by the content guard). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { defaultSiteConfig, siteConfigFile, siteSchema, type SiteConfig } from '../schemas/site.ts';
import { contentDir } from '../lib/paths.ts';

function load(): SiteConfig {
  let text: string;
  try {
    text = readFileSync(path.join(contentDir, siteConfigFile), 'utf8');
  } catch {
    return defaultSiteConfig;
  }
  return siteSchema.parse(parse(text));
}

export const site: SiteConfig = load();
