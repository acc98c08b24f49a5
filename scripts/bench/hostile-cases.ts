/**
 * Content built to hang or crash `npm run check`: each case writes one hostile file into
 * a copy of a small valid wiki. `npm run bench:hostile` times the check on each (a fresh
 * process, as CI runs it) and `tests/unit/hostile-sizes.test.ts` asserts each gets its
 * clear error. Cases come in pairs where a limit protects a slower step: one over the
 * limit (refused before parsing) and one just under it (the step itself must be fast).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface HostileCase {
  name: string;
  /** The file written, relative to the content folder. */
  file: string;
  /** The file's text. */
  text: () => string;
  /** Words the check's error for the file must contain. */
  expect: RegExp;
}

const update = (body: string) => `---\ntitle: Hostile\ndate: 2026-01-01\nauthor: ana-ruiz\n---\n${body}\n`;
const person = (extra: string) => `name: Hostile Person\nrole: Advocate\nfocus: [x]\nemail: hostile@lumenstack.example\n${extra}\n`;
const metric = (source: string) => `title: Hostile\ndescription: x\nunit: people\nowner: ana-ruiz\naggregation: sum\ncadence: monthly\nsource:\n${source}\n`;

/** Nine anchors, each nine aliases of the one before: 9^10 values once expanded. */
function aliasBomb(indent: string): string {
  const lines = [`${indent}a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    lines.push(`${indent}${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return lines.join('\n');
}

export const hostileCases: HostileCase[] = [
  { name: 'YAML alias bomb in a metric source', file: 'metrics/hostile.yaml', text: () => metric(`  type: http-json\n  url: https://stats.example/x.json\n  pointer: /n\n  extra:\n${aliasBomb('    ')}`), expect: /more than 20,000 values once its aliases/ },
  { name: 'YAML alias bomb in a team file', file: 'team/hostile-person.yaml', text: () => person(`timezone: UTC\n${aliasBomb('')}`), expect: /more than 20,000 values once its aliases/ },
  { name: 'YAML nested 200,000 deep (flow, over many lines)', file: 'team/hostile-person.yaml', text: () => person(`timezone: UTC\nnested: ${'[\n'.repeat(200_000)}`), expect: /nested more than 32 levels|more than 1 MB|YAML cannot be read/ },
  { name: 'YAML nested 5,000 deep (flow, within the size limit)', file: 'team/hostile-person.yaml', text: () => person(`timezone: UTC\nnested: ${'['.repeat(5_000)}${']'.repeat(5_000)}`), expect: /nested more than 32 levels/ },
  { name: 'YAML nested 300 deep (block lists, within the size limit)', file: 'team/hostile-person.yaml', text: () => person(`timezone: UTC\nnested:\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} x`), expect: /nested more than 32 levels/ },
  { name: '300,000-letter word in a source block', file: 'metrics/hostile.yaml', text: () => metric(`  type: github\n  repo: ${'a'.repeat(300_000)}\n  measure: stars`), expect: /characters long, over the 20,000/ },
  { name: '19,000-letter repository name (under the line limit)', file: 'metrics/hostile.yaml', text: () => metric(`  type: github\n  repo: ${'a'.repeat(19_000)}\n  measure: stars`), expect: /repo/ },
  { name: '1,000,000-letter time zone', file: 'team/hostile-person.yaml', text: () => person(`timezone: ${'A'.repeat(1_000_000)}`), expect: /characters long, over the 20,000/ },
  { name: '19,000-letter time zone (under the line limit)', file: 'team/hostile-person.yaml', text: () => person(`timezone: ${'A'.repeat(19_000)}`), expect: /unknown time zone/ },
  { name: 'one HTML line with 120,000 refused attributes', file: 'updates/2026-01-01-hostile.md', text: () => update(`<div ${Array.from({ length: 120_000 }, (_, i) => `onx${i}="1"`).join(' ')}>x</div>`), expect: /over the 1 MB|characters long/ },
  { name: '70,000 refused attributes on lines under the limit (.md)', file: 'updates/2026-01-01-hostile.md', text: () => update(`<div\n${Array.from({ length: 70_000 }, (_, i) => `onx${i}="1"`).join('\n')}>x</div>`), expect: /70,000 attributes, over the 100/ },
  { name: '70,000 refused attributes on lines under the limit (.mdx)', file: 'updates/2026-01-01-hostile.mdx', text: () => update(`<div\n${Array.from({ length: 70_000 }, (_, i) => `onx${i}="1"`).join('\n')}>x</div>`), expect: /70,000 attributes, over the 100/ },
  { name: '10,000 nested list items', file: 'updates/2026-01-01-hostile.md', text: () => update(Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')), expect: /over the 1 MB|characters long/ },
  { name: '900 nested list items (within the size limit)', file: 'updates/2026-01-01-hostile.md', text: () => update(Array.from({ length: 900 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')), expect: /nested more than 64 levels/ },
  { name: '20,000 nested <div>s on one line (.md)', file: 'updates/2026-01-01-hostile.md', text: () => update(`${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`), expect: /characters long, over the 20,000/ },
  { name: '20,000 nested <div>s, one per line (.md)', file: 'updates/2026-01-01-hostile.md', text: () => update(`${'<div>\n'.repeat(20_000)}x\n${'</div>\n'.repeat(20_000)}`), expect: /nested more than 64 levels/ },
  { name: '20,000 nested <div>s, one per line (.mdx)', file: 'updates/2026-01-01-hostile.mdx', text: () => update(`${'<div>\n'.repeat(20_000)}x\n${'</div>\n'.repeat(20_000)}`), expect: /nested more than 64 levels/ },
  { name: '20,000 <div> blocks between blank lines (.md)', file: 'updates/2026-01-01-hostile.md', text: () => update(`${'<div>\n\n'.repeat(20_000)}x\n\n${'</div>\n\n'.repeat(20_000)}`), expect: /nested more than 64 levels/ },
  { name: '20,000 nested quotes (> > > …)', file: 'updates/2026-01-01-hostile.md', text: () => update(`${'> '.repeat(9_000)}x`), expect: /nested more than 64 levels/ },
  { name: '25,000 javascript: links', file: 'updates/2026-01-01-hostile.md', text: () => update(Array.from({ length: 25_000 }, (_, i) => `[x${i}](javascript:alert(${i}))`).join('\n')), expect: /24,975 more problems in this file/ },
  { name: '50 MB metric CSV', file: 'metrics/hostile.csv', text: () => `date,value\n${'2026-01-31,1\n'.repeat(4_500_000)}`, expect: /over the 16 MB/ },
  { name: 'CSV row of 1,000,000 commas', file: 'metrics/hostile.csv', text: () => `date,value\n2026-01-31,1${','.repeat(1_000_000)}\n`, expect: /characters long|columns/ },
];

/** Writes one case into `contentDir` (a copy of a valid wiki). */
export function writeHostileCase(contentDir: string, hostile: HostileCase): void {
  const abs = path.join(contentDir, hostile.file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, hostile.text());
}
