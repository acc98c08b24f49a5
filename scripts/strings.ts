/**
 * `npm run strings [-- --all] [--locale TAG]`: prints, as YAML for content/strings.yaml,
 * the UI strings the wiki still shows in English in its language (`locale:` in
 * content/site.yaml, or --locale), each under its English text; with --all, every string
 * with the words it shows now, to change some. `npm run check` warns with the count.
 */
import { parseArgs } from 'node:util';
import { site } from '../src/data/site.ts';
import { loadOverrides } from '../src/i18n/load.ts';
import { checkLocale } from '../src/i18n/locales.ts';
import { stringsSkeleton } from '../src/i18n/skeleton.ts';
import { contentDir } from '../src/lib/paths.ts';

const usage = 'usage: npm run strings [-- --all] [--locale TAG]\n  e.g. npm run strings > missing-strings.yaml';

let parsed;
try {
  parsed = parseArgs({ options: { all: { type: 'boolean' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const checked = checkLocale(values.locale ?? site.locale);
if (!checked.ok) {
  console.error(`${checked.message}${checked.suggestion ? ` (did you mean ${checked.suggestion}?)` : ''}\n${usage}`);
  process.exit(2);
}
process.stdout.write(stringsSkeleton(checked.tag, loadOverrides(contentDir, checked.tag), { all: values.all }).text);
