/** Simplified Chinese: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': '给团队发邮件',
  'home.requests': '向 DevRel 寻求帮助',
  'home.writeTo': '请写信至 {email}。',
  'home.writeToOrChat': '请写信至 {email}，或在 {chat} 打个招呼。',
  'home.activePrograms': '进行中的项目',
  'home.eventsYear': '活动（近 12 个月）',
  'home.developersYear': '触达的开发者（近 12 个月）',
  'home.openMeetings': '可参加的公开会议',
  'home.howWeAreDoing': '当前进展',
  'home.workingOn': '我们正在做的事',
  'home.allUpdates': '全部动态',
  'home.digest': '想快速了解近况？请看{digest}：每个月的活动、数据和新闻都在一页里。',
  'home.digestLink': '月度简报',
  'home.meetings': '欢迎参加我们的会议',
  'home.allMeetings': '全部会议',
  'home.programs': '进行中的项目',
  'home.allPrograms': '全部项目',
  'home.noneActive': '目前没有进行中的项目；计划中、已暂停和已结束的项目见{all}。',
  'home.latestRecaps': '最新活动回顾',
  'home.allRecaps': '全部回顾',
  'home.allRecapsCount': { other: '全部 {count} 篇回顾' },
  'home.departments': '我们如何与你的部门合作',
  'home.allDepartments': '全部部门',
};
