/** French: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': 'Photos',
  'media.video.playTitle': ' : {title}',
  'media.video.playButton': 'Lire',
  'media.video.loads': 'Lecture depuis {host} ; rien n’est chargé depuis {host} avant votre clic.',
  'media.video.watchOn': 'Regarder sur {host}',
  'media.video.download': 'Télécharger la vidéo',
  'media.video.file': 'Vidéo : {title}',
  'media.video.frameTitle': '{title} (lecteur {host})',
};
