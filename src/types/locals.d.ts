/**
 * What components tell the page they are rendered in, through `Astro.locals` (one object
 * per page render). A video player adds its host to `frameHosts`; BaseLayout renders the
 * page's content before its <head> and writes the page's CSP frame-src from the set.
 */
declare namespace App {
  interface Locals {
    /** Hosts of video players on this page (src/lib/media/video.ts videoFrameHosts). */
    frameHosts?: Set<string>;
  }
}
