/**
 * Click to play: a video poster (src/components/content/Video.astro) is a link to the
 * recording; with JavaScript, clicking it puts the host's player in its place and nothing
 * reached the host before. The player's address was built by the wiki from a checked id
 * (src/lib/media/video.ts), never copied from content, and only https frames of the
 * page's CSP frame-src can load.
 */
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element)) return;
  const poster = event.target.closest<HTMLAnchorElement>('a.video-poster[data-embed]');
  if (!poster || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const embed = poster.dataset.embed;
  if (!embed || !embed.startsWith('https://')) return;
  event.preventDefault();
  const frame = document.createElement('iframe');
  frame.src = embed;
  frame.title = poster.dataset.frameTitle ?? '';
  frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  poster.replaceWith(frame);
  frame.focus();
});
