/**
 * `npm run export:recap -- <id>`: one recap as public Markdown and HTML for the company
 * blog. Content comes from `checkContent()`, the validated entries the build uses; a
 * recap that is internal, has content errors or cannot be read is refused with a message
 * saying which field to change and how.
 */
import type { ContentReport, ValidEntry } from '../check/check-content.ts';
import { formatProblem, type Problem } from '../check/problem.ts';
import { closestMatches, didYouMean } from '../did-you-mean.ts';
import { buildNow } from '../now.ts';
import { MdxSyntaxError } from '../recaps/internal.ts';
import type { Recap } from '../../schemas/recaps.ts';
import { toPublicRecap, type PublicRecap } from './public-recap.ts';
import { toHtml, toMarkdown } from './render.ts';
import { english, type I18n } from '../../i18n/i18n.ts';
import { mediaFolderOf, type ExportMedia } from './export-media.ts';

export interface ExportFile {
  /** File name inside the output folder. */
  name: string;
  content: string;
}

export type ExportResult =
  /** `media`: photos and video files to write beside the text (export-media.ts exportMediaBytes). */
  | { ok: true; id: string; file: string; recap: PublicRecap; files: ExportFile[]; media: ExportMedia[] }
  | { ok: false; message: string; hint?: string };

/**
 * `content/recaps/2026/2026-03-23-x.mdx`, `2026-03-23-x.mdx` or the bare id: all name the
 * same recap; composed (NFC) like every id, whatever form the terminal sent.
 */
export function recapIdFrom(argument: string): string {
  return argument.trim().replace(/\\/g, '/').replace(/^.*\//, '').replace(/\.(mdx?|md)$/i, '').normalize('NFC');
}

/**
 * @param report `checkContent()` of the content folder
 * @param wanted the recap's id (its file name without extension) or its path
 * @param wikiUrl the wiki's address (`SITE_URL` plus base path): links to it are unlinked
 * @param now the build's "now" (`SOURCE_DATE_EPOCH`), to word an event still ahead as a plan
 * @param contentDir the content folder, to copy the recap's photos next to the export
 * @param i18n the language the export is written in: the site's (`loadI18n`)
 */
export function exportRecap(report: ContentReport, wanted: string, wikiUrl?: string, now: Date = buildNow(), contentDir?: string, i18n: I18n = english): ExportResult {
  const recaps = report.entries.filter((e) => e.collection === 'recaps');
  const id = recapIdFrom(wanted);
  const entry = recaps.find((e) => e.id === id);
  if (!entry) {
    // Authors often remember the event, not the date: compare the slugs too.
    const slugs = new Map(recaps.map((e) => [e.id.replace(/^\d{4}-\d{2}-\d{2}-/, ''), e.id]));
    const bySlug = closestMatches(id.replace(/^\d{4}-\d{2}-\d{2}-/, ''), slugs.keys()).map((slug) => slugs.get(slug)!);
    const suggestion = didYouMean(id, recaps.map((e) => e.id)) || (bySlug.length ? `did you mean ${bySlug.map((m) => `"${m}"`).join(' or ')}?` : '');
    return {
      ok: false,
      message: id ? `no recap "${id}": there is no file content/recaps/<year>/${id}.md or .mdx` : 'no recap named: say which recap to export',
      hint: suggestion ? `${suggestion[0]!.toUpperCase()}${suggestion.slice(1)}` : 'use the file name of a recap in content/recaps/, without .md or .mdx, like 2026-03-23-kubecon-eu-amsterdam',
    };
  }

  const errors = report.problems.filter((p) => p.file === entry.file && p.severity === 'error');
  if (errors.length) {
    return {
      ok: false,
      message: `${entry.file} has content errors, so it cannot be exported safely:\n${errors.map((p: Problem) => `  ${formatProblem(p)}`).join('\n')}`,
      hint: 'fix them (npm run check lists every problem) and export again',
    };
  }

  const data = entry.data as unknown as Recap;
  const visibility = (entry.raw as Record<string, unknown> | undefined)?.visibility;
  if (data.visibility !== 'external') {
    const where = visibility === undefined ? entry.file : `${entry.file}:${entry.locate(['visibility']).line}`;
    return {
      ok: false,
      message: visibility === undefined
        ? `${where}  visibility  this recap is internal: it has no "visibility" field, and recaps are internal unless they say otherwise`
        : `${where}  visibility  this recap is marked "visibility: internal", so it stays on the wiki`,
      hint: `if it may be shared outside the company, ${visibility === undefined ? 'add the line "visibility: external" to its frontmatter' : 'change that line to "visibility: external"'}, after wrapping anything confidential (budgets, lead counts, partners under NDA) in <Internal>…</Internal> in an .mdx file`,
    };
  }

  const team = new Map(report.entries.filter((e) => e.collection === 'team').map((e) => [e.id, String(e.data.name ?? e.id)]));
  let recap: PublicRecap;
  try {
    recap = toPublicRecap({ data, body: entry.body, format: formatOf(entry) }, (personId) => team.get(personId) ?? personId, wikiUrl, now, contentDir ? { contentDir, folder: mediaFolderOf(entry.id) } : undefined);
  } catch (error) {
    // A body the parser cannot read could hide an unclosed <Internal>: never guess.
    if (!(error instanceof MdxSyntaxError)) throw error;
    return {
      ok: false,
      message: `${entry.file}:${entry.bodyLine + error.line - 1}  the text cannot be read as MDX: ${error.message}`,
      hint: 'fix the text (npm run build shows the same error) and export again; nothing was written',
    };
  }
  return {
    ok: true,
    id: entry.id,
    file: entry.file,
    recap,
    files: [
      { name: `${entry.id}.md`, content: toMarkdown(recap, i18n) },
      { name: `${entry.id}.html`, content: toHtml(recap, i18n) },
    ],
    media: recap.media,
  };
}

const formatOf = (entry: ValidEntry): 'md' | 'mdx' => (entry.file.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md');
