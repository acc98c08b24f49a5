/** Korean: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': '{site} 다이제스트: {month}',
  'digestSend.chat.title': '{site} 다이제스트: {month}',
  'digestSend.chat.heading': '월간 다이제스트: {month}',
  'digestSend.chat.events': '행사',
  'digestSend.chat.reached': '만난 사람',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': '우리가 한 일',
  'digestSend.chat.noEvents': '이번 달에는 행사 후기가 없습니다.',
  'digestSend.chat.moreEvents': { other: '다이제스트에 행사 {count}건 더 있음' },
  'digestSend.chat.read': '다이제스트 읽기',
  'digestSend.chat.eventWhenWhere': '{when}, {where}',
};
