/**
 * What `npm run init` wrote as a template is marked, and `npm run check` warns about
 * each mark, naming the file and line, until the team rewrites it and deletes the line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { commentLine, templateMarker, templateMarkers } from '../../src/lib/check/template-markers.ts';
import { parsePerson } from '../../src/lib/init/answers.ts';
import { applyInit, planInit } from '../../src/lib/init/init.ts';

describe('template markers', () => {
  it('are found in YAML, .md and .mdx comments, with what is left to do', () => {
    const text = ['title: X', '# template: write your tagline', '<!-- template: rewrite this -->', '{/* template: rewrite this chapter */}', '  # template:', 'note: "# template: not a comment"'].join('\n');
    expect(templateMarkers(text, 'content/x').map(formatProblem)).toEqual([
      "content/x:2:1  still the starter's template from npm run init: write your tagline  (rewrite it for your team, then delete this template: line)",
      "content/x:3:1  still the starter's template from npm run init: rewrite this  (rewrite it for your team, then delete this template: line)",
      "content/x:4:1  still the starter's template from npm run init: rewrite this chapter  (rewrite it for your team, then delete this template: line)",
      "content/x:5:1  still the starter's template from npm run init  (rewrite it for your team, then delete this template: line)",
    ]);
  });

  it('are written so a name cannot end the comment early', () => {
    expect(templateMarker('mdx', 'rewrite this for A */} {process.exit()}')).toBe('{/* template: rewrite this for A * /} {process.exit()} */}');
    expect(commentLine('md', 'x --> <script>')).toBe('<!-- x - -> <script> -->');
    expect(commentLine('yaml', 'two\nlines')).toBe('# two lines');
  });

  it("make npm run check warn about the starter, naming each file, until it is rewritten", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'template-'));
    const answers = { team: 'Hoshizora DevRel', company: 'Hoshizora', email: 'devrel@hoshizora.example', people: [parsePerson('Ken Watanabe <ken@hoshizora.example> @kenw')] };
    applyInit(dir, planInit(dir, answers, { force: true, today: '2026-11-25', timeZone: 'Asia/Tokyo' }));
    const problems = checkContent(dir, dir).problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'roadbook/01-your-first-week.mdx:11',
      'site.yaml:3',
      'team/ken-watanabe.yaml:4',
      'team/ken-watanabe.yaml:7',
      'team/ken-watanabe.yaml:10',
    ]);
    expect(problems.every((p) => p.severity === 'warning' && p.message.startsWith("still the starter's template from npm run init"))).toBe(true);
    // Rewriting a part and deleting its line silences its warning, and only its.
    const chapter = path.join(dir, 'roadbook/01-your-first-week.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^\{\/\* template:.*\n/m, ''));
    expect(checkContent(dir, dir).problems.map((p) => p.file)).not.toContain('roadbook/01-your-first-week.mdx');
  });

  it('are left out where init was told the answer', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'template-'));
    const person = { ...parsePerson('Ken Watanabe <ken@hoshizora.example> @kenw'), timezone: 'Asia/Tokyo', role: 'Developer Advocate' };
    applyInit(dir, planInit(dir, { team: 'T', company: 'C', email: 'd@c.example', people: [person] }, { force: true, today: '2026-11-25', timeZone: 'UTC' }));
    const file = readFileSync(path.join(dir, 'team/ken-watanabe.yaml'), 'utf8');
    expect(file).toContain('timezone: "Asia/Tokyo"');
    expect(file).toContain('role: "Developer Advocate"');
    expect(templateMarkers(file, 'f').map((p) => p.message)).toEqual(["still the starter's template from npm run init: list what colleagues should ask Ken Watanabe about"]);
  });
});
