/**
 * A wiki written in Japanese and Arabic (tests/fixtures/any-script/), built under
 * BASE_PATH=/devrel/ as a team would publish it: ids, file names, tags and references in
 * those scripts, one file name stored decomposed (NFD) as a Mac tool may write it. Every
 * entry has its page at its composed address, every internal link resolves, CODEOWNERS
 * names each file as git stores it, calendar UIDs are ASCII with the days off left out,
 * the search index files the pages under their tags, and a long Japanese chapter is not a
 * "1 min read".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentReport } from '../../src/lib/check/check-content.ts';
import { codeownersForContent } from '../../src/lib/codeowners.ts';
import { findBrokenLinks, htmlFiles } from '../../src/lib/link-check.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { buildSite, fixedEpoch, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const base = '/devrel/';
/** The metric whose files the test renames to their decomposed form (プ is フ plus a mark in NFD). */
const metric = 'ミートアップ参加者';

/** The built file of a site-relative page path, its address decoded. */
const builtFile = (outDir: string, page: string) => path.join(outDir, decodeURIComponent(page), 'index.html');

describe('a wiki in Japanese and Arabic, under /devrel/', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-any-script-'));
  const contentDir = path.join(work, 'content');
  let report: ContentReport;
  let build: BuildResult;
  let outDir: string;
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

  beforeAll(() => {
    cpSync(path.join(root, 'tests/fixtures/any-script'), contentDir, { recursive: true });
    for (const ext of ['.yaml', '.csv']) renameSync(path.join(contentDir, 'metrics', metric + ext), path.join(contentDir, 'metrics', metric.normalize('NFD') + ext));
    report = checkContent(contentDir, work, { now: new Date(Number(fixedEpoch) * 1000) });
    build = buildSite({ contentDir, base });
    outDir = build.outDir;
  });

  it('checks clean, but for one warning: the decomposed file name, with the composed one to use', () => {
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.map((p) => `${p.file.normalize('NFC')}: ${p.hint}`)).toEqual([
      `content/metrics/${metric}.yaml: rename it to the composed form with git mv, then commit: ${metric}.yaml (git config core.precomposeUnicode true keeps it so on a Mac)`,
    ]);
  });

  it('builds every entry at its composed address, the decomposed file included', () => {
    expect(build.ok, build.output).toBe(true);
    expect(report.entries.length).toBe(14);
    for (const entry of report.entries) {
      expect(existsSync(builtFile(outDir, entryPath(entry.collection, entry.id))), `${entry.collection} ${entry.id}`).toBe(true);
    }
    for (const page of ['team/星野-美咲', 'team/ليلى-المنصوري', 'recaps/2026-06-12-meetup-大阪-6', 'recaps/2026-06-12-meetup-東京-6', `metrics/${metric}`, 'tags/技術書典', 'tags/vue.js']) {
      expect(existsSync(path.join(outDir, page, 'index.html')), page).toBe(true);
    }
    // The metric's chart and data came through its decomposed files.
    expect(read(`metrics/${metric}.csv`)).toContain('2026-10-31,88,東京');
    expect(read(`metrics/${metric}/index.html`)).toContain('<svg');
  });

  it('links every page to every other with addresses that resolve, bodies included', () => {
    expect(findBrokenLinks(outDir, base)).toEqual([]);
    const program = read('programs/コミュニティ/index.html');
    expect(program).toContain(`href="/devrel/recaps/2026-06-12-meetup-${encodeURIComponent('東京')}-6/"`);
    expect(program).toContain(`href="/devrel/team/${encodeURIComponent('ليلى-المنصوري')}/"`);
    expect(read('recaps/2026-06-12-meetup-東京-6/index.html')).toContain(`href="/devrel/tags/${encodeURIComponent('技術書典')}/"`);
    expect(htmlFiles(outDir).length).toBeGreaterThan(30);
  });

  it('writes CODEOWNERS lines that name each file as git stores it', () => {
    spawnSync('git', ['init', '-q'], { cwd: work });
    spawnSync('git', ['add', 'content'], { cwd: work });
    const stored = new Set(spawnSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z'], { cwd: work, encoding: 'utf8' }).stdout.split('\0').filter(Boolean));
    expect(stored.has('content/team/星野-美咲.yaml')).toBe(true);
    const codeowners = codeownersForContent(report, work)!;
    const lines = codeowners.text.split('\n').filter((line) => line.startsWith('/'));
    const named = lines.map((line) => line.split(/(?<!\\) /)[0]!.slice(1).replace(/\\(.)/g, '$1'));
    expect(named).toContain('content/team/ليلى-المنصوري.yaml');
    expect(named).toContain('content/recaps/2026/2026-06-12-meetup-東京-6.mdx');
    // Every line names a file git has; the decomposed one is named composed, as git on a Mac
    // stores it, and the check's warning above says to rename it.
    for (const file of named) expect(stored.has(file.includes(metric) ? file.normalize('NFD') : file), file).toBe(true);
    expect(named.filter((file) => file.includes(metric))).toEqual([`content/metrics/${metric}.csv`, `content/metrics/${metric}.yaml`]);
    expect(lines).toContain('/content/team/星野-美咲.yaml @misaki-h');
    expect(lines).toContain('/content/programs/コミュニティ.mdx @misaki-h @layla-m');
  });

  it('gives calendars ASCII UIDs and leaves the days off out', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('meetings.ics')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event!.uid).toMatch(/^meeting-%E9%96%8B%E7%99%BA%E8%80%85%E3%83%8A%E3%82%A4%E3%83%88@devrel-[0-9a-f]{8}\.devrel-wiki$/);
    const starts: string[] = [];
    const iterator = event!.iterator();
    for (let next = iterator.next(); next && next.toJSDate() < new Date('2027-01-15T00:00:00Z'); next = iterator.next()) {
      if (next.toJSDate() >= new Date('2026-12-20T00:00:00Z')) starts.push(next.toJSDate().toISOString().slice(0, 10));
    }
    expect(starts).toEqual(['2026-12-24', '2027-01-07', '2027-01-14']);
    const events = read('events.ics');
    expect(events).toMatch(/^UID:event-2026-12-05-jsconf-jp-2026-%E6%9D%B1%E4%BA%AC@devrel-[0-9a-f]{8}\.devr/m);
    expect(`${read('meetings.ics')}${events}`.split('\r\n').filter((line) => line.startsWith('UID:')).every((line) => /^[\x20-\x7e]+$/.test(line))).toBe(true);
    // And the page says so.
    expect(read('meetings/開発者ナイト/index.html')).toMatch(/No meeting on<\/h3>.*年末年始/s);
  });

  it('files the pages in the search index under their composed addresses and tags in any script', () => {
    const dir = path.join(outDir, 'pagefind/fragment');
    const fragments = readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; filters: Record<string, string[]> });
    const tagged = fragments.filter((f) => f.filters.tag?.includes('技術書典')).map((f) => decodeURIComponent(f.url)).sort();
    // (Pagefind keeps addresses without the base; its script adds it.)
    expect(tagged).toEqual(['/recaps/2026-06-12-meetup-大阪-6/', '/recaps/2026-06-12-meetup-東京-6/']);
    expect(fragments.some((f) => f.filters.tag?.includes('vue.js'))).toBe(true);
  });

  it('keys roadbook tasks by their words, voicing marks kept, and times the chapter by its characters', () => {
    const chapter = read('roadbook/最初の一週間/index.html');
    const keys = [...chapter.matchAll(/data-task="([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual(['ホシゾラ-の-ダッシュボード-を-確認-する', 'ホシソラ-の-資料-を-読む', 'デプロイ-の-手順-を-読む', expect.stringMatching(/^チーム-の-ページ-を-/)]);
    const minutes = Number(/(\d+) min read/.exec(chapter)?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(3);
  });
});
