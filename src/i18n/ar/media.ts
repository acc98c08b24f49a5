/** Arabic: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': 'صور',
  'media.video.playTitle': ': {title}',
  'media.video.playButton': 'تشغيل',
  'media.video.loads': 'يُشغَّل من {host}؛ لا يُحمَّل شيء من {host} حتى تنقر.',
  'media.video.watchOn': 'شاهد على {host}',
  'media.video.download': 'نزّل الفيديو',
  'media.video.file': 'فيديو: {title}',
  'media.video.frameTitle': '{title} (مشغّل {host})',
};
