/**
 * `npm run check:html`: every page in `dist/` (or the folder given) through the W3C's
 * Nu Html Checker; lists each error with its page, line and column and exits non-zero if
 * there is one. Run it after `npm run build`. Needs a Java runtime (see
 * scripts/lib/html-validator.ts).
 */
import path from 'node:path';
import { htmlFiles } from '../src/lib/link-check.ts';
import { formatHtmlError, validateHtml } from './lib/html-validator.ts';

const outDir = path.resolve(process.argv[2] ?? 'dist');
const result = validateHtml([outDir]);
if (!result.available) {
  console.error(`error  ${result.reason}`);
  process.exit(2);
}
for (const error of result.errors) console.log(formatHtmlError(error));
const pages = htmlFiles(outDir).length;
console.log(`${pages} pages checked with the Nu Html Checker: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`);
process.exitCode = result.errors.length ? 1 : 0;
