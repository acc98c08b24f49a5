/** Japanese: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': '{site} ダイジェスト：{month}',
  'digestSend.chat.title': '{site} ダイジェスト：{month}',
  'digestSend.chat.heading': '月次ダイジェスト：{month}',
  'digestSend.chat.events': 'イベント',
  'digestSend.chat.reached': 'リーチした人数',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': '取り組んだこと',
  'digestSend.chat.noEvents': '今月のイベントレポートはありません。',
  'digestSend.chat.moreEvents': { other: 'ほか{count}件のイベントはダイジェストで' },
  'digestSend.chat.read': 'ダイジェストを読む',
  'digestSend.chat.eventWhenWhere': '{when}、{where}',
};
