/**
 * The digest as Markdown, for pasting into an internal newsletter tool: headings,
 * short lists and two small tables (GitHub-flavoured, which most tools read), no HTML,
 * no images (a pasted file has nowhere to find them; the metric links lead to charts).
 */
import type { Digest } from './model.ts';
import {
  audienceText,
  changeText,
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

export interface RenderOptions {
  /** Turns a site path (`/recaps/x/`) into the href to print: absolute with SITE_URL. */
  link: (path: string) => string;
  /** The wiki's name, e.g. "Lumenstack DevRel". */
  siteTitle: string;
  /** A line saying links are relative, when no SITE_URL was set. */
  linkNote?: string;
}

/** Text safe inside `[...]` and table cells. */
const escape = (text: string): string => text.replace(/([\\[\]|*_`<>])/g, '\\$1');

export function renderDigestMarkdown(digest: Digest, options: RenderOptions): string {
  const a = (text: string, path: string) => `[${escape(text)}](${options.link(path)})`;
  const out: string[] = [];
  const short = (period: string) => monthLabel(period, 'short');

  out.push(`# ${escape(options.siteTitle)} digest: ${digest.label}`, '');
  out.push(`What Developer Relations did in ${digest.label}, what is next, and how our numbers moved.`, '');
  if (digest.empty) out.push(`_Nothing was recorded for ${digest.label}: no event recaps, updates, syncs or roadbook reviews. The metrics and next month's dates are below._`, '');

  out.push('## What we did', '');
  if (digest.did.recaps.length === 0) {
    out.push(`No events recapped in ${digest.label}.`, '');
  } else {
    out.push(`**${totalsText(digest.did.totals)}.**`, '');
    out.push('| Program | Events | People reached |', '| --- | ---: | ---: |');
    for (const row of digest.did.byProgram) out.push(`| ${row.program ? a(row.program.name, row.program.path) : 'No program'} | ${row.events} | ${formatCount(row.audience)} |`);
    out.push('');
    for (const recap of digest.did.recaps) {
      const who = recap.speakers.length ? `, with ${listText(recap.speakers.map((s) => s.name))}` : '';
      out.push(`- **${a(recap.title, recap.path)}**  `);
      out.push(`  ${escape(recap.eventName)}, ${recapDates(recap)}, ${escape(recap.location)}: ${audienceText(recap.audience)}${recap.program ? ` (${escape(recap.program.name)})` : ''}${who}.  `);
      out.push(`  Why it mattered: ${escape(recap.why)}${recap.recordings.length ? '  ' : ''}`);
      recap.recordings.forEach((recording, index) => out.push(`  Recording: [${escape(recording.title)}](${recording.url.startsWith('/') ? options.link(recording.url) : recording.url})${index < recap.recordings.length - 1 ? '  ' : ''}`));
    }
    out.push('');
  }

  out.push(`## What's next in ${digest.nextLabel}`, '');
  if (digest.next.meetings.length) {
    out.push('Meetings anyone can join (times in the meeting’s own time zone):', '');
    for (const meeting of digest.next.meetings) out.push(`- ${a(meeting.name, meeting.path)}: ${meetingDatesText(meeting)}`);
    out.push('');
  } else out.push(`No meetings scheduled in ${digest.nextLabel}.`, '');
  if (digest.next.events.length) {
    out.push('Events:', '');
    for (const event of digest.next.events) out.push(`- ${a(event.eventName, event.path)}, ${recapDates(event)}, ${escape(event.location)}${event.speakers.length ? `, with ${listText(event.speakers.map((s) => s.name))}` : ''}`);
    out.push('');
  }

  out.push('## How the numbers moved', '');
  if (digest.metrics.length) {
    out.push(`| Metric | ${short(digest.month)} | ${short(digest.previousMonth)} | Change | Target | Health |`, '| --- | ---: | ---: | ---: | --- | --- |');
    for (const m of digest.metrics) {
      out.push(`| ${a(m.name, m.path)} (${escape(m.unit)}) | ${valueText(m.current, digest.month)} | ${valueText(m.previous, digest.previousMonth)} | ${changeText(m)} | ${targetText(m)} | ${m.healthLabel} |`);
    }
    out.push('');
  } else out.push('No metrics defined yet.', '');

  if (digest.roadbook.length) {
    out.push('## New and reviewed in the roadbook', '');
    for (const chapter of digest.roadbook) out.push(`- ${a(`${chapter.order}. ${chapter.name}`, chapter.path)}, reviewed ${shortDay(chapter.reviewed)}${chapter.owner ? ` by ${chapter.owner.name}` : ''}: ${escape(chapter.summary)}`);
    out.push('');
  }
  if (digest.updates.length) {
    out.push('## Updates we posted', '');
    for (const update of digest.updates) out.push(`- ${a(update.name, update.path)}, ${shortDay(update.date)}${update.author ? `, by ${update.author.name}` : ''}`);
    out.push('');
  }
  if (digest.syncs.length) {
    out.push('## Syncs with partner departments', '');
    for (const sync of digest.syncs) {
      out.push(`- ${a(sync.name, sync.path)}: ${escape(sync.department.name)}, ${escape(sync.meeting)}, ${shortDay(sync.date)}, with ${listText(sync.attendees.map((p) => p.name))}`);
      for (const takeaway of sync.takeaways) out.push(`  - ${escape(takeaway)}`);
    }
    out.push('');
  }
  if (digest.shoutOuts.length) {
    out.push('## Shout-outs', '');
    for (const person of digest.shoutOuts) out.push(`- **${a(person.name, person.path)}** ${escape(shoutOutText(person))}`);
    out.push('');
  }

  out.push('---', '', `Read it on the wiki: ${options.link(digest.path)}`);
  if (options.linkNote) out.push('', `_${options.linkNote}_`);
  return `${out.join('\n').trimEnd()}\n`;
}
