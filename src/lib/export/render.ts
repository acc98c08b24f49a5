/**
 * A public recap as files for the company blog: Markdown with a small frontmatter (most
 * blog CMSs import it), and a standalone HTML page with a few lines of inline CSS that
 * can be opened, checked and pasted into a CMS editor. Both hold the same text, in the
 * site's language.
 */
import { markdownToHtml } from 'satteri';
import { contentPolicyPlugin } from '../check/body/content-policy-plugin.ts';
import { isoDay } from '../dates.ts';
import { escapeHtml } from '../escape-html.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { PublicRecap } from './public-recap.ts';

/** Markdown-escape text placed inside link labels or emphasis. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>])/g, '\\$1');

const quoteYaml = (text: string): string => JSON.stringify(text);

/** The event facts as Markdown lines. */
function factLines(recap: PublicRecap, { t, f }: I18n): string[] {
  const { event } = recap;
  const name = event.url ? `[${escapeMarkdown(event.name)}](${event.url})` : escapeMarkdown(event.name);
  const fact = (label: string, value: string) => `- **${escapeMarkdown(label)}** ${value}`;
  return [
    fact(t('export.event'), name),
    fact(t('export.when'), f.dateRange(event.start, event.end)),
    fact(t('export.where'), escapeMarkdown(t('export.whereFormat', { location: event.location, format: t(`export.format.${event.format}`) }))),
    ...(recap.audience !== undefined ? [fact(t('export.people'), f.number(recap.audience))] : []),
    ...(recap.speakers.length ? [fact(t('export.fromOurTeam'), escapeMarkdown(f.list(recap.speakers)))] : []),
  ];
}

/** The article without frontmatter: shared by both outputs. */
function articleMarkdown(recap: PublicRecap, i18n: I18n): string {
  const { t } = i18n;
  const parts = [
    `# ${escapeMarkdown(recap.title)}`,
    ...(recap.cover ? [`![${escapeMarkdown(recap.cover.alt)}](${encodeURI(recap.cover.src)})`] : []),
    factLines(recap, i18n).join('\n'),
    `## ${escapeMarkdown(recap.upcoming ? t('recaps.whyMatters') : t('recaps.whyMattered'))}\n\n${escapeMarkdown(recap.why)}`,
    recap.body,
  ];
  if (recap.links.length) {
    parts.push(`## ${escapeMarkdown(t('recaps.links'))}\n\n${recap.links.map((l) => `- [${escapeMarkdown(l.label)}](${l.url})`).join('\n')}`);
  }
  return parts.filter((p) => p.trim() !== '').join('\n\n') + '\n';
}

export function toMarkdown(recap: PublicRecap, i18n: I18n): string {
  const frontmatter = [
    '---',
    `title: ${quoteYaml(recap.title)}`,
    `date: ${isoDay(recap.event.start)}`,
    ...(recap.tags.length ? [`tags: [${recap.tags.map(quoteYaml).join(', ')}]`] : []),
    '---',
  ].join('\n');
  return `${frontmatter}\n\n${articleMarkdown(recap, i18n)}`;
}

/** Just enough to read well when opened directly; a CMS applies its own styles on paste. */
const css = `body{font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1e21;background:#fff;margin:0}
article{max-width:68ch;margin:0 auto;padding:2rem 1rem 4rem}
h1{font-size:2rem;line-height:1.2}h2{margin-top:2rem}
a{color:#174f9f}table{border-collapse:collapse}th,td{border:1px solid #c3beb5;padding:.3rem .6rem;text-align:left}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}pre{overflow:auto;background:#f2f0ec;padding:1rem}
img{max-width:100%}`;

export function toHtml(recap: PublicRecap, i18n: I18n): string {
  // The same allowlist as the wiki's pages: the export never carries markup a page would not.
  const { html } = markdownToHtml(articleMarkdown(recap, i18n), { hastPlugins: [contentPolicyPlugin({ dropInternal: true })], features: { rawHtml: true } });
  return `<!doctype html>
<html lang="${escapeHtml(i18n.locale)}" dir="${i18n.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(recap.title)}</title>
<meta name="description" content="${escapeHtml(recap.why)}">
<style>
${css}
</style>
</head>
<body>
<article>
${html.trim()}
</article>
</body>
</html>
`;
}
