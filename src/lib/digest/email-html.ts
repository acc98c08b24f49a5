/**
 * The digest as an e-mail: the HTML that Outlook (Word's renderer), Gmail and Apple
 * Mail all show alike. That means nested tables for layout, every style inline (Gmail
 * drops `<style>` in many views, Outlook ignores most of it), a system font stack,
 * one 640-pixel column, no script, and no resource but the chart PNGs, which sit next
 * to the file and are referenced relatively. Light colours only: a white card with
 * dark text stays legible when a client inverts it for dark mode.
 */
import type { Digest, DigestMetric } from './model.ts';
import {
  audienceText,
  changeText,
  changeTone,
  formatCount,
  listText,
  meetingDatesText,
  monthLabel,
  recapDates,
  shoutOutText,
  shortDay,
  targetText,
  totalsText,
  valueText,
} from './format.ts';
import type { RenderOptions } from './markdown.ts';

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
const layout = (content: string, style = '') =>
  `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;${style}">${content}</table>`;

/** One section of the card: a heading and its content, with a rule above. */
const section = (title: string, content: string) =>
  `<tr><td style="padding:24px 24px 12px;border-top:1px solid ${colours.rule};"><h2 style="${s.h2}">${escapeHtml(title)}</h2>${content}</td></tr>`;

export function renderDigestEmail(digest: Digest, options: EmailOptions): string {
  const a = (text: string, path: string) => `<a href="${escapeHtml(options.link(path))}" style="${s.a}">${escapeHtml(text)}</a>`;
  const e = escapeHtml;
  const list = (items: string[]) => `<ul style="margin:0 0 12px;padding:0 0 0 20px;">${items.map((i) => `<li style="${s.li}">${i}</li>`).join('')}</ul>`;
  const charts = new Map((options.charts ?? []).map((c) => [c.metricId, c]));
  const short = (period: string) => monthLabel(period, 'short');
  const rows: string[] = [];

  // Header.
  rows.push(`<tr><td style="padding:28px 24px 16px;">
<p style="${s.small}text-transform:uppercase;letter-spacing:1px;font-weight:600;">${e(options.siteTitle)} monthly digest</p>
<h1 style="${s.h1}">${e(digest.label)}</h1>
<p style="${s.p}color:${colours.muted};">What Developer Relations did in ${e(digest.label)}, what is next, and how our numbers moved.</p>
${digest.empty ? `<p style="${s.p}padding:12px;background:${colours.soft};">Nothing was recorded for ${e(digest.label)}: no event recaps, updates, syncs or roadbook reviews. The metrics and next month's dates are below.</p>` : ''}
</td></tr>`);

  // What we did.
  if (digest.did.recaps.length === 0) {
    rows.push(section('What we did', `<p style="${s.p}">No events recapped in ${e(digest.label)}.</p>`));
  } else {
    const byProgram = layout(
      `<tr><th scope="col" align="left" style="${s.th}">Program</th><th scope="col" align="right" style="${s.th}">Events</th><th scope="col" align="right" style="${s.th}">People reached</th></tr>` +
        digest.did.byProgram.map((row) => `<tr><td style="${s.td}">${row.program ? a(row.program.name, row.program.path) : 'No program'}</td><td align="right" style="${s.td}">${row.events}</td><td align="right" style="${s.td}">${formatCount(row.audience)}</td></tr>`).join(''),
      'margin:0 0 16px;',
    ).replace('role="presentation" ', '');
    const covers = new Map((options.covers ?? []).map((c) => [c.recapId, c]));
    const recaps = digest.did.recaps.map((r) => {
      const who = r.speakers.length ? `, with ${e(listText(r.speakers.map((p) => p.name)))}` : '';
      const cover = covers.get(r.id);
      const image = cover && r.cover ? `<img src="${e(cover.src)}" width="${cover.width}" height="${cover.height}" alt="${e(r.cover.alt)}" style="display:block;width:100%;max-width:${cover.width}px;height:auto;border:0;margin:4px 0 8px;">` : '';
      const recordings = r.recordings.map((rec) => `<br><span style="font-size:14px;">Recording: <a href="${e(rec.url.startsWith('/') ? options.link(rec.url) : rec.url)}" style="${s.a}">${e(rec.title)}</a></span>`).join('');
      return `${image}<strong>${a(r.title, r.path)}</strong><br><span style="color:${colours.muted};font-size:14px;">${e(r.eventName)}, ${e(recapDates(r))}, ${e(r.location)}: <strong style="color:${colours.ink};">${e(audienceText(r.audience))}</strong>${r.program ? ` (${e(r.program.name)})` : ''}${who}.</span><br><span style="font-size:14px;">${e(r.why)}</span>${recordings}`;
    });
    rows.push(section('What we did', `<p style="${s.p}font-size:17px;"><strong>${e(totalsText(digest.did.totals))}.</strong></p>${byProgram}${list(recaps)}`));
  }

  // What's next.
  const next: string[] = [];
  next.push(
    digest.next.meetings.length
      ? `<p style="${s.p}">Meetings anyone can join (times in the meeting's own time zone):</p>${list(digest.next.meetings.map((m) => `${a(m.name, m.path)}: ${e(meetingDatesText(m))}`))}`
      : `<p style="${s.p}">No meetings scheduled in ${e(digest.nextLabel)}.</p>`,
  );
  if (digest.next.events.length) {
    next.push(`<p style="${s.p}">Events:</p>${list(digest.next.events.map((ev) => `${a(ev.eventName, ev.path)}, ${e(recapDates(ev))}, ${e(ev.location)}${ev.speakers.length ? `, with ${e(listText(ev.speakers.map((p) => p.name)))}` : ''}`))}`);
  }
  rows.push(section(`What's next in ${digest.nextLabel}`, next.join('')));

  // Metrics: the table for every metric, then a chart per headline metric.
  if (digest.metrics.length) {
    const toneColour = { good: colours.good, bad: colours.bad, flat: colours.ink };
    // Three columns, not six: five numbers side by side overflow a phone's screen.
    const table = layout(
      `<tr><th scope="col" align="left" style="${s.th}">Metric, target and health</th><th scope="col" align="right" style="${s.th}">${e(short(digest.month))}</th><th scope="col" align="right" style="${s.th}">Change from ${e(short(digest.previousMonth))}</th></tr>` +
        digest.metrics
          .map((m) => `<tr><td style="${s.td}">${a(m.name, m.path)}<br><span style="font-size:12px;color:${colours.muted};">${e(m.unit)}, ${m.target ? `target ${e(targetText(m))}` : 'no target set'}</span><br><strong style="font-size:13px;color:${healthColour[m.health]};">${e(m.healthLabel)}</strong></td><td align="right" style="${s.td}"><strong>${e(valueText(m.current, digest.month))}</strong></td><td align="right" style="${s.td}"><span style="color:${toneColour[changeTone(m)]};">${e(changeText(m))}</span><br><span style="font-size:12px;color:${colours.muted};">from ${e(valueText(m.previous, digest.previousMonth))}</span></td></tr>`)
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
    rows.push(section('How the numbers moved', `${table}${chartBlocks}`));
  }

  if (digest.roadbook.length) {
    rows.push(section('New and reviewed in the roadbook', list(digest.roadbook.map((c) => `${a(`${c.order}. ${c.name}`, c.path)}, reviewed ${e(shortDay(c.reviewed))}${c.owner ? ` by ${e(c.owner.name)}` : ''}<br><span style="font-size:14px;color:${colours.muted};">${e(c.summary)}</span>`))));
  }
  if (digest.updates.length) {
    rows.push(section('Updates we posted', list(digest.updates.map((u) => `${a(u.name, u.path)}<br><span style="font-size:14px;color:${colours.muted};">${e(shortDay(u.date))}${u.author ? `, by ${e(u.author.name)}` : ''}</span>`))));
  }
  if (digest.syncs.length) {
    rows.push(section('Syncs with partner departments', list(digest.syncs.map((sy) => `${a(sy.name, sy.path)}<br><span style="font-size:14px;color:${colours.muted};">${e(sy.department.name)}, ${e(sy.meeting)}, ${e(shortDay(sy.date))}, with ${e(listText(sy.attendees.map((p) => p.name)))}</span>${list(sy.takeaways.map((t) => `<span style="font-size:14px;">${e(t)}</span>`)).replace('margin:0 0 12px;', 'margin:6px 0 0;')}`))));
  }
  if (digest.shoutOuts.length) {
    rows.push(section('Shout-outs', `<p style="${s.p}">Thank you to everyone who spoke, staffed a booth or wrote for the team this month.</p>${list(digest.shoutOuts.map((p) => `<strong>${a(p.name, p.path)}</strong> ${e(shoutOutText(p))}`))}`));
  }

  // Footer.
  rows.push(`<tr><td style="padding:20px 24px 28px;border-top:1px solid ${colours.rule};background:${colours.soft};">
<p style="${s.small}">Read this digest on the wiki: ${a(options.link(digest.path), digest.path)}${options.contactEmail ? `. Questions or ideas: <a href="mailto:${e(options.contactEmail)}" style="${s.a}">${e(options.contactEmail)}</a>` : ''}.</p>
${options.linkNote ? `<p style="${s.small}">${e(options.linkNote)}</p>` : ''}
</td></tr>`);

  const preheader = digest.did.recaps.length ? `${totalsText(digest.did.totals)} in ${digest.label}.` : `DevRel in ${digest.label}.`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${e(options.siteTitle)} digest: ${e(digest.label)}</title>
</head>
<body style="margin:0;padding:0;background:${colours.page};">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${e(preheader)}</div>
${layout(`<tr><td align="center" style="padding:24px 8px;">
<!--[if mso]><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
${layout(rows.join('\n'), `max-width:640px;background:${colours.card};border:1px solid ${colours.rule};`)}
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>`, `background:${colours.page};`)}
</body>
</html>
`;
}
