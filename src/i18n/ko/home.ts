/** Korean: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': '팀에 이메일 보내기',
  'home.requests': 'DevRel에 도움 요청하기',
  'home.writeTo': '{email}로 연락하세요.',
  'home.writeToOrChat': '{email}로 연락하거나 {chat}에서 편하게 인사하세요.',
  'home.activePrograms': '진행 중인 프로그램',
  'home.eventsYear': '행사 (최근 12개월)',
  'home.developersYear': '만난 개발자 (최근 12개월)',
  'home.openMeetings': '참여할 수 있는 공개 미팅',
  'home.howWeAreDoing': '현재 현황',
  'home.workingOn': '지금 하고 있는 일',
  'home.allUpdates': '모든 소식',
  'home.digest': '놓친 소식이 있나요? {digest}에서 매달의 행사, 수치, 소식을 한 페이지로 보세요.',
  'home.digestLink': '월간 다이제스트',
  'home.meetings': '미팅에 참여하세요',
  'home.allMeetings': '모든 미팅',
  'home.programs': '진행 중인 프로그램',
  'home.allPrograms': '모든 프로그램',
  'home.noneActive': '지금 진행 중인 프로그램은 없습니다. 계획됨, 일시 중지, 종료된 프로그램은 {all}에서 볼 수 있습니다.',
  'home.latestRecaps': '최신 행사 후기',
  'home.allRecaps': '모든 후기',
  'home.allRecapsCount': { other: '후기 {count}건 모두 보기' },
  'home.departments': '부서별 협업 방식',
  'home.allDepartments': '모든 부서',
};
