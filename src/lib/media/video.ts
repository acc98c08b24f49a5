/**
 * What `<Video src="…">` (or a recap link of kind `recording`) points at, read strictly:
 * a YouTube or Vimeo address or id, or an MP4 in content/videos/. The value is content,
 * so only well-formed ids get through, only from these hosts, and every address the
 * page uses is built here from the id, never copied from the content: a `javascript:`
 * URL, another host or an id with a quote in it has nothing to become.
 *
 * Nothing is requested from the video host until the reader chooses to play: the page
 * shows a poster from content/images/ or a plain title card, and a link to the recording
 * (the player loads in its place on click, src/scripts/video-player.ts). YouTube plays
 * from youtube-nocookie.com; Vimeo with `dnt=1`.
 */
import { videosDir } from './video-file.ts';

export type VideoSource =
  | { kind: 'youtube'; id: string; start?: number }
  | { kind: 'vimeo'; id: string; hash?: string; start?: number }
  | { kind: 'file'; file: string };

export type VideoVerdict = { ok: true; source: VideoSource } | { ok: false; message: string; hint: string };

/** The hosts a player frame may come from: the CSP's frame-src on pages with a video, and the host headers' ceiling. */
export const videoFrameHosts = { youtube: 'https://www.youtube-nocookie.com', vimeo: 'https://player.vimeo.com' } as const;

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
const vimeoId = /^\d{6,12}$/;
const vimeoHash = /^[0-9a-f]{6,20}$/;
const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);
const vimeoHosts = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

const hint = 'write a YouTube or Vimeo address (https://www.youtube.com/watch?v=…, https://youtu.be/…, https://vimeo.com/…), just the video\'s id, or a file in content/videos/ as /videos/<file>.mp4';

/** Seconds from `t=90`, `t=1m30s`, `start=90`; undefined when absent or malformed. */
function seconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,3})m)?(?:(\d{1,5})s?)?$/.exec(value);
  if (!match || value === '') return undefined;
  const total = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return total > 0 ? total : undefined;
}

/** Reads a `<Video src>` value. */
export function parseVideoSource(raw: string): VideoVerdict {
  const value = raw.trim();
  if (youtubeId.test(value) && !/^\d+$/.test(value)) return { ok: true, source: { kind: 'youtube', id: value } };
  if (vimeoId.test(value)) return { ok: true, source: { kind: 'vimeo', id: value } };
  if (value.startsWith('/')) {
    const prefix = `/${videosDir}/`;
    let file: string;
    try {
      file = decodeURI(value.split(/[?#]/)[0]!.slice(prefix.length));
    } catch {
      file = '';
    }
    if (!value.startsWith(prefix) || !/\.(mp4|m4v)$/i.test(file) || file.split('/').some((part) => part === '' || part === '.' || part === '..')) {
      return { ok: false, message: `"${value}" is not a video file of the wiki`, hint: 'put the MP4 in content/videos/ and write /videos/<file>.mp4' };
    }
    return { ok: true, source: { kind: 'file', file } };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `"${value.slice(0, 60)}" is not a video address or id`, hint };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: `a "${url.protocol}" address cannot be a video`, hint };
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  if (youtubeHosts.has(host)) {
    const id = host === 'youtu.be' ? parts[0]
      : parts[0] === 'watch' || parts.length === 0 ? url.searchParams.get('v')
      : ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '') ? parts[1] : undefined;
    if (!id || !youtubeId.test(id)) return { ok: false, message: `"${value.slice(0, 80)}" does not name a YouTube video`, hint: 'copy the address from the video\'s Share button: https://youtu.be/<11-character id>' };
    const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
    return { ok: true, source: { kind: 'youtube', id, ...(start ? { start } : {}) } };
  }
  if (vimeoHosts.has(host)) {
    const [first, second] = host === 'player.vimeo.com' && parts[0] === 'video' ? [parts[1], url.searchParams.get('h') ?? undefined] : [parts[0], parts[1]];
    if (!first || !vimeoId.test(first)) return { ok: false, message: `"${value.slice(0, 80)}" does not name a Vimeo video`, hint: 'copy the address from the video\'s page: https://vimeo.com/<number>' };
    if (second !== undefined && !vimeoHash.test(second)) return { ok: false, message: `"${value.slice(0, 80)}" has an unknown part after the video's number`, hint: 'use https://vimeo.com/<number>, or for an unlisted video https://vimeo.com/<number>/<hash>' };
    const start = seconds(url.hash.startsWith('#t=') ? url.hash.slice(3) : null);
    return { ok: true, source: { kind: 'vimeo', id: first, ...(second ? { hash: second } : {}), ...(start ? { start } : {}) } };
  }
  return { ok: false, message: `videos from ${host} cannot be played on the wiki`, hint: `the wiki plays YouTube and Vimeo videos and MP4 files in content/videos/; for anything else, link to it: [Watch the recording](${value.slice(0, 80)})` };
}

/** The player's address: loaded in a frame only after the reader clicks play. */
export function embedUrl(source: VideoSource): string | undefined {
  if (source.kind === 'youtube') return `${videoFrameHosts.youtube}/embed/${source.id}?autoplay=1&rel=0${source.start ? `&start=${source.start}` : ''}`;
  if (source.kind === 'vimeo') return `${videoFrameHosts.vimeo}/video/${source.id}?autoplay=1&dnt=1${source.hash ? `&h=${source.hash}` : ''}${source.start ? `#t=${source.start}s` : ''}`;
  return undefined;
}

/** The recording's own page, for readers without JavaScript and for feeds, the digest and the export. */
export function watchUrl(source: Exclude<VideoSource, { kind: 'file' }>): string {
  if (source.kind === 'youtube') return `https://www.youtube.com/watch?v=${source.id}${source.start ? `&t=${source.start}s` : ''}`;
  return `https://vimeo.com/${source.id}${source.hash ? `/${source.hash}` : ''}${source.start ? `#t=${source.start}s` : ''}`;
}

/** The frame host a source needs, if any. */
export const frameHostOf = (source: VideoSource): string | undefined => (source.kind === 'file' ? undefined : videoFrameHosts[source.kind]);

/** "YouTube", "Vimeo": where the recording plays, for "Play (loads YouTube)". */
export const hostName = (source: Exclude<VideoSource, { kind: 'file' }>): string => (source.kind === 'youtube' ? 'YouTube' : 'Vimeo');
