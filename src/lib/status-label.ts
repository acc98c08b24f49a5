/**
 * The word for a program or outcome status (`on-track` → "On track"), written the same
 * on its badge (StatusBadge) and in a page's facts, in the site's language.
 */
import type { Translate } from '../i18n/translate.ts';
import type { outcomeStatuses, programStatuses } from '../schemas/programs.ts';

export type Status = (typeof programStatuses)[number] | (typeof outcomeStatuses)[number];

export function statusLabel(status: Status, t: Translate): string {
  return t(`status.${status}`);
}
