/** Korean: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': '검토가 필요한 페이지',
  'reviewPage.breadcrumb': '검토 필요',
  'reviewPage.description': '담당자가 검토해야 할 프로그램, 가이드 장, 미팅, 부서 페이지.',
  'reviewPage.lead': '프로그램, 가이드 장, 미팅, 부서 페이지마다 정기적으로 검토하는 담당자가 있습니다. 아래는 검토 기한이 된 페이지(기한이 가장 많이 지난 순)와 데이터가 들어오지 않는 지표입니다.',
  'reviewPage.asOf': '기한은 이 사이트를 만든 {date} 기준입니다',
  'reviewPage.overdue': '기한 지남',
  'reviewPage.nothingOverdue': '기한이 지난 페이지가 없습니다.',
  'reviewPage.dueSoon': { other: '{count}일 이내 기한' },
  'reviewPage.nothingDueSoon': { other: '{count}일 이내에 기한이 되는 페이지가 없습니다.' },
  'reviewPage.kind.programs': '프로그램',
  'reviewPage.kind.roadbook': '가이드 장',
  'reviewPage.kind.meetings': '미팅',
  'reviewPage.kind.departments': '부서',
  'reviewPage.kind.metric': '지표',
  'reviewPage.edit': '편집',
  'reviewPage.editLabel': '{title} 편집',
  'reviewPage.nobody': '없음',
  'reviewPage.lastReviewed': '마지막 검토',
  'reviewPage.data': '데이터',
  'reviewPage.staleMetrics': '데이터가 오래된 지표',
  'reviewPage.allFresh': '모든 지표에 최신 데이터가 있습니다.',
  'reviewPage.how': '페이지 검토 방법',
  'reviewPage.step1': '새로 온 사람이 읽듯이 페이지를 읽고, 더 이상 맞지 않는 내용을 고칩니다.',
  'reviewPage.step2': '다른 내용이 바뀌지 않았더라도 파일 머리말의 {field}를 오늘 날짜(이 빌드 기준 {date})로 바꿉니다.',
  'reviewPage.step3': '페이지가 {days}일보다 빠르거나 느리게 낡는다면 {field}에 맞는 일수를 설정합니다.',
  'reviewPage.step4': '풀 리퀘스트를 엽니다. {command}는 기한이 지난 모든 페이지를 담당자와 함께 보여 줍니다.',
};
