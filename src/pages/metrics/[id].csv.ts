/**
 * A metric's data file, downloadable next to its page: the CSV exactly as the team
 * wrote it in content/metrics/. An endpoint rather than a copy in public/, so the
 * content folder stays the one source.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getWiki } from '../../data/wiki.ts';
import { metricCsvFile } from '../../lib/metrics/data-files.ts';
import { contentDir } from '../../lib/paths.ts';

export const getStaticPaths = (async () => {
  const wiki = await getWiki();
  return wiki.metrics.map((metric) => ({ params: { id: metric.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const text = readFileSync(metricCsvFile(contentDir, params.id!), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
