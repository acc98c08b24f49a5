/** Simplified Chinese: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': '待复核的页面',
  'reviewPage.breadcrumb': '待复核',
  'reviewPage.description': '负责人应复核的项目、指南章节、会议和部门页面。',
  'reviewPage.lead': '项目、指南章节、会议和部门页面都有一位负责定期复核的人。以下是已到复核时间的页面（逾期最久的排在前面），以及数据已停止更新的指标。',
  'reviewPage.asOf': '到期日期以本站点生成时的 {date} 为准',
  'reviewPage.overdue': '已逾期',
  'reviewPage.nothingOverdue': '没有逾期的页面。',
  'reviewPage.dueSoon': { other: '{count} 天内到期' },
  'reviewPage.nothingDueSoon': { other: '{count} 天内没有到期的页面。' },
  'reviewPage.kind.programs': '项目',
  'reviewPage.kind.roadbook': '指南章节',
  'reviewPage.kind.meetings': '会议',
  'reviewPage.kind.departments': '部门',
  'reviewPage.kind.metric': '指标',
  'reviewPage.edit': '编辑',
  'reviewPage.editLabel': '编辑{title}',
  'reviewPage.nobody': '无',
  'reviewPage.lastReviewed': '上次复核',
  'reviewPage.data': '数据',
  'reviewPage.staleMetrics': '数据过期的指标',
  'reviewPage.allFresh': '所有指标都有最新数据。',
  'reviewPage.how': '如何复核页面',
  'reviewPage.step1': '以新人的视角通读页面，改正已不准确的内容。',
  'reviewPage.step2': '即使没有其他改动，也把文件头部的 {field} 设为今天的日期（本次构建时为 {date}）。',
  'reviewPage.step3': '如果页面过时得比每 {days} 天更快或更慢，把 {field} 设为合适的天数。',
  'reviewPage.step4': '提交拉取请求。{command} 会列出所有逾期页面及其负责人。',
};
