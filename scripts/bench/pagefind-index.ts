/** Indexes a built site with Pagefind's Node API, as the baseline's "plus Pagefind" step. */
import * as pagefind from 'pagefind';

const site = process.argv[2];
if (!site) throw new Error('usage: node scripts/bench/pagefind-index.ts <built-site-dir>');
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(added.errors.join('; '));
await index.writeFiles({ outputPath: `${site}/pagefind` });
await pagefind.close();
