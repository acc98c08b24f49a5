/**
 * How the wiki names the team in running text (eyebrows, the footer, feed descriptions),
 * whatever the team calls itself. The title is the team's own name for the wiki; the
 * company is added only when the title does not already say it, so "Quillbase Developer
 * Relations" at Quillbase is never written "Quillbase Developer Relations · Quillbase
 * Developer Relations", and "DevRel Wiki" at Quillbase reads "DevRel Wiki, Quillbase".
 */
import type { Translate } from '../i18n/translate.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** Scripts written without spaces between words: there a name inside a title has no word boundary to find. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether `title` already names `company` (as a whole word, any case). */
export function namesCompany(title: string, company: string): boolean {
  if (unspaced.test(company)) return title.toLowerCase().includes(company.trim().toLowerCase());
  const escaped = company.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(title);
}

/** "Quillbase DevRel", or "DevRel Wiki, Quillbase" (in the site's words) when the title leaves the company out. */
export function teamName(site: Pick<SiteConfig, 'title' | 'company'>, t: Translate): string {
  return namesCompany(site.title, site.company) ? site.title : t('team.nameWithCompany', { title: site.title, company: site.company });
}
