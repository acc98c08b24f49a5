/**
 * The site's Content-Security-Policy, besides script-src and style-src (which Astro
 * writes into each page's <meta> with the hashes it needs). One list for the page
 * <meta> (astro.config.mjs) and for the tests that compare it with the host headers in
 * public/_headers and the nginx example, so they cannot drift apart.
 *
 * Only the site's own files load: no third-party fonts, scripts, styles or images, no
 * plugins, no form posts elsewhere. Frames are the one exception, per page: a page with
 * a video player may frame the video hosts (and only after the reader clicks play, see
 * src/lib/media/video.ts); every other page says `frame-src 'none'`. BaseLayout writes
 * that directive into each page's <meta> (frameSrc below).
 *
 * Host headers cannot vary per page, so they say the most any page may: frame-src with
 * the video hosts. A browser enforces every policy it is given, header and <meta> alike,
 * so a page without a video still frames nothing: its own <meta> says 'none'.
 */
import { videoFrameHosts } from './media/video.ts';

export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The frame-src of a page that frames `hosts` (none: 'none'). */
export function frameSrc(hosts: Iterable<string>): `frame-src ${string}` {
  const sorted = [...new Set(hosts)].sort();
  return sorted.length ? `frame-src ${sorted.join(' ')}` : "frame-src 'none'";
}

/** The host headers' frame-src: every video host any page may frame. */
export const headerFrameSrc: string = frameSrc(Object.values(videoFrameHosts));
