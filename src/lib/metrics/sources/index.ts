/** The one switch from a source block to the code that reads it. */
import type { SourceBlock } from '../../../schemas/metric-sources.ts';
import { fetchDiscourse } from './discourse.ts';
import { fetchGithub } from './github.ts';
import { fetchHttpJson } from './http-json.ts';
import { fetchNpm } from './npm.ts';
import { fetchPypi } from './pypi.ts';
import { fetchSql } from './sql.ts';
import type { Fetched, SourceContext } from './types.ts';

export function fetchSource(source: SourceBlock, context: SourceContext): Promise<Fetched> {
  switch (source.type) {
    case 'github': return fetchGithub(source, context);
    case 'npm': return fetchNpm(source, context);
    case 'pypi': return fetchPypi(source, context);
    case 'discourse': return fetchDiscourse(source, context);
    case 'http-json': return fetchHttpJson(source, context);
    case 'sql': return fetchSql(source, context);
  }
}
