/**
 * Where a metric's numbers come from and whether they are current, as readers see it
 * in a build: the source's description and "Last pulled" date on a pulled metric's
 * page, "typed by hand" on the others, and a metric whose data stopped arriving
 * flagged on its card and page and listed on /review/ with its owner. A small fixture
 * (good-content plus two metrics) built as of 20 Dec 2026.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('metric sources and stale data in a build', () => {
  let build: BuildResult;
  const page = (p: string) => readFileSync(path.join(build.outDir, p, 'index.html'), 'utf8');
  beforeAll(() => {
    const content = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-sources-')), 'content');
    cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
    mkdirSync(path.join(content, 'metrics'));
    const metric = (id: string, source: string, csv: string) => {
      writeFileSync(path.join(content, 'metrics', `${id}.yaml`), `title: ${id === 'stars' ? 'GitHub stars' : 'Meetup members'}\ndescription: A count.\nunit: people\nowner: maria-lopez\naggregation: last\n${source}\n`);
      writeFileSync(path.join(content, 'metrics', `${id}.csv`), csv);
    };
    metric('stars', 'source:\n  type: github\n  pulled: 2026-12-07\n  repo: lumenstack/lumen\n  measure: stars\n  description: Stars on the main repository', 'date,value\n2026-10-31,100\n2026-11-30,120\n');
    metric('meetup', 'source: Meetup.com group page, counted by hand', 'date,value\n2026-08-31,50\n2026-09-30,55\n');
    build = buildSite({ contentDir: content, env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 20) / 1000) } });
  });

  it('builds', () => {
    expect(build.output).not.toMatch(/Build failed/);
    expect(build.ok).toBe(true);
  });

  it('says where the numbers come from and when they were last pulled', () => {
    const stars = page('metrics/stars');
    expect(stars).toContain('<span data-pagefind-ignore>Source: Stars on the main repository</span>');
    expect(stars).toContain('<dt>Last pulled</dt> <dd>Dec 7, 2026</dd>');
    expect(stars).not.toContain('stale-notice');
    expect(page('metrics/meetup')).toContain('<dt>Data</dt> <dd>typed by hand</dd>');
  });

  it('flags stale data on the card, the page and /review/, with the owner', () => {
    const notice = '<p class="stale-notice" data-pagefind-ignore><span class="badge warn">Stale</span> <span>last data Sep 2026, expected monthly';
    expect(page('metrics/meetup')).toContain(`${notice}; newer data was due by Nov 10, 2026</span></p>`);
    const list = page('metrics');
    expect(list.match(/class="stale-notice"/g)).toHaveLength(1);
    expect(list).toContain(`${notice}</span></p>`);
    // review.astro keeps scoped styles: their data-astro-cid-… stamps are not what is tested.
    const review = page('review').replace(/ data-astro-cid-\w+/g, '');
    const section = review.slice(review.indexOf('id="stale-metrics"'));
    expect(section).toMatch(/^id="stale-metrics">Metrics with stale data <span class="count">\(1\)<\/span>/);
    expect(section).toMatch(/^[^]*?href="\/metrics\/meetup\/">Meetup members<\/a><span class="badge warn">Stale<\/span>[^]*?<dt>Owner<\/dt> <dd><a href="\/team\/maria-lopez\/">Maria López<\/a><\/dd>[^]*?<dt>Data<\/dt> <dd>last data Sep 2026, expected monthly<\/dd>/);
  });
});
