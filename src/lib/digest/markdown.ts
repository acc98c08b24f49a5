/**
 * The digest as Markdown, for pasting into an internal newsletter tool: headings,
 * short lists and two small tables (GitHub-flavoured, which most tools read), no HTML,
 * no images (a pasted file has nowhere to find them; the metric links lead to charts).
 * Written in the site's language.
 */
import type { I18n } from '../../i18n/i18n.ts';
import { unitName } from '../metrics/units.ts';
import type { Digest } from './model.ts';
import {
  audienceText,
  changeText,
  meetingDatesText,
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
  /** The language to write in. */
  i18n: I18n;
}

/** Text safe inside `[...]` and table cells. */
const escape = (text: string): string => text.replace(/([\\[\]|*_`<>])/g, '\\$1');

export function renderDigestMarkdown(digest: Digest, options: RenderOptions): string {
  const { i18n } = options;
  const { t, f } = i18n;
  const sep = t('facts.separator');
  const a = (text: string, path: string) => `[${escape(text)}](${options.link(path)})`;
  const out: string[] = [];
  const month = digest.label;
  const withPeople = (names: string[]) => (names.length ? `${sep}${t('digest.with', { people: f.list(names) })}` : '');

  out.push(`# ${t('digest.heading', { site: escape(options.siteTitle), month })}`, '');
  out.push(t('digest.intro', { month }), '');
  if (digest.empty) out.push(`_${t('digest.emptyMail', { month })}_`, '');

  out.push(`## ${t('digest.did')}`, '');
  if (digest.did.recaps.length === 0) {
    out.push(t('digest.noRecaps', { month }), '');
  } else {
    out.push(`**${t('digest.totalsSentence', { totals: totalsText(digest.did.totals, i18n) })}**`, '');
    out.push(`| ${t('digest.program')} | ${t('digest.events')} | ${t('digest.stats.people')} |`, '| --- | ---: | ---: |');
    for (const row of digest.did.byProgram) out.push(`| ${row.program ? a(row.program.name, row.program.path) : t('digest.noProgram')} | ${f.number(row.events)} | ${f.number(row.audience)} |`);
    out.push('');
    for (const recap of digest.did.recaps) {
      out.push(`- **${a(recap.title, recap.path)}**  `);
      const more = `${recap.program ? t('digest.inProgram', { program: escape(recap.program.name) }) : ''}${escape(withPeople(recap.speakers.map((s) => s.name)))}`;
      out.push(`  ${t('digest.recapLine', { facts: [escape(recap.eventName), recapDates(recap, i18n), escape(recap.location)].join(sep), audience: audienceText(recap.audience, i18n), more })}  `);
      out.push(`  ${t('digest.why', { why: escape(recap.why) })}${recap.recordings.length ? '  ' : ''}`);
      recap.recordings.forEach((recording, index) => out.push(`  ${t('digest.recording', { link: `[${escape(recording.title)}](${recording.url.startsWith('/') ? options.link(recording.url) : recording.url})` })}${index < recap.recordings.length - 1 ? '  ' : ''}`));
    }
    out.push('');
  }

  out.push(`## ${t('digest.next', { month: digest.nextLabel })}`, '');
  if (digest.next.meetings.length) {
    out.push(t('digest.meetingsIntro'), '');
    for (const meeting of digest.next.meetings) out.push(`- ${a(meeting.name, meeting.path)}: ${meetingDatesText(meeting, i18n)}`);
    out.push('');
  } else out.push(t('digest.noMeetings', { month: digest.nextLabel }), '');
  if (digest.next.events.length) {
    out.push(t('digest.eventsLead'), '');
    for (const event of digest.next.events) out.push(`- ${a(event.eventName, event.path)}${sep}${recapDates(event, i18n)}${sep}${escape(event.location)}${escape(withPeople(event.speakers.map((s) => s.name)))}`);
    out.push('');
  }

  out.push(`## ${t('digest.numbers')}`, '');
  if (digest.metrics.length) {
    out.push(`| ${t('digest.metric')} | ${f.monthShort(digest.month)} | ${f.monthShort(digest.previousMonth)} | ${t('digest.change')} | ${t('digest.target')} | ${t('digest.health')} |`, '| --- | ---: | ---: | ---: | --- | --- |');
    for (const m of digest.metrics) {
      out.push(`| ${a(m.name, m.path)} (${escape(unitName(m.unit))}) | ${valueText(m.current, digest.month, i18n)} | ${valueText(m.previous, digest.previousMonth, i18n)} | ${changeText(m, i18n)} | ${targetText(m, i18n)} | ${m.healthLabel} |`);
    }
    out.push('');
  } else out.push(t('digest.noMetrics'), '');

  if (digest.roadbook.length) {
    out.push(`## ${t('digest.roadbook')}`, '');
    for (const chapter of digest.roadbook) {
      const reviewed = chapter.owner ? t('digest.reviewedBy', { date: shortDay(chapter.reviewed, i18n), person: chapter.owner.name }) : t('digest.reviewedOnly', { date: shortDay(chapter.reviewed, i18n) });
      out.push(`- ${a(`${f.number(chapter.order)}. ${chapter.name}`, chapter.path)}${sep}${escape(reviewed)}: ${escape(chapter.summary)}`);
    }
    out.push('');
  }
  if (digest.updates.length) {
    out.push(`## ${t('digest.updates')}`, '');
    for (const update of digest.updates) out.push(`- ${a(update.name, update.path)}${sep}${shortDay(update.date, i18n)}${update.author ? `${sep}${escape(t('digest.byAuthor', { person: update.author.name }))}` : ''}`);
    out.push('');
  }
  if (digest.syncs.length) {
    out.push(`## ${t('digest.syncs')}`, '');
    for (const sync of digest.syncs) {
      out.push(`- ${a(sync.name, sync.path)}: ${escape(sync.department.name)}${sep}${escape(sync.meeting)}${sep}${shortDay(sync.date, i18n)}${escape(withPeople(sync.attendees.map((p) => p.name)))}`);
      for (const takeaway of sync.takeaways) out.push(`  - ${escape(takeaway)}`);
    }
    out.push('');
  }
  if (digest.shoutOuts.length) {
    out.push(`## ${t('digest.shoutOuts')}`, '');
    for (const person of digest.shoutOuts) out.push(`- **${a(person.name, person.path)}** ${escape(shoutOutText(person, i18n))}`);
    out.push('');
  }

  out.push('---', '', t('digest.readOnWiki', { url: options.link(digest.path) }));
  if (options.linkNote) out.push('', `_${options.linkNote}_`);
  return `${out.join('\n').trimEnd()}\n`;
}
