/** Spanish: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': 'Fotos',
  'media.video.playTitle': ': {title}',
  'media.video.playButton': 'Reproducir',
  'media.video.loads': 'Se reproduce desde {host}; no se carga nada de {host} hasta que hagas clic.',
  'media.video.watchOn': 'Ver en {host}',
  'media.video.download': 'Descargar el vídeo',
  'media.video.file': 'Vídeo: {title}',
  'media.video.frameTitle': '{title} (reproductor de {host})',
};
