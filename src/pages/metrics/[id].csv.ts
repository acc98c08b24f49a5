/**
 * A metric's data file, downloadable next to its page: the rows of content/metrics/<id>.csv
 * as the chart reads them, written by the one CSV writer (csv-download.ts), which keeps a
 * series label from acting as a spreadsheet formula. An endpoint rather than a copy in
 * public/, so the content folder stays the one source.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getWiki } from '../../data/wiki.ts';
import { readMetricCsv } from '../../lib/metrics/data-files.ts';
import { metricCsv } from '../../lib/metrics/csv-download.ts';
import { contentDir } from '../../lib/paths.ts';

export const getStaticPaths = (async () => {
  const wiki = await getWiki();
  return wiki.metrics.map((metric) => ({ params: { id: metric.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { points, hasSeries } = readMetricCsv(contentDir, String(params.id));
  return new Response(metricCsv(points, hasSeries), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
