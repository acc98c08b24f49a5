/** German: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': 'Fotos',
  'media.video.playTitle': ': {title}',
  'media.video.playButton': 'Abspielen',
  'media.video.loads': 'Wird von {host} abgespielt; von {host} wird erst etwas geladen, wenn Sie klicken.',
  'media.video.watchOn': 'Auf {host} ansehen',
  'media.video.download': 'Video herunterladen',
  'media.video.file': 'Video: {title}',
  'media.video.frameTitle': '{title} (Player von {host})',
};
