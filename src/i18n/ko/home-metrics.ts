/** Korean: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': '현재 현황',
  'homeMetrics.choose': '회사가 가장 먼저 봐야 할 지표 서너 개를 골라 {file}의 {setting} 아래에 ID를 적으세요. 예: {example}',
  'homeMetrics.none': '회사가 가장 먼저 봐야 할 지표가 여기에 표시됩니다. {command}로 지표를 추가한 다음 {file}의 {setting} 아래에 ID를 적으세요.',
  'homeMetrics.all': '모든 지표',
};
