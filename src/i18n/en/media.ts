/**
 * English UI strings of photos, galleries, video players and diagrams (issue 27).
 */
export const media = {
  'media.gallery.label': 'Photos',
  /** After "Play" over a poster, for screen readers: which recording. */
  'media.video.playTitle': ': {title}',
  'media.video.playButton': 'Play',
  'media.video.loads': 'Plays from {host}; nothing is loaded from {host} until you click.',
  'media.video.watchOn': 'Watch on {host}',
  'media.video.download': 'Download the video',
  'media.video.file': 'Video: {title}',
  'media.video.frameTitle': '{title} ({host} player)',
} as const;
