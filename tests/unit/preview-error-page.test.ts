/** The page `npm run dev` shows while content has errors, and which file a page is the page of. */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/check/problem.ts';
import { renderErrorPage, renderErrorText } from '../../src/lib/preview/error-page.ts';
import { filesOfPage } from '../../src/lib/preview/page-files.ts';
import { createI18n, english } from '../../src/i18n/i18n.ts';

const recap = 'content/recaps/2026/2026-03-23-kubecon-eu.mdx';
const person = 'content/team/ana-ruiz.yaml';
const problems: Problem[] = [
  { severity: 'error', file: person, line: 3, column: 1, field: 'timezone', message: 'unknown time zone "Europe/Madird"', hint: 'did you mean "Europe/Madrid"?' },
  { severity: 'error', file: recap, line: 10, column: 1, field: 'program', message: 'unknown program "ambasadors" <b>', hint: 'did you mean "ambassadors"?' },
  { severity: 'warning', file: recap, line: 2, column: 1, field: 'links', message: 'no links' },
];
const assets = { stylesheet: '/devrel/__devrel-wiki/content-errors.css', icon: '/devrel/favicon.svg', themeScript: '/devrel/theme.js', viteClient: '/@vite/client' };
const entries = [
  { collection: 'recaps' as const, id: '2026-03-23-kubecon-eu', file: recap },
  { collection: 'team' as const, id: 'ana-ruiz', file: person },
  { collection: 'metrics' as const, id: 'forum-mau', file: 'content/metrics/forum-mau.yaml' },
];

describe('the dev preview error page', () => {
  const html = renderErrorPage({ problems, ownFiles: new Set([recap]), requested: '/devrel/recaps/2026-03-23-kubecon-eu/', siteTitle: 'Lumenstack DevRel', assets, i18n: english });

  it("lists the requested page's own file first, then the others, errors only", () => {
    expect(html).toContain('<h1>Fix 2 content errors in 2 files to see this page</h1>');
    const own = html.indexOf("In this page&#39;s file (1 of 2)");
    const others = html.indexOf('In other files');
    expect(own).toBeGreaterThan(0);
    expect(html.indexOf(`${recap}:10:1`)).toBeGreaterThan(own);
    expect(html.indexOf(`${person}:3:1`)).toBeGreaterThan(others);
    expect(others).toBeGreaterThan(html.indexOf(`${recap}:10:1`));
    expect(html).not.toContain('no links');
    expect(html).toContain('with warnings (1 now)');
  });

  it('escapes what the content wrote', () => {
    expect(html).toContain('unknown program &quot;ambasadors&quot; &lt;b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('has no inline style or script, so a strict CSP holds', () => {
    expect(html).not.toMatch(/<style|\sstyle=|<script>|\son[a-z]+=/);
    expect(html).toContain('<script src="/devrel/theme.js"></script>');
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
  });

  it('says "In the content files" when the page itself is fine', () => {
    const other = renderErrorPage({ problems, ownFiles: new Set(), requested: '/devrel/', siteTitle: 'Wiki', assets, i18n: english });
    expect(other).not.toContain('In this page');
    expect(other).toContain('In the content files');
  });

  it('gives feeds and calendars the same errors as text', () => {
    expect(renderErrorText(problems, english)).toBe(
      'The wiki cannot be built while content has errors (2 errors):\n'
      + `${person}:3:1  timezone  unknown time zone "Europe/Madird"  (did you mean "Europe/Madrid"?)\n`
      + `${recap}:10:1  program  unknown program "ambasadors" <b>  (did you mean "ambassadors"?)\n`,
    );
  });

  it('speaks the site\'s language around the check\'s own English messages, right to left in Arabic', () => {
    const ar = renderErrorPage({ problems, ownFiles: new Set([recap]), requested: '/recaps/x/', siteTitle: 'Wiki', assets, i18n: createI18n('ar') });
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).not.toContain('Preview paused');
    // The messages stay as npm run check writes them, kept left to right inside the page.
    expect(ar).toContain('<p class="message" dir="ltr">unknown program');
  });
});

describe('the files a page is the page of', () => {
  it('maps an entry page, with or without its slash or index.html, to its file', () => {
    for (const page of ['/recaps/2026-03-23-kubecon-eu/', '/recaps/2026-03-23-kubecon-eu', '/recaps/2026-03-23-kubecon-eu/index.html']) {
      expect([...filesOfPage(page, entries)], page).toEqual([recap]);
    }
    expect([...filesOfPage('/team/ana-ruiz/', entries)]).toEqual([person]);
  });

  it('finds a page whose id is in another script, however its address is encoded or composed', () => {
    const misaki = { collection: 'team' as const, id: 'ホシゾラ-美咲', file: 'content/team/ホシゾラ-美咲.yaml' };
    for (const page of [`/team/${encodeURIComponent('ホシゾラ-美咲')}/`, '/team/ホシゾラ-美咲/', `/team/${encodeURIComponent('ホシゾラ-美咲'.normalize('NFD'))}/`]) {
      expect([...filesOfPage(page, [...entries, misaki])], page).toEqual([misaki.file]);
    }
  });

  it("counts a metric's data file as its page's", () => {
    expect([...filesOfPage('/metrics/forum-mau/', entries)]).toEqual(['content/metrics/forum-mau.yaml', 'content/metrics/forum-mau.csv']);
  });

  it('finds none for list pages', () => {
    expect(filesOfPage('/', entries).size).toBe(0);
    expect(filesOfPage('/recaps/', entries).size).toBe(0);
  });
});
