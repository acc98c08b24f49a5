/**
 * `npm run codeowners`: writes `.github/CODEOWNERS` from the owners named in content/
 * (rules in src/lib/codeowners.ts), so pull requests ask page owners for review.
 * Run it after changing owners, hosts, liaisons, speakers or github handles;
 * `npm run check` warns when the committed file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { terminalText } from '../src/lib/output/terminal.ts';
import { checkedContentOrExit } from './lib/checked-content.ts';
import { codeownersForContent, codeownersPath } from '../src/lib/codeowners.ts';
import { contentDir } from '../src/lib/paths.ts';

const root = process.cwd();
const report = checkedContentOrExit(`${codeownersPath} was not written, because owners in broken files cannot be read`, root);
const result = codeownersForContent(report, root);
if (!result) {
  console.error(`The content folder ${contentDir} is outside this repository, so it has no CODEOWNERS here.`);
  process.exit(1);
}
for (const note of result.notes) console.log(`note  ${terminalText(note, 400)}`);
const target = path.join(root, codeownersPath);
let previous: string | undefined;
try {
  previous = readFileSync(target, 'utf8');
} catch {
  previous = undefined;
}
if (previous === result.text) {
  console.log(`✓ ${codeownersPath} is up to date`);
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, result.text);
  const rules = result.text.split('\n').filter((line) => line.startsWith('/')).length;
  console.log(`✓ wrote ${codeownersPath}: ${rules} files with owners. Commit it with your change.`);
}
