/**
 * `npm run export:recap -- <id> [--out DIR]`: writes a public-safe version of one recap,
 * as Markdown and as standalone HTML, for the company blog. Internal parts, wiki links
 * and internal fields are left out; internal recaps are refused. Default folder: export/.
 * Links to the wiki's own address are recognised from SITE_URL and BASE_PATH.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { terminalText } from '../src/lib/output/terminal.ts';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check/check-content.ts';
import { exportRecap } from '../src/lib/export/recap-export.ts';
import { exportMediaBytes } from '../src/lib/export/export-media.ts';
import { contentDir } from '../src/lib/paths.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { loadI18n } from '../src/i18n/load.ts';

const usage = 'usage: npm run export:recap -- <recap-id> [--out DIR]\n  e.g. npm run export:recap -- 2026-03-23-kubecon-eu-amsterdam';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length !== 1) {
  console.error(`${positionals.length === 0 ? 'Say which recap to export.' : `One recap at a time, got ${positionals.length}: ${positionals.join(', ')}.`}\n${usage}`);
  process.exit(2);
}

const siteUrl = process.env.SITE_URL;
const wikiUrl = siteUrl ? new URL(normalizeBase(process.env.BASE_PATH), siteUrl).toString() : undefined;
const report = checkContent(contentDir);
// Written in the site's language (`locale:` and content/strings.yaml), like its pages.
const result = exportRecap(report, positionals[0]!, wikiUrl, undefined, contentDir, loadI18n(contentDir, report.site.locale));
if (!result.ok) {
  console.error(`Not exported: ${result.message}${result.hint ? `\n  (${terminalText(result.hint, 400)})` : ''}`);
  process.exit(1);
}

const outDir = path.resolve(values.out ?? 'export');
mkdirSync(outDir, { recursive: true });
for (const file of result.files) writeFileSync(path.join(outDir, file.name), file.content);
// Photos resized and without metadata, video files with their metadata blanked: never an original.
for (const item of result.media) {
  const bytes = await exportMediaBytes(contentDir, item);
  if (!bytes) continue;
  mkdirSync(path.dirname(path.join(outDir, item.name)), { recursive: true });
  writeFileSync(path.join(outDir, item.name), bytes);
}
console.log(`Exported ${terminalText(result.file, 400)} for the blog:`);
for (const file of result.files) console.log(`  ${path.relative(process.cwd(), path.join(outDir, file.name)) || file.name}`);
if (result.media.length) console.log(`  ${result.media.length} photo and video file${result.media.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), path.join(outDir, path.dirname(result.media[0]!.name)))}/ (resized, without location or camera data)`);
console.log('Internal parts, wiki links and internal fields were left out. Read it once more before publishing.');
