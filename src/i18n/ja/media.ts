/** Japanese: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': '写真',
  'media.video.playTitle': '：{title}',
  'media.video.playButton': '再生',
  'media.video.loads': '{host} から再生します。クリックするまで {host} からは何も読み込みません。',
  'media.video.watchOn': '{host} で見る',
  'media.video.download': '動画をダウンロード',
  'media.video.file': '動画：{title}',
  'media.video.frameTitle': '{title}（{host} プレーヤー）',
};
