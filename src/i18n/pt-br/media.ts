/** Brazilian Portuguese: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': 'Fotos',
  'media.video.playTitle': ': {title}',
  'media.video.playButton': 'Reproduzir',
  'media.video.loads': 'Reproduzido a partir de {host}; nada é carregado de {host} até você clicar.',
  'media.video.watchOn': 'Assistir no {host}',
  'media.video.download': 'Baixar o vídeo',
  'media.video.file': 'Vídeo: {title}',
  'media.video.frameTitle': '{title} (player do {host})',
};
