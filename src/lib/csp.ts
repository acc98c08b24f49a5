/**
 * The site's Content-Security-Policy, besides script-src and style-src (which Astro
 * writes into each page's <meta> with the hashes it needs). One list for the page
 * <meta> (astro.config.mjs) and for the tests that compare it with the host headers in
 * public/_headers, so the two cannot drift apart.
 *
 * Only the site's own files load: no third-party fonts, scripts, styles or images, no
 * frames, no plugins, no form posts elsewhere.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
