/**
 * How the wiki names the team in running text (eyebrows, the footer, feed descriptions),
 * whatever the team calls itself. The title is the team's own name for the wiki; the
 * company is added only when the title does not already say it, so "Quillbase Developer
 * Relations" at Quillbase is never written "Quillbase Developer Relations · Quillbase
 * Developer Relations", and "DevRel Wiki" at Quillbase reads "DevRel Wiki, Quillbase".
 */
import type { SiteConfig } from '../schemas/site.ts';

/** Whether `title` already names `company` (as a whole word, any case). */
export function namesCompany(title: string, company: string): boolean {
  const escaped = company.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(title);
}

/** "Quillbase DevRel", or "DevRel Wiki, Quillbase" when the title leaves the company out. */
export function teamName(site: Pick<SiteConfig, 'title' | 'company'>): string {
  return namesCompany(site.title, site.company) ? site.title : `${site.title}, ${site.company}`;
}
