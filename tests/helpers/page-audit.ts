/**
 * In-page checks for the browser tests: axe-core for WCAG 2.2 AA, heading order, image
 * alt text, horizontal overflow and loose punctuation. Each returns human-readable
 * problems, so a failing test lists every one of them at once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule sets (2.0, 2.1 and 2.2, levels A and AA). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core's violations on the loaded page. Injects axe's source as a script tag,
 * which a strict CSP blocks: call it in a context created with `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, wcagTags) as AxeViolation[];
  return violations.map((v) => {
    const where = v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
    return `axe ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}\n      ${where.join('\n      ')}`;
  });
}

/** Headings that skip a level (an h2 followed by an h4), or a page that does not start at h1. */
export async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let previous = 0;
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName[1]);
      if (level > previous + 1) problems.push(`heading <${heading.tagName.toLowerCase()}> "${heading.textContent?.trim().slice(0, 60)}" follows h${previous || '(none)'}`);
      previous = level;
    }
    return problems;
  });
}

/** Images without an alt attribute (alt="" is the way to mark one decorative). */
export async function imageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('img:not([alt])')].map((img) => `image without alt: ${img.getAttribute('src')}`),
  );
}

/** The page is wider than the viewport, i.e. scrolls sideways. */
export async function overflowProblems(page: Page): Promise<string[]> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return scrollWidth > clientWidth ? [`scrolls sideways at ${clientWidth}px: content is ${scrollWidth}px wide`] : [];
}

/**
 * Punctuation that comes loose from the word before it: a comma, full stop, colon or
 * semicolon (Latin, Arabic or Japanese) after a link (or other element) that sits more than
 * 2 px after it (to its right, or its left in a right-to-left page), or on a later line. A flex container spaced every link and comma of "Owned by Ana, Sam" apart,
 * and on phones stood each comma in a column of its own.
 */
export async function loosePunctuation(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const before = node.previousSibling;
      if (!/^[,.;:،؛、。]/.test(node.textContent ?? '') || !(before instanceof Element)) continue;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 1);
      const mark = range.getClientRects()[0];
      const rects = [...before.getClientRects()];
      const word = rects.at(-1);
      if (!mark || !word || !mark.width) continue;
      const laterLine = mark.top >= word.bottom - 1;
      // Right to left, the mark follows the word on its left; the element's boxes come one
      // per run of one direction (a number inside Arabic), so the nearest on the line counts.
      const onLine = rects.filter((rect) => rect.bottom - 1 > mark.top && rect.top + 1 < mark.bottom);
      const gap = getComputedStyle(node.parentElement ?? document.body).direction === 'rtl'
        ? Math.min(...onLine.map((rect) => Math.max(rect.left - mark.right, mark.left - rect.right)))
        : mark.left - word.right;
      if (laterLine || gap > 2) {
        problems.push(`"${before.textContent?.trim()}" and its "${node.textContent![0]}" are ${laterLine ? 'on different lines' : `${Math.round(gap)} px apart`}`);
      }
    }
    return problems;
  });
}
