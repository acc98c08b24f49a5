/** Arabic: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': 'صفحات تحتاج إلى مراجعة',
  'reviewPage.breadcrumb': 'تحتاج إلى مراجعة',
  'reviewPage.description': 'البرامج وفصول الدليل والاجتماعات وصفحات الأقسام التي ينبغي أن يراجعها المسؤولون عنها.',
  'reviewPage.lead': 'لكل برنامج وفصل في الدليل واجتماع وصفحة قسم مسؤولٌ يراجعه بانتظام. هذه هي الصفحات التي حان موعد مراجعتها، الأكثر تأخرًا أولًا، تليها المؤشرات التي توقفت بياناتها عن الوصول.',
  'reviewPage.asOf': 'المواعيد حتى {date}، تاريخ إنشاء هذا الموقع',
  'reviewPage.overdue': 'متأخرة',
  'reviewPage.nothingOverdue': 'لا شيء متأخر.',
  'reviewPage.dueSoon': { zero: 'موعدها خلال الـ{count} يوم القادمة', one: 'موعدها خلال اليوم القادم', two: 'موعدها خلال اليومين القادمين', few: 'موعدها خلال الأيام الـ{count} القادمة', many: 'موعدها خلال الـ{count} يومًا القادمة', other: 'موعدها خلال الـ{count} يوم القادمة' },
  'reviewPage.nothingDueSoon': { zero: 'لا شيء موعده خلال الـ{count} يوم القادمة.', one: 'لا شيء موعده خلال اليوم القادم.', two: 'لا شيء موعده خلال اليومين القادمين.', few: 'لا شيء موعده خلال الأيام الـ{count} القادمة.', many: 'لا شيء موعده خلال الـ{count} يومًا القادمة.', other: 'لا شيء موعده خلال الـ{count} يوم القادمة.' },
  'reviewPage.kind.programs': 'برنامج',
  'reviewPage.kind.roadbook': 'فصل في الدليل',
  'reviewPage.kind.meetings': 'اجتماع',
  'reviewPage.kind.departments': 'قسم',
  'reviewPage.kind.metric': 'مؤشر',
  'reviewPage.edit': 'تعديل',
  'reviewPage.editLabel': 'عدّل {title}',
  'reviewPage.nobody': 'لا أحد',
  'reviewPage.lastReviewed': 'آخر مراجعة',
  'reviewPage.data': 'البيانات',
  'reviewPage.staleMetrics': 'مؤشرات بياناتها متأخرة',
  'reviewPage.allFresh': 'لكل المؤشرات أحدث بياناتها.',
  'reviewPage.how': 'كيف تراجع صفحة',
  'reviewPage.step1': 'اقرأ الصفحة كما يقرؤها شخص جديد، وصحّح كل ما لم يعد صحيحًا.',
  'reviewPage.step2': 'اجعل {field} في ترويسة الملف تاريخ اليوم ({date} وفق هذا البناء)، حتى لو لم يتغير شيء آخر.',
  'reviewPage.step3': 'إن كانت الصفحة تتقادم أسرع أو أبطأ من كل {days} يومًا، فاضبط {field} على عدد الأيام المناسب.',
  'reviewPage.step4': 'افتح طلب سحب. يعرض {command} كل صفحة متأخرة مع المسؤول عنها.',
};
