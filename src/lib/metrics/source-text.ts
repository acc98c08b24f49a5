/**
 * Where a metric's numbers come from, in words for its page: the author's sentence for
 * hand-typed data; for a pulled source its own `description`, or a sentence built from
 * the block ("GitHub stars of lumenstack/lumen"), plus when it was last pulled.
 */
import { isPulled, type SourceBlock } from '../../schemas/metric-sources.ts';

export interface SourceText {
  /** What the page prints after "Source". */
  text: string;
  /** True when `npm run metrics:pull` fetches the numbers. */
  pulled: boolean;
  /** When the pull last added data, for pulled sources that have been pulled. */
  pulledOn?: Date;
}

const list = (one: string | undefined, many: readonly string[] | undefined): string => {
  const names = many ?? (one ? [one] : []);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** A sentence naming the service and what is counted, when the block has no `description`. */
function describeBlock(source: SourceBlock): string {
  const host = (url: string) => new URL(url).host;
  switch (source.type) {
    case 'github':
      return `GitHub ${source.measure.replace('-', ' ')} of ${list(source.repo, source.repos)}`;
    case 'npm':
      return `npm downloads of ${list(source.package, source.packages)}`;
    case 'pypi':
      return `PyPI downloads of ${list(source.package, source.packages)}`;
    case 'discourse':
      return `Discourse forum ${host(source.url)}, ${source.measure.replace('-', ' ')}`;
    case 'http-json':
      return `JSON from ${host(source.url)}, ${source.pointer}`;
    case 'sql':
      return 'a query on the team\'s PostgreSQL database';
  }
}

export function sourceText(source: string | SourceBlock): SourceText {
  if (!isPulled(source)) return { text: source, pulled: false };
  return { text: source.description ?? describeBlock(source), pulled: true, ...(source.pulled ? { pulledOn: source.pulled } : {}) };
}
