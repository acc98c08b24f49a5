/**
 * The digest as an e-mail: the HTML that Outlook (Word's renderer), Gmail and Apple
 * Mail all show alike. That means nested tables for layout, every style inline (Gmail
 * drops `<style>` in many views, Outlook ignores most of it), a system font stack,
 * one 640-pixel column, no script, and no resource but the chart PNGs, which sit next
 * to the file and are referenced relatively. Light colours only: a white card with
 * dark text stays legible when a client inverts it for dark mode.
 */
import type { Digest, DigestMetric } from './model.ts';
import { unitName } from '../metrics/units.ts';
import {
  audienceText,
  changeText,
  changeTone,
  meetingDatesText,
  recapDates,
  shoutOutText,
  shortDay,
  targetText,
  totalsText,
  valueText,
} from './format.ts';
import type { RenderOptions } from './markdown.ts';
import { fillHtml } from '../../i18n/html.ts';

/** A chart image written next to the HTML file. */
export interface EmailChart {
  metricId: string;
  /** Relative file name, e.g. `chart-forum-mau.png`. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** A recap's cover as a small JPEG or PNG written next to the HTML file (never the original photo). */
export interface EmailCover {
  recapId: string;
  /** Relative file name, e.g. `cover-2026-05-10-devday-lisbon.jpg`. */
  src: string;
  width: number;
  height: number;
}

export interface EmailOptions extends RenderOptions {
  charts?: readonly EmailChart[];
  covers?: readonly EmailCover[];
  /** The team inbox, for the footer. */
  contactEmail?: string;
}

/** Escape text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const colours = { page: '#f3f1ed', card: '#ffffff', ink: '#1f2328', muted: '#57606a', rule: '#e4e0d8', link: '#1d5fbf', good: '#1a7f37', warn: '#8a5100', bad: '#b42318', soft: '#f7f5f1' };
const healthColour: Record<DigestMetric['health'], string> = { 'on-track': colours.good, 'at-risk': colours.warn, 'off-track': colours.bad, 'no-target': colours.muted };

const s = {
  h1: `margin:0 0 8px;font-family:${font};font-size:26px;line-height:1.25;color:${colours.ink};font-weight:700;`,
  h2: `margin:0 0 12px;font-family:${font};font-size:19px;line-height:1.3;color:${colours.ink};font-weight:700;`,
  p: `margin:0 0 12px;font-family:${font};font-size:15px;line-height:1.55;color:${colours.ink};`,
  small: `margin:0 0 8px;font-family:${font};font-size:13px;line-height:1.5;color:${colours.muted};`,
  a: `color:${colours.link};text-decoration:underline;`,
  th: `padding:6px 8px;border-bottom:2px solid ${colours.rule};font-family:${font};font-size:13px;line-height:1.3;color:${colours.muted};font-weight:600;`,
  td: `padding:8px;border-bottom:1px solid ${colours.rule};font-family:${font};font-size:14px;line-height:1.4;color:${colours.ink};vertical-align:top;`,
  li: `margin:0 0 10px;font-family:${font};font-size:15px;line-height:1.5;color:${colours.ink};`,
};

/** A layout table: no borders or spacing, hidden from screen readers as a table. */
const layout = (content: string, style = '', dir?: 'ltr' | 'rtl') =>
  `<table role="presentation"${dir ? ` dir="${dir}"` : ''} width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;${style}">${content}</table>`;

/** One section of the card: a heading and its content, with a rule above. */
const section = (title: string, content: string) =>
  `<tr><td style="padding:24px 24px 12px;border-top:1px solid ${colours.rule};"><h2 style="${s.h2}">${escapeHtml(title)}</h2>${content}</td></tr>`;

export function renderDigestEmail(digest: Digest, options: EmailOptions): string {
  const { i18n } = options;
  const { t, f } = i18n;
  const sep = escapeHtml(t('facts.separator'));
  const a = (text: string, path: string) => `<a href="${escapeHtml(options.link(path))}" style="${s.a}">${escapeHtml(text)}</a>`;
  const e = escapeHtml;
  // Mail clients know few logical properties: the list's indent goes on the side its text starts.
  const indent = i18n.dir === 'rtl' ? '0 20px 0 0' : '0 0 0 20px';
  const list = (items: string[]) => `<ul style="margin:0 0 12px;padding:${indent};">${items.map((i) => `<li style="${s.li}">${i}</li>`).join('')}</ul>`;
  const charts = new Map((options.charts ?? []).map((c) => [c.metricId, c]));
  const month = digest.label;
  const withPeople = (names: string[]) => (names.length ? `${sep}${e(t('digest.with', { people: f.list(names) }))}` : '');
  // Text-aligned cells follow the language's direction: the start is on the right in Arabic.
  const start = i18n.dir === 'rtl' ? 'right' : 'left';
  const end = i18n.dir === 'rtl' ? 'left' : 'right';
  const rows: string[] = [];

  // Header.
  rows.push(`<tr><td style="padding:28px 24px 16px;">
<p style="${s.small}text-transform:uppercase;letter-spacing:1px;font-weight:600;">${e(t('digest.emailEyebrow', { site: options.siteTitle }))}</p>
<h1 style="${s.h1}">${e(month)}</h1>
<p style="${s.p}color:${colours.muted};">${e(t('digest.intro', { month }))}</p>
${digest.empty ? `<p style="${s.p}padding:12px;background:${colours.soft};">${e(t('digest.emptyMail', { month }))}</p>` : ''}
</td></tr>`);

  // What we did.
  if (digest.did.recaps.length === 0) {
    rows.push(section(t('digest.did'), `<p style="${s.p}">${e(t('digest.noRecaps', { month }))}</p>`));
  } else {
    const byProgram = layout(
      `<tr><th scope="col" align="${start}" style="${s.th}">${e(t('digest.program'))}</th><th scope="col" align="${end}" style="${s.th}">${e(t('digest.events'))}</th><th scope="col" align="${end}" style="${s.th}">${e(t('digest.stats.people'))}</th></tr>` +
        digest.did.byProgram.map((row) => `<tr><td style="${s.td}">${row.program ? a(row.program.name, row.program.path) : e(t('digest.noProgram'))}</td><td align="${end}" style="${s.td}">${e(f.number(row.events))}</td><td align="${end}" style="${s.td}">${e(f.number(row.audience))}</td></tr>`).join(''),
      'margin:0 0 16px;',
    ).replace('role="presentation" ', '');
    const covers = new Map((options.covers ?? []).map((c) => [c.recapId, c]));
    const recaps = digest.did.recaps.map((r) => {
      const cover = covers.get(r.id);
      const image = cover && r.cover ? `<img src="${e(cover.src)}" width="${cover.width}" height="${cover.height}" alt="${e(r.cover.alt)}" style="display:block;width:100%;max-width:${cover.width}px;height:auto;border:0;margin:4px 0 8px;">` : '';
      const recordings = r.recordings.map((rec) => `<br><span style="font-size:14px;">${fillHtml(t('digest.recording'), { link: `<a href="${e(rec.url.startsWith('/') ? options.link(rec.url) : rec.url)}" style="${s.a}">${e(rec.title)}</a>` })}</span>`).join('');
      return `${image}<strong>${a(r.title, r.path)}</strong><br><span style="color:${colours.muted};font-size:14px;">${fillHtml(t('digest.recapLine'), {
        facts: e([r.eventName, recapDates(r, i18n), r.location].join(t('facts.separator'))),
        audience: `<strong style="color:${colours.ink};">${e(audienceText(r.audience, i18n))}</strong>`,
        more: `${r.program ? e(t('digest.inProgram', { program: r.program.name })) : ''}${withPeople(r.speakers.map((p) => p.name))}`,
      })}</span><br><span style="font-size:14px;">${e(r.why)}</span>${recordings}`;
    });
    rows.push(section(t('digest.did'), `<p style="${s.p}font-size:17px;"><strong>${e(t('digest.totalsSentence', { totals: totalsText(digest.did.totals, i18n) }))}</strong></p>${byProgram}${list(recaps)}`));
  }

  // What's next.
  const next: string[] = [];
  next.push(
    digest.next.meetings.length
      ? `<p style="${s.p}">${e(t('digest.meetingsIntro'))}</p>${list(digest.next.meetings.map((m) => `${a(m.name, m.path)}: ${e(meetingDatesText(m, i18n))}`))}`
      : `<p style="${s.p}">${e(t('digest.noMeetings', { month: digest.nextLabel }))}</p>`,
  );
  if (digest.next.events.length) {
    next.push(`<p style="${s.p}">${e(t('digest.eventsLead'))}</p>${list(digest.next.events.map((ev) => `${a(ev.eventName, ev.path)}${sep}${e(recapDates(ev, i18n))}${sep}${e(ev.location)}${withPeople(ev.speakers.map((p) => p.name))}`))}`);
  }
  rows.push(section(t('digest.next', { month: digest.nextLabel }), next.join('')));

  // Metrics: the table for every metric, then a chart per headline metric.
  if (digest.metrics.length) {
    const toneColour = { good: colours.good, bad: colours.bad, flat: colours.ink };
    // Three columns, not six: five numbers side by side overflow a phone's screen.
    const table = layout(
      `<tr><th scope="col" align="${start}" style="${s.th}">${e(t('digest.metricTargetHealth'))}</th><th scope="col" align="${end}" style="${s.th}">${e(f.monthShort(digest.month))}</th><th scope="col" align="${end}" style="${s.th}">${e(t('digest.changeFrom', { month: f.monthShort(digest.previousMonth) }))}</th></tr>` +
        digest.metrics
          .map((m) => `<tr><td style="${s.td}">${a(m.name, m.path)}<br><span style="font-size:12px;color:${colours.muted};">${e(unitName(m.unit))}${sep}${e(m.target ? t('digest.targetIs', { target: targetText(m, i18n) }) : t('digest.noTarget'))}</span><br><strong style="font-size:13px;color:${healthColour[m.health]};">${e(m.healthLabel)}</strong></td><td align="${end}" style="${s.td}"><strong>${e(valueText(m.current, digest.month, i18n))}</strong></td><td align="${end}" style="${s.td}"><span style="color:${toneColour[changeTone(m)]};">${e(changeText(m, i18n))}</span><br><span style="font-size:12px;color:${colours.muted};">${e(t('digest.from', { value: valueText(m.previous, digest.previousMonth, i18n) }))}</span></td></tr>`)
          .join(''),
      'margin:0 0 16px;',
    ).replace('role="presentation" ', '');
    const chartBlocks = digest.metrics
      .filter((m) => charts.has(m.id))
      .map((m) => {
        const c = charts.get(m.id)!;
        return `<p style="${s.p}margin-top:20px;"><strong>${a(m.name, m.path)}</strong></p><img src="${e(c.src)}" width="${c.width}" height="${c.height}" alt="${e(c.alt)}" style="display:block;width:100%;max-width:${c.width}px;height:auto;border:0;margin:0 0 8px;"><p style="${s.small}">${e(m.summary)}</p>`;
      })
      .join('');
    rows.push(section(t('digest.numbers'), `${table}${chartBlocks}`));
  }

  if (digest.roadbook.length) {
    rows.push(section(t('digest.roadbook'), list(digest.roadbook.map((c) => `${a(`${f.number(c.order)}. ${c.name}`, c.path)}${sep}${e(c.owner ? t('digest.reviewedBy', { date: shortDay(c.reviewed, i18n), person: c.owner.name }) : t('digest.reviewedOnly', { date: shortDay(c.reviewed, i18n) }))}<br><span style="font-size:14px;color:${colours.muted};">${e(c.summary)}</span>`))));
  }
  if (digest.updates.length) {
    rows.push(section(t('digest.updates'), list(digest.updates.map((u) => `${a(u.name, u.path)}<br><span style="font-size:14px;color:${colours.muted};">${e(shortDay(u.date, i18n))}${u.author ? `${sep}${e(t('digest.byAuthor', { person: u.author.name }))}` : ''}</span>`))));
  }
  if (digest.syncs.length) {
    rows.push(section(t('digest.syncs'), list(digest.syncs.map((sy) => `${a(sy.name, sy.path)}<br><span style="font-size:14px;color:${colours.muted};">${e(sy.department.name)}${sep}${e(sy.meeting)}${sep}${e(shortDay(sy.date, i18n))}${withPeople(sy.attendees.map((p) => p.name))}</span>${list(sy.takeaways.map((tk) => `<span style="font-size:14px;">${e(tk)}</span>`)).replace('margin:0 0 12px;', 'margin:6px 0 0;')}`))));
  }
  if (digest.shoutOuts.length) {
    rows.push(section(t('digest.shoutOuts'), `<p style="${s.p}">${e(t('digest.thanks'))}</p>${list(digest.shoutOuts.map((p) => `<strong>${a(p.name, p.path)}</strong> ${e(shoutOutText(p, i18n))}`))}`));
  }

  // Footer: the sentence is escaped around the link and the address, which are markup.
  const footer = (key: 'digest.readThisOnWiki' | 'digest.readThisOnWikiContact') => e(t(key, { link: '\u0000', email: '\u0001' }))
    .replace('\u0000', a(options.link(digest.path), digest.path))
    .replace('\u0001', options.contactEmail ? `<a href="mailto:${e(options.contactEmail)}" style="${s.a}">${e(options.contactEmail)}</a>` : '');
  rows.push(`<tr><td style="padding:20px 24px 28px;border-top:1px solid ${colours.rule};background:${colours.soft};">
<p style="${s.small}">${footer(options.contactEmail ? 'digest.readThisOnWikiContact' : 'digest.readThisOnWiki')}</p>
${options.linkNote ? `<p style="${s.small}">${e(options.linkNote)}</p>` : ''}
</td></tr>`);

  const preheader = digest.did.recaps.length ? t('digest.preheaderEvents', { totals: totalsText(digest.did.totals, i18n), month }) : t('digest.preheader', { month });
  return `<!DOCTYPE html>
<html lang="${e(i18n.locale)}" dir="${i18n.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${e(t('digest.heading', { site: options.siteTitle, month }))}</title>
</head>
<body style="margin:0;padding:0;background:${colours.page};">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${e(preheader)}</div>
${layout(`<tr><td align="center" style="padding:24px 8px;">
<!--[if mso]><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
${layout(rows.join('\n'), `max-width:640px;background:${colours.card};border:1px solid ${colours.rule};`, i18n.dir)}
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>`, `background:${colours.page};`, i18n.dir)}
</body>
</html>
`;
}
