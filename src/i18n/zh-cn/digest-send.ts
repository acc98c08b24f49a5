/** Simplified Chinese: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': '{site} 简报：{month}',
  'digestSend.chat.title': '{site} 简报：{month}',
  'digestSend.chat.heading': '月度简报：{month}',
  'digestSend.chat.events': '活动',
  'digestSend.chat.reached': '触达人数',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': '我们做了什么',
  'digestSend.chat.noEvents': '本月没有活动回顾。',
  'digestSend.chat.moreEvents': { other: '简报中还有 {count} 场活动' },
  'digestSend.chat.read': '阅读简报',
  'digestSend.chat.eventWhenWhere': '{when}，{where}',
};
