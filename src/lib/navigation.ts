/**
 * The site's sections, in header order. Navigation lists sections, never entries,
 * so its size stays fixed however much content a team writes.
 */
import { paths, withBase } from './urls.ts';

export interface NavItem {
  label: string;
  href: string;
  /** Site path prefix that marks this item as the current section. */
  section: string;
}

const item = (label: string, path: string): NavItem => ({ label, href: withBase(path), section: path });

export const primaryNav: NavItem[] = [
  item('Programs', paths.programs()),
  item('Recaps', paths.recaps()),
  item('Meetings', paths.meetings()),
  item('Updates', paths.updates()),
  item('Roadbook', paths.roadbook()),
  item('Team', paths.team()),
  item('Departments', paths.departments()),
  item('Metrics', paths.metrics()),
  item('Value', paths.value()),
];

/** The nav item whose section contains `pathname` (which includes the base). */
export function currentSection(pathname: string): NavItem | undefined {
  return primaryNav.find((nav) => pathname.startsWith(nav.href));
}
