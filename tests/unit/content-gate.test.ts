/**
 * The content gate against hostile and broken bodies (tests/fixtures/hostile-bodies laid
 * over good-content): every case issue 19 lists, in .md and .mdx, across collections.
 * Each problem is asserted with its exact file, line, column and message, because that
 * line is what an author reads in the CI log. On the main before the gate, `npm run
 * check` said "0 errors" for all of them.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-content-gate-'));
const dir = path.join(root, 'content');
cpSync(path.join(projectRoot, 'tests/fixtures/good-content'), dir, { recursive: true });
cpSync(path.join(projectRoot, 'tests/fixtures/hostile-bodies'), dir, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const report = checkContent(dir, root, { now: new Date('2026-11-25T00:00:00Z') });
const errors = report.problems.filter((p) => p.severity === 'error').map(formatProblem);

describe('hostile and broken bodies', () => {
  it('reports every one at once, each at its file, line and column, with a fix', () => {
    expect(errors).toEqual([
      "content/ideas.md  \"ideas.md\" is at the top of content/, where no page is read from, so it would not be published  (move it into the folder of what it is: content/team/, content/departments/, content/priorities/, content/programs/, content/recaps/, content/roadbook/, content/meetings/, content/updates/, content/syncs/, content/metrics/)",
      "content/images/logo.svg  \"logo.svg\" is not an image format pages may show, so it would not be published  (use .png, .jpg, .jpeg, .gif, .webp, .avif (an SVG file can carry scripts: export it as PNG))",
      "content/meetings/office-hours.mdx:19:1  HTML comments (<!-- … -->) are not allowed in .mdx files  (write {/* your note */} instead, or delete it)",
      "content/meetings/unclosed-div.mdx:19:1  <div> opened on line 19 is never closed  (add </div> where it should end, on a line of its own)",
      "content/notes  folder \"notes\" is not a content collection, so its file would be silently left out  (move the files into the folder of what they are: content/team/, content/departments/, content/priorities/, content/programs/, content/recaps/, content/roadbook/, content/meetings/, content/updates/, content/syncs/, content/metrics/, or images into content/images/)",
      "content/programs/code-in-mdx.mdx:18:1  \"import\" lines are not allowed: content may not load code  (remove the line. The components content can use (<Callout>, <Figure>, <Gallery>, <Video>) need no import)",
      "content/programs/code-in-mdx.mdx:19:1  \"import\" lines are not allowed: content may not load code  (remove the line. The components content can use (<Callout>, <Figure>, <Gallery>, <Video>) need no import)",
      "content/programs/code-in-mdx.mdx:20:1  \"export\" lines are not allowed: content may not define code  (remove the line; values belong in the frontmatter between the --- lines)",
      "content/programs/code-in-mdx.mdx:22:9  {fs.readFileSync('/etc/hostname', 'utf8')} is a JavaScript expression, and content may not run code  (write the value itself; for a literal brace write \\{ and \\}; for a note to other authors write {/* … */})",
      "content/programs/code-in-mdx.mdx:24:9  {pkg.version} is a JavaScript expression, and content may not run code  (write the value itself; for a literal brace write \\{ and \\}; for a note to other authors write {/* … */})",
      "content/programs/code-in-mdx.mdx:24:29  {process.env.HOME} is a JavaScript expression, and content may not run code  (write the value itself; for a literal brace write \\{ and \\}; for a note to other authors write {/* … */})",
      "content/programs/components.mdx:18:1  typ  <Callout> has no attribute \"typ\"  (did you mean type=\"…\"?)",
      "content/programs/components.mdx:18:1  type  type=\"hint\" is not one of \"note\", \"tip\", \"important\", \"warning\"  (write one of note, tip, important, warning)",
      "content/programs/components.mdx:20:1  <Tweet> is not a component the wiki provides  (content can use <Callout>, <Figure>, <Gallery>, <Video>; to show something from another site, link to it: [What it is](https://…))",
      "content/programs/components.mdx:22:1  <Aside> is not a component the wiki provides  (did you mean <Callout type=\"note\">? Content can use <Callout>, <Figure>, <Gallery>, <Video>)",
      "content/programs/components.mdx:24:1  <Internal> only works in event recaps: this page is internal to the wiki as a whole  (remove the tag and keep the text, or move what must not leave the company into a recap)",
      "content/programs/components.mdx:26:1  src  no file content/images/osaka-meetup.jpg exists  (add the file to content/images/, or fix the path)",
      "content/programs/components.mdx:26:1  alt  <Figure> needs alt=\"…\": what the image shows, for people who cannot see it  (write it like <Figure src=\"/images/booth.jpg\" alt=\"Our booth at the expo hall\">The caption</Figure>)",
      "content/programs/html-in-mdx.mdx:18:1  the image would load from another host (tracker.example.com): readers' browsers would contact it, and the site's Content-Security-Policy blocks it  (save a copy in content/images/ and write /images/<file>, or link to it instead: [description](https://tracker.example.com/pixel.png))",
      "content/programs/html-in-mdx.mdx:18:1  onerror  the event handler onerror=\"…\" on <img> would run code  (remove onerror=\"…\")",
      "content/programs/html-in-mdx.mdx:20:1  style  style={…} on <p> is a JavaScript expression, and content may not run code  (write the value in quotes: style=\"…\")",
      "content/programs/html-in-mdx.mdx:22:1  an <iframe> embeds a page or plugin from elsewhere, which loads from another host and can run code  (link to it instead: [What it shows](https://…))",
      "content/programs/html-in-mdx.mdx:24:1  href  a \"javascript:\" link runs code when clicked  (link to a page instead (https://… or a wiki path like /programs/…))",
      "content/programs/html-in-mdx.mdx:24:1  target  target=\"…\" is not kept: links open the way the reader chooses  (remove target=\"…\")",
      "content/programs/html-in-mdx.mdx:26:1  the image would load from another host (cdn.example.com): readers' browsers would contact it, and the site's Content-Security-Policy blocks it  (save a copy in content/images/ and write /images/<file>, or link to it instead: [description](https://cdn.example.com/slide.png))",
      "content/programs/less-than.mdx:18:8  \"<5\" starts a tag in .mdx files, but no tag follows  (write &lt; instead of <, or words: \"fewer than 5\")",
      "content/programs/unclosed-kbd.mdx:18:23  <kbd> opened on line 18 is never closed  (close it in the same paragraph with </kbd>. To wrap several paragraphs, put <kbd> and </kbd> each on a line of their own, with a blank line between them and the text inside)",
      "content/recaps/2026/2026-04-02-meetup-tokyo.mdx:11:5  speakers[0]  unknown team member \"joao-conceicao\": the file is named joão-conceição.yaml  (this reference is right; rename content/team/joão-conceição.yaml to joao-conceicao.yaml)",
      "content/recaps/2026/2026-04-02-meetup-tokyo.mdx:16:1  <details> opened on line 16 is never closed  (add </details> where it should end, on a line of its own)",
      "content/roadbook/01-first-week.mdx:7:1  layout  unknown field \"layout\"  (allowed fields here: title, order, summary, owner, reviewed, reviewEvery, minutes)",
      "content/roadbook/01-first-week.mdx:10:14  \"{\" starts a JavaScript expression in .mdx files, and content may not run code  (write \\{ for a literal brace (and \\} for the closing one), or rename the file to .md)",
      "content/roadbook/03-tools.mdx:9:11  <br> needs to be written <br /> in .mdx files  (change <br> to <br /> (MDX wants every tag closed, even ones that never have content))",
      "content/site.yml  the wiki reads its settings from content/site.yaml, so \"site.yml\" is ignored and the default settings apply  (rename it to site.yaml)",
      "content/syncs/2026-04-20-sales.md:3:1  department  department \"customer-success\" differs from the file name's \"sales\"  (rename the file to 2026-04-20-customer-success.md, or fix department if the file name is right)",
      "content/team/joão-conceição.yaml  file name \"joão-conceição.yaml\" does not follow the convention  (rename it to joao-conceicao.yaml: ids write Latin letters without accents, so the page's address works everywhere)",
      "content/updates/2026-03-30-spring-update.md:9:1  a <script> would run code in every reader's browser  (content cannot run scripts: describe what it does, or link to a demo)",
      "content/updates/2026-03-30-spring-update.md:11:4  the image path \"x\" is relative, so it would break on every page but one  (write it from the site's root: /images/x)",
      "content/updates/2026-03-30-spring-update.md:11:15  the event handler onerror=\"…\" on <img> would run code  (remove onerror=\"…\")",
      "content/updates/2026-03-30-spring-update.md:11:37  a \"javascript:\" link runs code when clicked  (link to a page instead (https://… or a wiki path like /programs/…))",
      "content/updates/2026-03-30-spring-update.md:13:1  an <iframe> embeds a page or plugin from elsewhere, which loads from another host and can run code  (link to it instead: [What it shows](https://…))",
      "content/updates/2026-03-30-spring-update.md:14:1  a <link> would restyle the whole wiki or load styles from another host  (use Markdown formatting, or <Callout> for a highlighted box)",
      "content/updates/2026-03-30-spring-update.md:16:6  style=\"…\" on <div> is blocked by the site's Content-Security-Policy, so it would do nothing  (remove it: use Markdown formatting, or <Callout> for a highlighted box)",
      "content/updates/2026-03-30-spring-update.md:18:1  a <meta> changes how the whole page behaves (redirects, where links lead)  (remove it: a page's title and summary come from its frontmatter)",
      "content/updates/2026-03-30-spring-update.md:20:1  the image is embedded as a \"data:\" address  (save it as a file in content/images/ and write /images/<file>)",
      "content/updates/2026-03-30-spring-update.md:20:46  no file content/images/logo.png exists  (add the file to content/images/, or fix the path)",
      "content/updates/2026-03-30-spring-update.md:22:1  <Callout> only works in .mdx files: in this .md file it would be dropped as unknown HTML  (rename the file to 2026-03-30-spring-update.mdx, then run npm run check again)",
    ]);
  });

  it('warns about a YAML value cut at " #" with the quoted form to write', () => {
    expect(report.problems.filter((p) => p.severity === 'warning').map(formatProblem)).toContain(
      'content/recaps/2026/2026-04-02-meetup-tokyo.mdx:4:22  name  YAML reads " #1" as a comment, so the value is "Meetup Tokyo" and "#1" is dropped  (put the value in quotes: name: "Meetup Tokyo #1")',
    );
  });

  it('lets through what authors legitimately write: details, tables, kbd, sup, anchors, comments in .md, {/* notes */} in .mdx', () => {
    const allowed = /html-in-mdx\.mdx:(2[8-9]|3\d)|spring-update\.md:2[4-9]|code-in-mdx\.mdx:26/;
    expect(errors.filter((line) => allowed.test(line))).toEqual([]);
  });
});
