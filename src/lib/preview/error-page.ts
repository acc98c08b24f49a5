/**
 * The page `npm run dev` shows instead of any page while content has errors: every
 * error with its file, line, field, message and fix, the requested page's own file
 * first. Plain HTML with one stylesheet and two script files (the theme choice and
 * Vite's client, which reloads the page once the file is fixed), and no inline style
 * or script, so it holds under the site's strict Content-Security-Policy. Its own words
 * are in the site's language; the check's messages stay English, as `npm run check` writes them.
 */
import type { Problem } from '../check/problem.ts';
import { escapeHtml } from '../escape-html.ts';
import type { I18n } from '../../i18n/i18n.ts';

export interface ErrorPageInput {
  /** Every problem of the content check; only errors are shown (warnings never stop a build). */
  problems: readonly Problem[];
  /** Files the requested page is the page of (see page-files.ts). */
  ownFiles: ReadonlySet<string>;
  /** The path the reader asked for, as they typed it. */
  requested: string;
  /** The wiki's title from content/site.yaml. */
  siteTitle: string;
  /** URLs with the base applied: the page's stylesheet, the site's icon and theme script, Vite's client. */
  assets: { stylesheet: string; icon: string; themeScript: string; viteClient: string };
  /** The site's language, for the page's own words. */
  i18n: I18n;
}

/** `content/recaps/2026/x.mdx:10:1`, as `npm run check` and editors write a place in a file. */
export const placeOf = (problem: Problem): string =>
  problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;

function problemItem(problem: Problem, { t }: I18n): string {
  const field = problem.field ? ` <span class="field" dir="ltr"><span class="visually-hidden">${escapeHtml(t('preview.field'))} </span>${escapeHtml(problem.field)}</span>` : '';
  const hint = problem.hint ? `\n      <p class="hint"><span class="label">${escapeHtml(t('preview.fix'))}</span> <span dir="ltr">${escapeHtml(problem.hint)}</span></p>` : '';
  return `    <li class="problem">
      <p class="where"><code>${escapeHtml(placeOf(problem))}</code>${field}</p>
      <p class="message" dir="ltr">${escapeHtml(problem.message)}</p>${hint}
    </li>`;
}

function section(id: string, heading: string, problems: readonly Problem[], i18n: I18n): string {
  if (!problems.length) return '';
  return `  <section aria-labelledby="${id}">
    <h2 id="${id}">${escapeHtml(heading)}</h2>
    <ol class="problems">
${problems.map((problem) => problemItem(problem, i18n)).join('\n')}
    </ol>
  </section>`;
}

/** The whole error page. */
export function renderErrorPage({ problems, ownFiles, requested, siteTitle, assets, i18n }: ErrorPageInput): string {
  const { t } = i18n;
  const errors = problems.filter((p) => p.severity === 'error');
  const own = errors.filter((p) => ownFiles.has(p.file));
  const others = errors.filter((p) => !ownFiles.has(p.file));
  const fileCount = new Set(errors.map((p) => p.file)).size;
  const errorCount = t('preview.errors', { count: errors.length });
  const count = fileCount > 1 ? t('preview.errorsInFiles', { errors: errorCount, count: fileCount }) : errorCount;
  const warnings = problems.length - errors.length;
  const command = '<code>npm run check</code>';
  const aside = escapeHtml(warnings ? t('preview.asideWarnings', { count: warnings, command: '\u0000' }) : t('preview.aside', { command: '\u0000' })).replace('\u0000', command);
  return `<!doctype html>
<html lang="${escapeHtml(i18n.locale)}" dir="${i18n.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(t('preview.title', { count, site: siteTitle }))}</title>
<link rel="icon" href="${escapeHtml(assets.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${escapeHtml(assets.stylesheet)}">
<script src="${escapeHtml(assets.themeScript)}"></script>
<script type="module" src="${escapeHtml(assets.viteClient)}"></script>
</head>
<body>
<main class="content-errors">
  <p class="eyebrow"><span class="badge">${escapeHtml(t('preview.paused'))}</span> <code class="requested" dir="ltr">${escapeHtml(requested)}</code></p>
  <h1>${escapeHtml(t('preview.heading', { count }))}</h1>
  <p class="lead">${escapeHtml(t('preview.lead'))}</p>
${section('this-page', own.length === errors.length ? t('preview.thisPage') : t('preview.thisPageOf', { own: own.length, count: errors.length }), own, i18n)}
${section('other-files', own.length ? t('preview.otherFiles') : t('preview.contentFiles'), others, i18n)}
  <p class="aside">${aside}</p>
</main>
</body>
</html>
`;
}

/** The same errors as text, for a feed, calendar or data file asked for while content has errors. */
export function renderErrorText(problems: readonly Problem[], { t }: I18n): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const lines = errors.map((p) => [placeOf(p), p.field, p.message, p.hint && `(${p.hint})`].filter(Boolean).join('  '));
  return `${t('preview.textHeading', { errors: t('preview.errorCount', { count: errors.length }) })}\n${lines.join('\n')}\n`;
}

/** The error page's stylesheet: system fonts and colours for light and dark, AA contrast. */
export const errorPageStylesheet = `:root {
  color-scheme: light dark;
  --bg: light-dark(#fbfaf8, #131519);
  --bg-raised: light-dark(#ffffff, #1b1e23);
  --text: light-dark(#1c1e21, #e7e9ec);
  --text-muted: light-dark(#55595f, #a6acb5);
  --border: light-dark(#dedad3, #2d3138);
  --bad: light-dark(#a3262a, #ff9a9a);
  --bad-soft: light-dark(#fbe5e5, #3a1b1d);
  --code-bg: light-dark(#f2f0ec, #0e1013);
  --focus: light-dark(#1d5fbf, #8fbaff);
}
:root[data-theme='dark'] { color-scheme: dark; }
:root[data-theme='light'] { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
code { font-family: ui-monospace, 'SF Mono', 'Cascadia Code', 'Roboto Mono', Menlo, Consolas, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.content-errors { max-width: 52rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
.eyebrow { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0 0 0.5rem; color: var(--text-muted); }
.badge { background: var(--bad); color: var(--bg-raised); font-weight: 700; font-size: 0.8rem; letter-spacing: 0.04em; text-transform: uppercase; padding: 0.1rem 0.5rem; border-radius: 6px; }
h1 { font-size: clamp(1.5rem, 4vw, 2rem); line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.75rem; }
.lead { max-width: 68ch; margin: 0; color: var(--text-muted); font-size: 1.05rem; }
.problems { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
.problem {
  background: var(--bg-raised);
  border: 1px solid var(--border);
  border-inline-start: 6px solid var(--bad);
  border-radius: 10px;
  padding: 0.75rem 1rem;
}
.problem p { margin: 0; }
.problem p + p { margin-top: 0.35rem; }
.where { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; }
.where code { font-weight: 600; }
.field { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; padding: 0 0.35rem; }
.message { font-size: 1.05rem; font-weight: 600; color: var(--bad); }
.hint .label { font-weight: 700; }
.requested { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; padding: 0 0.35rem; }
.aside { margin-top: 2rem; color: var(--text-muted); }
@media (forced-colors: active) {
  .problem { border-inline-start-width: 6px; }
  .badge { border: 1px solid; }
}
`;
