/** Korean: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': '사진',
  'media.video.playTitle': ': {title}',
  'media.video.playButton': '재생',
  'media.video.loads': '{host}에서 재생됩니다. 클릭하기 전에는 {host}에서 아무것도 불러오지 않습니다.',
  'media.video.watchOn': '{host}에서 보기',
  'media.video.download': '동영상 다운로드',
  'media.video.file': '동영상: {title}',
  'media.video.frameTitle': '{title}({host} 플레이어)',
};
