/**
 * Checks specific to recaps, beyond their schema: a past event should say how many
 * people came. (`<Internal>` parts are checked with every other body, in body/.)
 */
import { isoDay } from '../dates.ts';
import { buildNow } from '../now.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './check-content.ts';
import { judgeLoadedFile, type SiteFiles } from './body/site-files.ts';
import { parseVideoSource } from '../media/video.ts';

type RecapFile = Pick<ValidEntry, 'collection' | 'file' | 'body' | 'bodyLine' | 'data' | 'locate'>;

/** Problems in every recap of `entries`; `files` answers whether a cover photo exists. */
export function checkRecaps(entries: readonly RecapFile[], now: Date = buildNow(), files?: SiteFiles): Problem[] {
  return entries.flatMap((entry) => (entry.collection === 'recaps' ? [...checkAudience(entry, now), ...(files ? checkMedia(entry, files) : [])] : []));
}

/** The cover must be a photo the site has; a recording link must be one the wiki can play or link. */
function checkMedia(entry: Pick<RecapFile, 'file' | 'data' | 'locate'>, files: SiteFiles): Problem[] {
  const problems: Problem[] = [];
  const cover = entry.data.cover as { src?: string } | undefined;
  if (typeof cover?.src === 'string') {
    const verdict = judgeLoadedFile(cover.src, files);
    if (!verdict.ok) problems.push({ severity: 'error', file: entry.file, ...entry.locate(['cover', 'src']), field: 'cover.src', message: verdict.message, hint: verdict.hint });
  }
  const links = (entry.data.links as Array<{ url: string; kind?: string }> | undefined) ?? [];
  links.forEach((link, index) => {
    if (link.kind !== 'recording' || !link.url.startsWith('/videos/')) return;
    const video = parseVideoSource(link.url);
    const missing = video.ok && video.source.kind === 'file' && !files.videos?.has(video.source.file);
    if (!video.ok || missing) {
      problems.push({ severity: 'error', file: entry.file, ...entry.locate(['links', index, 'url']), field: `links[${index}].url`, message: video.ok ? `no file content${link.url} exists` : video.message, hint: video.ok ? 'add the MP4 to content/videos/, or fix the path' : video.hint });
    }
  });
  return problems;
}

/** A past event without `audience`: a warning, so content never breaks just because time passed. */
export function checkAudience(entry: Pick<RecapFile, 'file' | 'data' | 'locate'>, now: Date): Problem[] {
  const event = entry.data.event as { start?: Date; end?: Date } | undefined;
  if (!(event?.start instanceof Date) || entry.data.audience !== undefined) return [];
  const lastDay = event.end ?? event.start;
  // Only once the last day is over: during the event nobody has counted yet.
  if (isoDay(lastDay) >= isoDay(now)) return [];
  return [{
    severity: 'warning',
    file: entry.file,
    ...entry.locate(['event', 'start']),
    field: 'audience',
    message: `the event on ${isoDay(event.start)} has happened but the recap does not say how many people came, so it counts 0 in reach and engagement figures`,
    hint: 'add a line like "audience: 120" (attendees, booth visitors or live viewers, as counted)',
  }];
}
