/** Simplified Chinese: the strings of `../en/media.ts`. */
import type { media as source } from '../en/media.ts';
import type { Translation } from '../types.ts';

export const media: Translation<typeof source> = {
  'media.gallery.label': '照片',
  'media.video.playTitle': '：{title}',
  'media.video.playButton': '播放',
  'media.video.loads': '从 {host} 播放；点击之前不会从 {host} 加载任何内容。',
  'media.video.watchOn': '在 {host} 上观看',
  'media.video.download': '下载视频',
  'media.video.file': '视频：{title}',
  'media.video.frameTitle': '{title}（{host} 播放器）',
};
