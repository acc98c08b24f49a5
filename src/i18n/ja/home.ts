/** Japanese: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': 'チームにメール',
  'home.requests': 'DevRel に相談する',
  'home.writeTo': '{email} までご連絡ください。',
  'home.writeToOrChat': '{email} までご連絡いただくか、{chat} で気軽に声をかけてください。',
  'home.activePrograms': '実施中のプログラム',
  'home.eventsYear': 'イベント数（過去12か月）',
  'home.developersYear': 'リーチした開発者（過去12か月）',
  'home.openMeetings': '参加できるオープンミーティング',
  'home.howWeAreDoing': '現在の状況',
  'home.workingOn': '取り組んでいること',
  'home.allUpdates': '近況をすべて見る',
  'home.digest': '最新の動きを知りたい方は{digest}をどうぞ。毎月のイベント、数字、ニュースを1ページにまとめています。',
  'home.digestLink': '月次ダイジェスト',
  'home.meetings': 'ミーティングに参加する',
  'home.allMeetings': 'ミーティングをすべて見る',
  'home.programs': '実施中のプログラム',
  'home.allPrograms': 'プログラムをすべて見る',
  'home.noneActive': '現在、実施中のプログラムはありません。計画中・休止中・終了したものは{all}で確認できます。',
  'home.latestRecaps': '最新のイベントレポート',
  'home.allRecaps': 'レポートをすべて見る',
  'home.allRecapsCount': { other: 'レポート{count}件をすべて見る' },
  'home.departments': '各部門との連携',
  'home.allDepartments': '部門をすべて見る',
};
