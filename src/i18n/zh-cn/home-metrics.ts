/** Simplified Chinese: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': '当前进展',
  'homeMetrics.choose': '选出公司最先需要看到的三四项指标：在 {file} 的 {setting} 下列出它们的 ID，例如 {example}。',
  'homeMetrics.none': '公司最先需要看到的指标会显示在这里。先用 {command} 添加一项指标，再在 {file} 的 {setting} 下列出它的 ID。',
  'homeMetrics.all': '全部指标',
};
