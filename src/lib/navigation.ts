/**
 * The site's sections, in header order. Navigation lists sections, never entries,
 * so its size stays fixed however much content a team writes.
 */
import { paths, withBase } from './urls.ts';
import type { MessageKey } from '../i18n/en/index.ts';

export interface NavItem {
  /** The item's words, from the UI catalog (translated where it is shown). */
  label: MessageKey;
  href: string;
  /** Site path prefix that marks this item as the current section. */
  section: string;
}

const item = (label: MessageKey, path: string): NavItem => ({ label, href: withBase(path), section: path });

export const primaryNav: NavItem[] = [
  item('nav.programs', paths.programs()),
  item('nav.recaps', paths.recaps()),
  item('nav.meetings', paths.meetings()),
  item('nav.updates', paths.updates()),
  item('nav.roadbook', paths.roadbook()),
  item('nav.team', paths.team()),
  item('nav.departments', paths.departments()),
  item('nav.metrics', paths.metrics()),
  item('nav.value', paths.value()),
];

/** The nav item whose section contains `pathname` (which includes the base). */
export function currentSection(pathname: string): NavItem | undefined {
  return primaryNav.find((nav) => pathname.startsWith(nav.href));
}
