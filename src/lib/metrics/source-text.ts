/**
 * Where a metric's numbers come from, in words for its page: the author's sentence for
 * hand-typed data; for a pulled source its own `description`, or a sentence built from
 * the block ("GitHub stars of lumenstack/lumen"), plus when it was last pulled.
 */
import type { I18n } from '../../i18n/i18n.ts';
import { isPulled, type SourceBlock } from '../../schemas/metric-sources.ts';

export interface SourceText {
  /** What the page prints after "Source". */
  text: string;
  /** True when `npm run metrics:pull` fetches the numbers. */
  pulled: boolean;
  /** When the pull last added data, for pulled sources that have been pulled. */
  pulledOn?: Date;
}

/** A sentence naming the service and what is counted, when the block has no `description`. */
function describeBlock(source: SourceBlock, { t, f }: Pick<I18n, 't' | 'f'>): string {
  const host = (url: string) => new URL(url).host;
  const names = (one: string | undefined, many: readonly string[] | undefined) => f.list(many ?? (one ? [one] : []));
  switch (source.type) {
    case 'github':
      return t('source.github', { measure: t(`source.github.${source.measure}`), repos: names(source.repo, source.repos) });
    case 'npm':
      return t('source.npm', { packages: names(source.package, source.packages) });
    case 'pypi':
      return t('source.pypi', { packages: names(source.package, source.packages) });
    case 'discourse':
      return t('source.discourse', { host: host(source.url), measure: t(`source.discourse.${source.measure}`) });
    case 'http-json':
      return t('source.httpJson', { host: host(source.url), pointer: source.pointer });
    case 'sql':
      return t('source.sql');
  }
}

export function sourceText(source: string | SourceBlock, i18n: Pick<I18n, 't' | 'f'>): SourceText {
  if (!isPulled(source)) return { text: source, pulled: false };
  return { text: source.description ?? describeBlock(source, i18n), pulled: true, ...(source.pulled ? { pulledOn: source.pulled } : {}) };
}
