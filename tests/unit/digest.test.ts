/**
 * The monthly digest's numbers against sums worked out here straight from the sample
 * files (gray-matter and plain CSV reading, not the wiki's schemas or aggregation),
 * and what the Markdown and e-mail renderers make of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { plannedCharts } from '../../src/lib/digest/charts.ts';
import { renderDigestEmail } from '../../src/lib/digest/email-html.ts';
import { changeText } from '../../src/lib/digest/format.ts';
import { digestInputFrom } from '../../src/lib/digest/load.ts';
import { renderDigestMarkdown } from '../../src/lib/digest/markdown.ts';
import { buildDigest, digestMonths, type DigestInput } from '../../src/lib/digest/model.ts';
import { createI18n, english, type I18n } from '../../src/i18n/i18n.ts';
import { DigestMonthError, parseDigestMonth } from '../../src/lib/digest/month.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(root, 'content');
const report = checkContent(contentDir, root);
const input = digestInputFrom(report, contentDir);
/** The tests' pinned "now" (SOURCE_DATE_EPOCH in tests/vitest.config.ts): 2026-11-25. */
const now = new Date('2026-11-25T00:00:00Z');

/* ---------- Independent readings of the sample content ---------- */

const walk = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const rawRecaps = walk(path.join(contentDir, 'recaps')).map((file) => matter(readFileSync(file, 'utf8')).data as { event: { start: unknown }; audience?: number; program?: string; speakers?: string[] });

function expectedReach(month: string) {
  const recaps = rawRecaps.filter((r) => day(r.event.start).startsWith(month));
  const byProgram: Record<string, { events: number; audience: number }> = {};
  for (const r of recaps) {
    const p = (byProgram[r.program ?? ''] ??= { events: 0, audience: 0 });
    p.events++;
    p.audience += r.audience ?? 0;
  }
  return { events: recaps.length, audience: recaps.reduce((s, r) => s + (r.audience ?? 0), 0), byProgram, speakers: new Set(recaps.flatMap((r) => r.speakers ?? [])) };
}

/** A metric's figure for one month, from its CSV: per series the sum, last or mean; series added (or averaged for mean). */
function expectedMetric(id: string, month: string): number | undefined {
  const definition = parseYaml(readFileSync(path.join(contentDir, 'metrics', `${id}.yaml`), 'utf8')) as { aggregation: 'sum' | 'last' | 'mean' };
  const rows = readFileSync(path.join(contentDir, 'metrics', `${id}.csv`), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
  const inMonth = rows.filter(([date]) => date!.startsWith(month)).sort(([a], [b]) => a!.localeCompare(b!));
  if (!inMonth.length) return undefined;
  const series = new Map<string, number[]>();
  for (const [, value, name = ''] of inMonth) series.set(name, [...(series.get(name) ?? []), Number(value)]);
  const perSeries = [...series.values()].map((values) =>
    definition.aggregation === 'sum' ? values.reduce((a, b) => a + b, 0) : definition.aggregation === 'last' ? values.at(-1)! : values.reduce((a, b) => a + b, 0) / values.length,
  );
  return definition.aggregation === 'mean' ? perSeries.reduce((a, b) => a + b, 0) / perSeries.length : perSeries.reduce((a, b) => a + b, 0);
}

const siteUrl = 'https://wiki.lumenstack.example';
const render = (month: string, i18n: I18n = english) => {
  const digest = buildDigest(input, month, i18n);
  const options = { link: (p: string) => absoluteUrl(siteUrl, p), siteTitle: report.site.title, contactEmail: report.site.contact.email, i18n };
  const charts = plannedCharts(digest, i18n);
  return { digest, charts, markdown: renderDigestMarkdown(digest, options), html: renderDigestEmail(digest, { ...options, charts }) };
};

describe('the digest model, from the sample content', () => {
  it('reads content without errors', () => {
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  describe.each(['2026-10', '2026-09', '2025-10'])('%s', (month) => {
    const { digest } = render(month);
    const expected = expectedReach(month);

    it('counts the events and people reached of recaps that started that month', () => {
      expect(expected.events).toBeGreaterThan(0);
      expect(digest.did.totals).toEqual({ events: expected.events, audience: expected.audience, uncounted: 0 });
    });

    it('splits them by program, adding up to the totals', () => {
      const byProgram = Object.fromEntries(digest.did.byProgram.map((p) => [p.program?.id ?? '', { events: p.events, audience: p.audience }]));
      expect(byProgram).toEqual(expected.byProgram);
    });

    it('compares every metric with the month before, as the CSVs say', () => {
      const previousMonth = digest.previousMonth;
      for (const metric of digest.metrics) {
        const now = expectedMetric(metric.id, month);
        const before = expectedMetric(metric.id, previousMonth);
        if (now === undefined || before === undefined) continue;
        expect(metric.current?.value, metric.id).toBeCloseTo(now, 9);
        expect(metric.previous?.value, metric.id).toBeCloseTo(before, 9);
        expect(metric.change, metric.id).toBeCloseTo(now - before, 9);
      }
      expect(digest.metrics.filter((m) => m.change !== undefined).length).toBeGreaterThanOrEqual(6);
    });

    it('thanks every speaker of the month', () => {
      for (const id of expected.speakers) expect(digest.shoutOuts.map((s) => s.id)).toContain(id);
    });
  });

  it('puts the headline metrics from site.yaml first, in their order', () => {
    const { digest } = render('2026-10');
    expect(digest.metrics.slice(0, report.site.headlineMetrics.length).map((m) => m.id)).toEqual(report.site.headlineMetrics);
    expect(digest.metrics.length).toBe(report.entries.filter((e) => e.collection === 'metrics').length);
  });

  it('gathers the month: roadbook chapters reviewed, updates, syncs and what comes next', () => {
    const { digest } = render('2026-10');
    expect(digest.roadbook.map((c) => c.id)).toEqual(['how-we-measure', 'how-we-run-events']);
    expect(digest.updates.map((u) => u.id)).toEqual(['2026-10-02-ambassadors-cohort-3', '2026-10-29-lumen-labs-season-two']);
    expect(digest.syncs.map((s) => s.department.name)).toEqual(['Engineering']);
    expect(digest.next.events.map((e) => e.id)).toEqual(['2026-11-12-lumen-meetup-nyc']);
    // Office hours are weekly on Thursdays at 16:00 Berlin time: every Thursday of November.
    const officeHours = digest.next.meetings.find((m) => m.id === 'devrel-office-hours');
    expect(officeHours?.dates).toEqual(['05', '12', '19', '26'].map((d) => ({ localDate: `2026-11-${d}`, localTime: '16:00' })));
    // Authors are thanked along with speakers.
    expect(digest.shoutOuts.find((s) => s.id === 'rafael-costa')?.updates).toHaveLength(1);
  });

  it('takes metric health as of the end of the month, not as of today', () => {
    const digest = buildDigest(input, '2025-06', english);
    const forum = digest.metrics.find((m) => m.id === 'forum-mau')!;
    expect(forum.current?.period).toBe('2025-06');
    expect(forum.summary).toContain('June 2025');
  });

  it('says when a month has nothing to tell, and has no page for it', () => {
    const digest = buildDigest(input, '2024-01', english);
    expect(digest.empty).toBe(true);
    expect(digest.did.totals).toEqual({ events: 0, audience: 0, uncounted: 0 });
    expect(digestMonths(input, now)).not.toContain('2024-01');
    expect(digestMonths(input, now)).toContain('2026-10');
    expect(render('2024-01').markdown).toContain('Nothing was recorded for January 2024');
  });

  it('lists months with content newest first, up to the month of "now"', () => {
    const months = digestMonths(input, now);
    expect(months).toEqual([...months].sort().reverse());
    expect(months[0]).toBe('2026-11');
    // The sample has events written ahead (December 2026, February 2027): no digest yet.
    expect(input.recaps.some((r) => r.data.event.start > now)).toBe(true);
    expect(digestMonths(input, new Date('2027-03-01T00:00:00Z'))).toContain('2027-02');
  });

  it('counts an event without a head count as an event, not as people, and says so', () => {
    const upcoming = { ...input.recaps.find((r) => r.id === '2026-10-20-all-things-open-raleigh')! };
    const noCount: DigestInput = { ...input, recaps: [...input.recaps.filter((r) => r.id !== upcoming.id), { ...upcoming, data: { ...upcoming.data, audience: undefined } }] };
    const digest = buildDigest(noCount, '2026-10', english);
    expect(digest.did.totals).toEqual({ events: 2, audience: 244, uncounted: 1 });
    expect(renderDigestMarkdown(digest, { link: (p) => p, siteTitle: 'T', i18n: english })).toContain('2 events, 244 people reached (1 not counted yet)');
  });
});

describe('the Markdown and e-mail versions', () => {
  const { digest, markdown, html, charts } = render('2026-10');

  it('carry the totals, the per-program figures and the metric changes', () => {
    const totals = '2 events, 654 people reached';
    expect(markdown).toContain(totals);
    expect(html).toContain(totals);
    expect(markdown).toContain('| [Conference and meetup circuit](https://wiki.lumenstack.example/programs/conference-circuit/) | 1 | 410 |');
    for (const metric of digest.metrics) {
      expect(markdown, metric.id).toContain(changeText(metric, english));
      expect(html, metric.id).toContain(changeText(metric, english));
    }
    expect(markdown).toContain('| 4,210 | 4,000 | +210 (+5%) | 5,000 by Jun 2027 | On track |');
    expect(html).toContain('+210 (+5%)');
    expect(html).toContain('4,210');
    expect(html).toContain('from 4,000');
  });

  it('has no script and links only to the site, by absolute URL', () => {
    expect(html).not.toMatch(/<script/i);
    const urls = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      const ok = url.startsWith(`${siteUrl}/`) || url.startsWith('mailto:') || /^chart-[a-z0-9-]+\.png$/.test(url);
      expect(ok, url).toBe(true);
    }
    expect(html).not.toMatch(/url\(|@import|<link\b/i);
  });

  it('gives every image a text alternative and its size', () => {
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(charts.length);
    expect(charts.length).toBe(report.site.headlineMetrics.length);
    for (const img of images) {
      expect(img).toMatch(/ alt="[^"]{30,}"/);
      expect(img).toMatch(/ width="\d+"/);
      expect(img).toMatch(/ height="\d+"/);
    }
  });

  it('is laid out in tables at most 640 pixels wide, styled inline only', () => {
    expect(html).toContain('max-width:640px');
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/class="/);
  });

  it('says when links are relative', () => {
    const note = 'SITE_URL was not set';
    const relative = renderDigestEmail(digest, { link: (p) => p, siteTitle: 'T', linkNote: `Links are relative (${note}).`, i18n: english });
    expect(relative).toContain(note);
    expect(renderDigestMarkdown(digest, { link: (p) => p, siteTitle: 'T', linkNote: note, i18n: english })).toContain(note);
  });
});

describe('the digest in the site\'s language', () => {
  it('writes its words, months and numbers in German, and right to left in Arabic', () => {
    const de = render('2026-10', createI18n('de'));
    expect(de.digest.label).toBe('Oktober 2026');
    expect(de.markdown).toContain('4.210');
    expect(de.markdown).not.toContain('What we did');
    expect(de.html).toContain('<html lang="de" dir="ltr">');
    const ar = render('2026-10', createI18n('ar'));
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.html).toContain('padding:0 20px 0 0');
    expect(ar.charts[0]!.spec.locale).toBe('ar');
  });

  it("punctuates a recap's line the language's way (Japanese: 、 between facts, ：, （…）, 。)", () => {
    const ja = render('2026-10', createI18n('ja'));
    const line = ja.markdown.split('\n').find((text) => text.includes('人') && text.includes('：'));
    expect(line).toBeDefined();
    // "Lumen Labs live #9: …、2026年10月8日、Online：244人（Lumen Labs）、Hannah Brooks、Lucía Fernándezが参加。"
    expect(line!.trim()).toMatch(/、\d{4}年\d{1,2}月\d{1,2}日、[^、]+：[\d,]+人（[^）]+）、.+が参加。$/);
  });
});

describe('--month', () => {
  it('accepts YYYY-MM', () => {
    expect(parseDigestMonth('2026-10')).toBe('2026-10');
    expect(parseDigestMonth(' 2026-01 ')).toBe('2026-01');
  });

  it('explains what to write, with a suggestion for near misses', () => {
    const message = (value: string | undefined) => {
      try {
        parseDigestMonth(value);
      } catch (error) {
        expect(error).toBeInstanceOf(DigestMonthError);
        return (error as Error).message;
      }
      throw new Error(`accepted ${value}`);
    };
    expect(message(undefined)).toMatchInlineSnapshot(`"--month is required: give the month to summarise, like 2026-10 for October 2026"`);
    expect(message('2026/10')).toMatchInlineSnapshot(`"--month "2026/10" is not a month written YYYY-MM (four-digit year, dash, two-digit month), like 2026-10 for October 2026. Did you mean --month 2026-10?"`);
    expect(message('10-2026')).toContain('Did you mean --month 2026-10?');
    expect(message('2026-3')).toContain('Did you mean --month 2026-03?');
    expect(message('2026-13')).toMatchInlineSnapshot(`"--month "2026-13": month 13 does not exist; use 01 to 12, like 2026-10 for October 2026"`);
    expect(message('October')).not.toContain('Did you mean');
  });
});
