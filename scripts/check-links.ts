/**
 * `npm run check:links`: reports internal links in `dist/` that lead nowhere.
 * Run it after `npm run build` (with the same BASE_PATH).
 */
import path from 'node:path';
import { terminalText } from '../src/lib/output/terminal.ts';
import { findBrokenLinks, htmlFiles } from '../src/lib/link-check.ts';
import { normalizeBase } from '../src/lib/urls.ts';

const outDir = path.resolve(process.argv[2] ?? 'dist');
const base = normalizeBase(process.env.BASE_PATH);
const broken = findBrokenLinks(outDir, base);
// Pages and targets come from content: shown with their control characters written out.
for (const link of broken) console.log(`${terminalText(link.page, 400)}  ${terminalText(link.target, 400)}  ${link.reason}`);
console.log(`${htmlFiles(outDir).length} pages checked under ${base}: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}`);
process.exitCode = broken.length ? 1 : 0;
