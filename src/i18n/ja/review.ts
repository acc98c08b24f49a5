/** Japanese: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': '見直しが必要なページ',
  'reviewPage.breadcrumb': '見直し',
  'reviewPage.description': '担当者が見直すべきプログラム、ガイドの章、ミーティング、部門のページ。',
  'reviewPage.lead': 'プログラム、ガイドの章、ミーティング、部門のページには、それぞれ定期的に見直す担当者がいます。以下は見直しの時期を迎えたもの（期限超過の大きい順）と、データが届かなくなった指標です。',
  'reviewPage.asOf': '期限はこのサイトを生成した{date}時点のものです',
  'reviewPage.overdue': '期限超過',
  'reviewPage.nothingOverdue': '期限を過ぎたものはありません。',
  'reviewPage.dueSoon': { other: '{count}日以内に期限' },
  'reviewPage.nothingDueSoon': { other: '{count}日以内に期限を迎えるものはありません。' },
  'reviewPage.kind.programs': 'プログラム',
  'reviewPage.kind.roadbook': 'ガイドの章',
  'reviewPage.kind.meetings': 'ミーティング',
  'reviewPage.kind.departments': '部門',
  'reviewPage.kind.metric': '指標',
  'reviewPage.edit': '編集',
  'reviewPage.editLabel': '{title}を編集',
  'reviewPage.nobody': 'なし',
  'reviewPage.lastReviewed': '最終確認',
  'reviewPage.data': 'データ',
  'reviewPage.staleMetrics': 'データが古い指標',
  'reviewPage.allFresh': 'すべての指標に最新のデータがあります。',
  'reviewPage.how': 'ページの見直し方',
  'reviewPage.step1': '新しく来た人のつもりでページを読み、正しくなくなった点を直します。',
  'reviewPage.step2': 'ほかに変更がなくても、冒頭の {field} を今日の日付（このビルド時点では{date}）にします。',
  'reviewPage.step3': 'ページが{days}日より早く、または遅く古くなるなら、{field} に合った日数を設定します。',
  'reviewPage.step4': 'プルリクエストを作成します。{command} で期限切れのページを担当者とともに一覧できます。',
};
