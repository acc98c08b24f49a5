/** Arabic: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': 'راسل الفريق',
  'home.requests': 'اطلب مساعدة فريق علاقات المطورين',
  'home.writeTo': 'راسلنا على {email}.',
  'home.writeToOrChat': 'راسلنا على {email} أو ألقِ التحية في {chat}.',
  'home.activePrograms': 'البرامج النشطة',
  'home.eventsYear': 'الفعاليات في آخر 12 شهرًا',
  'home.developersYear': 'المطورون الذين وصلنا إليهم في آخر 12 شهرًا',
  'home.openMeetings': 'اجتماعات مفتوحة يمكنك حضورها',
  'home.howWeAreDoing': 'أين نحن الآن',
  'home.workingOn': 'ما نعمل عليه',
  'home.allUpdates': 'كل المستجدات',
  'home.digest': 'فاتك شيء؟ اقرأ {digest}: فعاليات كل شهر وأرقامه وأخباره في صفحة واحدة.',
  'home.digestLink': 'الملخص الشهري',
  'home.meetings': 'انضم إلى اجتماعاتنا',
  'home.allMeetings': 'كل الاجتماعات',
  'home.programs': 'البرامج النشطة',
  'home.allPrograms': 'كل البرامج',
  'home.noneActive': 'لا يوجد برنامج نشط الآن؛ تجد في {all} البرامج المخطط لها والمتوقفة والمنتهية.',
  'home.latestRecaps': 'أحدث تقارير الفعاليات',
  'home.allRecaps': 'كل التقارير',
  'home.allRecapsCount': { zero: 'كل التقارير ({count})', one: 'التقرير الوحيد', two: 'التقريران', few: 'كل التقارير ({count})', many: 'كل التقارير ({count})', other: 'كل التقارير ({count})' },
  'home.departments': 'كيف نعمل مع قسمك',
  'home.allDepartments': 'كل الأقسام',
};
