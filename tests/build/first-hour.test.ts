/**
 * A new team's wiki, before they have written much: a content folder with only
 * `site.yaml`, and one with `site.yaml` and one person. Every page must read as
 * intended with nothing in it: each empty list says what belongs there and how to add
 * the first entry, no count reads "0 chapters" or "All 0 recaps", no link leads to the
 * page itself or nowhere, and the build prints no warning the team cannot act on.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLinks, findBrokenLinks, htmlFiles, isExternal, pageUrlPath } from '../../src/lib/link-check.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const siteYaml = `title: Quillbase Developer Relations
tagline: We help developers build on Quillbase.
company: Quillbase
contact:
  email: devrel@quillbase.example
  chat: "#devrel"
`;

/** A content folder in the test's temporary directory, from `{ relativePath: text }`. */
function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'first-hour-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** What a reader sees of a page's main content: tags and scripts gone, spaces collapsed. */
function visibleText(html: string, { withCode = true } = {}): string {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  // Code samples quote the checker ("1 error, 0 warnings"), which is not the wiki counting.
  return main.replace(withCode ? /<(script|style)\b[\s\S]*?<\/\1>/g : /<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

function page(build: BuildResult, file: string): string {
  return readFileSync(path.join(build.outDir, file), 'utf8');
}

/** Links on a page to that same page, other than navigation marked as the current page. */
function selfLinks(build: BuildResult, base: string): string[] {
  const found: string[] = [];
  for (const file of htmlFiles(build.outDir)) {
    const here = pageUrlPath(base, file);
    const html = page(build, file).replace(/<a\b[^>]*aria-current[^>]*>/g, '');
    for (const target of extractLinks(html)) {
      if (isExternal(target)) continue;
      if (new URL(target, `http://site.invalid${here}`).pathname === here) found.push(`${file}: ${target}`);
    }
  }
  return found;
}

/** Counts that read wrong: "0 chapters", "about 0 minutes", "All 0 recaps", "1 chapters". */
const zeroOrOne = /(?<![\d.,])(?:0 [a-z]+|1 (?!person\b)[a-z]+s)\b/gi;
/** "1 recaps", "1 takeaways": at one of everything, "0 on track" is plain English. */
const onePlural = /(?<![\d.,])1 (?!person\b)[a-z]+s\b/gi;

function awkwardCounts(build: BuildResult, pattern = zeroOrOne): string[] {
  const found: string[] = [];
  for (const file of htmlFiles(build.outDir)) {
    // Figures under their own label (stats, data tables) are data, not counts in a sentence.
    const text = visibleText(page(build, file).replace(/<dl class="stats"[^>]*>[\s\S]*?<\/dl>|<table[\s\S]*?<\/table>/g, ' '), { withCode: false });
    for (const match of text.matchAll(pattern)) found.push(`${file}: "${match[0]}"`);
  }
  return found;
}

const fixtures: { name: string; files: Record<string, string> }[] = [
  { name: 'only site.yaml', files: { 'site.yaml': siteYaml } },
  {
    name: 'site.yaml and one person',
    files: {
      'site.yaml': siteYaml,
      'team/sota-nakamura.yaml': 'name: 中村 蒼太\nrole: Developer Advocate\nfocus:\n  - Документация\ntimezone: Asia/Tokyo\nemail: sota@quillbase.example\ngithub: sota-n\n',
    },
  },
];

describe('a wiki with one of everything', () => {
  let build: BuildResult;
  beforeAll(() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'first-hour-ones-'));
    cpSync(path.resolve(import.meta.dirname, '../fixtures/good-content'), dir, { recursive: true });
    // One chapter, like every other collection here.
    rmSync(path.join(dir, 'roadbook/02-giving-talks.mdx'));
    build = buildSite({ contentDir: dir });
  });

  it('counts one of a thing in the singular ("1 recap", "1 takeaway", "1 person")', () => {
    expect(build.ok, build.output).toBe(true);
    expect(awkwardCounts(build, onePlural)).toEqual([]);
    expect(visibleText(page(build, 'roadbook/index.html'))).toMatch(/1 chapter · about \d+ minutes?\b/);
  });
});

for (const fixture of fixtures) {
  describe(`a new team's wiki with ${fixture.name}`, () => {
    let build: BuildResult;
    beforeAll(() => {
      build = buildSite({ contentDir: contentFolder(fixture.files) });
    });

    it('builds without a single warning', () => {
      expect(build.ok, build.output).toBe(true);
      expect(build.output).not.toMatch(/\bWARN\b|warning/i);
    });

    it('has no broken links and no link to the page it is on', () => {
      expect(findBrokenLinks(build.outDir)).toEqual([]);
      expect(selfLinks(build, '/')).toEqual([]);
    });

    it('writes no count a person would not write ("0 chapters", "All 0 recaps")', () => {
      expect(awkwardCounts(build)).toEqual([]);
    });

    it("gives every empty homepage section what belongs there and the command that adds the first entry", () => {
      const home = visibleText(page(build, 'index.html'));
      for (const type of ['update', 'meeting', 'program', 'recap', 'department']) expect(home).toContain(`npm run new -- ${type} `);
      expect(home).not.toMatch(/All \d* ?recaps/);
    });

    it('gives every empty list page an empty state', () => {
      const lists = ['programs', 'recaps', 'roadbook', 'meetings', 'updates', 'syncs', 'departments', 'priorities', 'metrics'];
      for (const list of lists) expect(page(build, `${list}/index.html`), list).toContain('class="empty-state"');
    });

    it('offers no "Start reading" on a roadbook without chapters', () => {
      const roadbook = visibleText(page(build, 'roadbook/index.html'));
      expect(roadbook).not.toContain('Start reading');
      expect(roadbook).toContain('npm run new -- chapter');
    });

    it('names the team once in the footer when its title already names the company', () => {
      const footer = page(build, 'index.html').match(/<footer[\s\S]*<\/footer>/)![0];
      expect(footer.match(/Quillbase Developer Relations/g)).toHaveLength(1);
    });
  });
}
