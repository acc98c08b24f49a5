/**
 * `npm run digest -- --month 2026-10 [--out DIR]`: the monthly newsletter, as an
 * e-mail-ready HTML file with chart PNGs beside it and a Markdown version, built from
 * the same checked content and the same model as the `/digest/<month>/` page.
 * Refuses to run on content with errors. Set `SITE_URL` (and `BASE_PATH`) so the
 * links in the e-mail are absolute. The digest is written in the site's language
 * (`locale:` and content/strings.yaml); what this command prints stays English.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkedContentOrExit } from './lib/checked-content.ts';
import { monthOptionOrExit } from './lib/month-option.ts';
import { plannedCharts } from '../src/lib/digest/charts.ts';
import { renderDigestEmail } from '../src/lib/digest/email-html.ts';
import { totalsText } from '../src/lib/digest/format.ts';
import { english } from '../src/i18n/i18n.ts';
import { loadI18n } from '../src/i18n/load.ts';
import { digestInputFrom } from '../src/lib/digest/load.ts';
import { renderDigestMarkdown } from '../src/lib/digest/markdown.ts';
import { buildDigest } from '../src/lib/digest/model.ts';
import { renderChartPng } from '../src/lib/metrics/render-chart.ts';
import { leftOutLine, leftOutOfPublicSite } from '../src/lib/publication.ts';
import { contentDir } from '../src/lib/paths.ts';
import { absoluteUrl, withBase } from '../src/lib/urls.ts';
import { emailCovers } from '../src/lib/media/email-covers.ts';

const usage = 'usage: npm run digest -- --month YYYY-MM [--out DIR]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args: { month?: string; out?: string };
try {
  args = parseArgs({ options: { month: { type: 'string' }, out: { type: 'string' } }, allowPositionals: false }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}

const month = monthOptionOrExit(args.month, usage);

const report = checkedContentOrExit('The digest is built from checked content only');

const i18n = loadI18n(contentDir, report.site.locale);
const digest = buildDigest(digestInputFrom(report, contentDir), month, i18n);
const siteUrl = process.env.SITE_URL?.trim() || undefined;
const link = (target: string) => (siteUrl ? absoluteUrl(siteUrl, target) : withBase(target));
const linkNote = siteUrl ? undefined : i18n.t('digest.linkNote');

const outDir = path.resolve(args.out ?? path.join('digest', month));
mkdirSync(outDir, { recursive: true });
// A chart dropped since the last run must not linger next to the new e-mail.
for (const name of readdirSync(outDir)) if (/^(chart|cover)-.*\.(png|jpg)$/.test(name)) rmSync(path.join(outDir, name));

const charts = plannedCharts(digest, i18n);
for (const chart of charts) writeFileSync(path.join(outDir, chart.src), renderChartPng(chart.spec, 2));
// Cover photos as small JPEGs (PNG when transparent) beside the e-mail: mail clients show those, never WebP.
const covers = await emailCovers(contentDir, digest.did.recaps);
for (const cover of covers) writeFileSync(path.join(outDir, cover.src), cover.bytes);
const options = { link, siteTitle: report.site.title, linkNote, contactEmail: report.site.contact.email, i18n };
const htmlFile = path.join(outDir, 'digest.html');
const mdFile = path.join(outDir, 'digest.md');
writeFileSync(htmlFile, renderDigestEmail(digest, { ...options, charts, covers }));
writeFileSync(mdFile, renderDigestMarkdown(digest, options));

const shown = (file: string) => path.relative(process.cwd(), file) || file;
// The terminal summary is for whoever runs the command: English, like every command's output.
const { t, f } = english;
console.log(`Digest for ${f.month(month)}${i18n.locale === 'en' ? '' : ` (written in ${i18n.locale})`}`);
if (digest.empty) console.log(`  Nothing was recorded for ${f.month(month)}: no event recaps, updates, syncs or roadbook reviews. The digest has only metrics and next month's dates.`);
else {
  console.log(`  What we did: ${totalsText(digest.did.totals, english)}`);
  console.log(`  ${t('count.updates', { count: digest.updates.length })}, ${t('count.syncs', { count: digest.syncs.length })}, ${t('digest.chaptersReviewed', { count: digest.roadbook.length })}, ${t('count.people', { count: digest.shoutOuts.length })} to thank`);
}
console.log(`  What's next: ${t('count.meetings', { count: digest.next.meetings.length })} and ${t('count.events', { count: digest.next.events.length })} in ${f.month(digest.nextMonth)}`);
console.log(`  Metrics: ${digest.metrics.length}, ${charts.length} with a chart`);
// The digest leaves out what the site leaves out (digestInputFrom); say so, as the build does.
const leftOut = leftOutOfPublicSite(report.entries, report.site);
if (leftOut) console.log(`  ${leftOutLine(leftOut)}`);
console.log(`Wrote ${shown(htmlFile)} (e-mail, with ${charts.length} chart images${covers.length ? ` and ${covers.length} cover photos` : ''} beside it) and ${shown(mdFile)} (Markdown).`);
console.log(siteUrl ? `Links point to ${siteUrl}.` : 'Links are relative: SITE_URL is not set. Run with SITE_URL=https://your-wiki.example to make them absolute for e-mail.');
