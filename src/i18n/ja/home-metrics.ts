/** Japanese: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': '現在の状況',
  'homeMetrics.choose': '会社に最初に見てほしい指標を3〜4つ選び、{file} の {setting} にその ID を書いてください。例：{example}',
  'homeMetrics.none': '会社に最初に見てほしい指標がここに表示されます。{command} で指標を追加し、その ID を {file} の {setting} に書いてください。',
  'homeMetrics.all': 'すべての指標',
};
