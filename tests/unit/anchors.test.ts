/**
 * `npm run check` finds links to sections that will not exist, on the same page or
 * another, before anything is built: against the ids the Markdown pipeline gives headings
 * (in any script, numbered when repeated) and the sections the page's template adds,
 * with the closest real section as the fix.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/good-content');

function wikiWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anchors-'));
  cpSync(fixture, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const chapter = (body: string) => readFileSync(path.join(fixture, 'roadbook/01-first-week.mdx'), 'utf8').replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`);
const anchorProblems = (dir: string) => checkContent(dir, dir).problems.filter((p) => p.message.startsWith('no section')).map(formatProblem);

describe('the anchor check', () => {
  it('passes links to real sections: headings in any script, repeated ones, the template\'s own, and pages it cannot see', () => {
    const dir = wikiWith({
      'roadbook/01-first-week.mdx': chapter([
        '## Set up your laptop', '', '## 東京オフィスへの行き方', '', '## FAQ', '', '### FAQ', '',
        '## Naming `npm run new`, *quickly*', '',
        '<a id="custom-anchor"></a>', '',
        'See [setup](#set-up-your-laptop), [東京](#東京オフィスへの行き方), [encoded](#%E6%9D%B1%E4%BA%AC%E3%82%AA%E3%83%95%E3%82%A3%E3%82%B9%E3%81%B8%E3%81%AE%E8%A1%8C%E3%81%8D%E6%96%B9),',
        '[the second FAQ](#faq-1), [code](#naming-npm-run-new-quickly), [anchor](#custom-anchor), [top](#top),',
        '[outcomes](/programs/ambassadors/#outcomes), [relative](../giving-talks/#giving-a-talk) and [the value page](/value/#questions).',
      ].join('\n')),
      'roadbook/02-giving-talks.mdx': readFileSync(path.join(fixture, 'roadbook/02-giving-talks.mdx'), 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n\n## Giving a talk\n\nText.\n'),
    });
    expect(anchorProblems(dir)).toEqual([]);
  });

  it('refuses a link to a section that does not exist, at its line, with the closest one', () => {
    const dir = wikiWith({
      'roadbook/01-first-week.mdx': chapter(['## Set up your laptop', '', 'See [x](#no-such-heading) and [y](#set-up-the-laptop).', '', 'And [z](/programs/ambassadors/#gone), [w](/programs/ambassadors#outcome).'].join('\n')),
    });
    expect(anchorProblems(dir)).toEqual([
      'roadbook/01-first-week.mdx:11:5  no section "#no-such-heading" on this page, so the link would open nowhere  (its sections are #set-up-your-laptop)',
      'roadbook/01-first-week.mdx:11:31  no section "#set-up-the-laptop" on this page, so the link would open nowhere  (did you mean #set-up-your-laptop?)',
      'roadbook/01-first-week.mdx:13:5  no section "#gone" on /programs/ambassadors/ (programs/ambassadors.mdx), so the link would open at the top of that page  (its sections are #outcomes, #program-metrics, #program-recaps, #program-updates)',
      'roadbook/01-first-week.mdx:13:39  no section "#outcome" on /programs/ambassadors/ (programs/ambassadors.mdx), so the link would open at the top of that page  (did you mean #outcomes?)',
    ]);
    expect(checkContent(dir, dir).problems.find((p) => p.message.startsWith('no section'))?.severity).toBe('error');
  });

  it('reads links written as HTML and JSX too', () => {
    const dir = wikiWith({
      'roadbook/01-first-week.mdx': chapter(['## Intro', '', '<a href="#intro-x">jsx</a>'].join('\n')),
      'updates/2026-03-30-spring-update.md': readFileSync(path.join(fixture, 'updates/2026-03-30-spring-update.md'), 'utf8') + '\n<p>See <a href="#nowhere">here</a>.</p>\n',
    });
    expect(anchorProblems(dir).map((p) => p.replace(/:\d+:\d+/, ''))).toEqual([
      'roadbook/01-first-week.mdx  no section "#intro-x" on this page, so the link would open nowhere  (did you mean #intro?)',
      'updates/2026-03-30-spring-update.md  no section "#nowhere" on this page, so the link would open nowhere  (that page has no sections to link to: link to the page itself)',
    ]);
  });
});
