/**
 * The brand block of site.yaml as `npm run check` reports it: a colour too light or
 * dark to read is an error naming each failing pair and a colour that passes, and a
 * logo that is missing, not an image, a link, or could run or load anything when opened on
 * its own is refused, and what the build publishes of it can do neither.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBrand } from '../../src/lib/check/brand.ts';
import { contrast } from '../../src/lib/brand/contrast.ts';
import { brandColours, failing } from '../../src/lib/brand/palette.ts';
import { brandCss } from '../../src/lib/brand/css.ts';
import { publishedLogo } from '../../src/lib/brand/logo.ts';
import { sanitizeSvg } from '../../src/lib/brand/svg-sanitize.ts';
import { createCanvas } from '@napi-rs/canvas';

function content(brand: string, files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brand-'));
  writeFileSync(path.join(dir, 'site.yaml'), `title: Quillbase DevRel\ntagline: Hi\ncompany: Quillbase\ncontact:\n  email: devrel@quillbase.example\nbrand:\n${brand}`);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
const check = (dir: string) => checkBrand(dir, (abs) => path.basename(abs));

describe('contrast', () => {
  it('follows WCAG', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('brand colours', () => {
  it('accepts a readable accent, and derives a dark-mode shade that passes', () => {
    expect(check(content('  accent: "#1d5fbf"\n'))).toEqual([]);
    const { dark } = brandColours('#1d5fbf');
    expect(failing(dark.accent, 'dark')).toEqual([]);
  });

  it('refuses a light accent, naming the pairs, the line and the nearest readable colour', () => {
    const [problem, ...rest] = check(content('  accent: "#2fbf8f"\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', file: 'site.yaml', line: 7, field: 'brand.accent' });
    expect(problem!.message).toBe('"#2fbf8f" is hard to read in light mode: links on the page 2.24:1, links on cards 2.34:1, the current navigation item 2.16:1, button text 2.34:1, where WCAG AA asks for 4.5:1');
    const nearest = /"(#[0-9a-f]{6})"/.exec(problem!.hint!)![1]!;
    expect(failing(nearest, 'light')).toEqual([]);
    expect(check(content(`  accent: "${nearest}"\n`))).toEqual([]);
  });

  it('refuses a dark-mode shade too dark for the dark page', () => {
    const [problem] = check(content('  accent: "#1d5fbf"\n  accentDark: "#1d5fbf"\n'));
    expect(problem).toMatchObject({ field: 'brand.accentDark' });
    expect(problem!.message).toMatch(/^"#1d5fbf" is hard to read in dark mode: links on the page [\d.]+:1/);
  });

  it('becomes CSS variables for both modes, in a stylesheet', () => {
    expect(brandCss('#1e7b5c')).toMatch(/--accent: light-dark\(#1e7b5c, #[0-9a-f]{6}\);/);
  });

  it("gives a chart series whose colour looks like the brand's the wiki's blue instead", () => {
    // Green brand, teal second series: the second becomes blue.
    expect(brandCss('#1e7b5c')).toContain('--chart-s2: light-dark(#1d5fbf, #7fb0ff);');
    // A blue brand is far from every series: nothing changes.
    expect(brandCss('#1d5fbf')).not.toContain('--chart-s');
  });
});

describe('brand logo', () => {
  // A real PNG, drawn: 128 pixels wide, `height` high, with a text chunk naming its author.
  const png = (height: number) => {
    const bytes = createCanvas(128, height).toBuffer('image/png');
    const text = Buffer.concat([Buffer.from('Author\0Jo Doe, 51.5007 N 0.1246 W', 'latin1')]);
    const chunk = Buffer.alloc(12 + text.length);
    chunk.writeUInt32BE(text.length, 0);
    chunk.write('tEXt', 4, 'latin1');
    text.copy(chunk, 8);
    // The CRC is not checked by the wiki; any value does for the test.
    return Buffer.concat([bytes.subarray(0, 33), chunk, bytes.subarray(33)]);
  };

  it('accepts a plain SVG and a PNG', () => {
    expect(check(content('  logo: logo.svg\n', { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><defs><path id="a" d="M0 0h8v8z"/></defs><use href="#a"/></svg>' }))).toEqual([]);
    expect(check(content('  logo: logo.png\n', { 'logo.png': png(64) }))).toEqual([]);
    expect(check(content('  logo: logo.png\n', { 'logo.png': png(28) }))[0]!.message).toBe('"logo.png" is 28 pixels high; export it at least 56 pixels high (or as SVG) so it stays sharp');
  });

  it('publishes a PNG without its text chunks (author, place) but with every pixel chunk', () => {
    const dir = content('  logo: logo.png\n', { 'logo.png': png(64) });
    const published = publishedLogo(dir, 'logo.png');
    expect(readFileSync(path.join(dir, 'logo.png')).includes('Jo Doe')).toBe(true);
    expect(published.includes('Jo Doe')).toBe(false);
    expect(published.includes('tEXt')).toBe(false);
    expect(published.includes('IDAT')).toBe(true);
  });

  it('refuses a missing file, a fake PNG, and a link instead of a file', () => {
    expect(check(content('  logo: logo.svg\n'))[0]!.message).toBe('no file "logo.svg" in the content folder');
    expect(check(content('  logo: logo.png\n', { 'logo.png': '<svg/>' }))[0]!.message).toBe('"logo.png" is not a PNG image (or its file is cut short)');
    const dir = content('  logo: logo.svg\n');
    const secret = path.join(mkdtempSync(path.join(os.tmpdir(), 'secret-')), 'secret.svg');
    writeFileSync(secret, '<svg xmlns="http://www.w3.org/2000/svg"><title>TOKEN=ghp_secret</title></svg>');
    symlinkSync(secret, path.join(dir, 'logo.svg'));
    const [problem] = check(dir);
    expect(problem!.message).toBe('"logo.svg" is a symbolic link or special file, and the wiki reads only plain files in content/');
    expect(JSON.stringify(check(dir))).not.toContain('ghp_secret');
    expect(() => publishedLogo(dir, 'logo.svg')).toThrow(/symbolic link/);
  });

  // Each of these runs or loads something when the logo's URL is opened on its own.
  const attacks: Array<[string, string | Buffer, RegExp]> = [
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /a <script>/],
    ['a namespaced script', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></svg>', /<h:script> from another namespace/],
    ['a script in a file saved as UTF-16', Buffer.from('\ufeff<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'utf16le'), /saved as UTF-16/],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', /an event handler \(onload\)/],
    ['an animation that turns a link into a script', '<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><set attributeName="href" to="javascript:alert(1)"/><text>Logo</text></a></svg>', /a <a>.*|a <set>/],
    ['a stylesheet imported from another host', '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://tracker.example/a.css);</style><rect width="1" height="1"/></svg>', /CSS with an @ rule/],
    ['a style attribute loading an image', '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://tracker.example/p.png)" width="1" height="1"/></svg>', /reference to another file in style/],
    ['an image from another host', '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/a.png"/></svg>', /an image loaded from a file or another site/],
    ['an xlink reference to another document', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="https://x.example/s.svg#a"/></svg>', /a link to another document/],
    ['a foreign object with HTML', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"/></foreignObject></svg>', /a <foreignObject>/],
    ['an entity declaration', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>', /DOCTYPE or entity/],
    ['an xml-stylesheet instruction', '<?xml-stylesheet href="https://tracker.example/s.css"?><svg xmlns="http://www.w3.org/2000/svg"/>', /<\?xml-stylesheet\?> instruction/],
    ['an SVG image embedded as data (it could hold anything)', '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/></svg>', /an image loaded from a file/],
    ['a CSS escape that spells url()', '<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: \\75 rl(https://tracker.example/p) }</style></svg>', /CSS with an @ rule/],
    ['an encoding other than UTF-8', '<?xml version="1.0" encoding="UTF-7"?><svg xmlns="http://www.w3.org/2000/svg"/>', /declares encoding="UTF-7"/],
    ['an HTML document instead of an SVG', '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>', /root element is not <svg>/],
  ];

  for (const [what, file, reason] of attacks) {
    it(`refuses ${what}, and publishes nothing of it`, () => {
      const [problem] = check(content('  logo: logo.svg\n', { 'logo.svg': file }));
      expect(problem?.message).toMatch(reason);
      const result = sanitizeSvg(typeof file === 'string' ? Buffer.from(file) : file);
      // What the build would publish, if the check were skipped: nothing that runs or loads.
      if (result.svg) {
        expect(result.svg).not.toMatch(/script|javascript|on[a-z]+=|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")|foreignObject|<set|<a[ >]|data:image\/svg/i);
      }
    });
  }

  it('keeps what a logo exported from a design tool draws: gradients, classes in a <style>, text, clip paths', () => {
    const exported = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: Adobe Illustrator -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40"><defs><style>.cls-1{fill:url(#g);}.cls-2{font-family:Inter, sans-serif;font-size:14px}</style><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#1d5fbf"/><stop offset="1" stop-color="#0b3d91"/></linearGradient><clipPath id="c"><rect width="40" height="40" rx="8"/></clipPath></defs><g clip-path="url(#c)"><rect class="cls-1" width="40" height="40"/></g><text class="cls-2" x="48" y="26">Quill &amp; Co</text><use xlink:href="#g"/></svg>';
    expect(check(content('  logo: logo.svg\n', { 'logo.svg': exported }))).toEqual([]);
    const { svg, removed } = sanitizeSvg(Buffer.from(exported));
    expect(removed).toEqual([]);
    expect(svg).toContain('<stop offset="0" stop-color="#1d5fbf"></stop>');
    expect(svg).toContain('.cls-1{fill:url(#g);}');
    expect(svg).toContain('<text class="cls-2" x="48" y="26">Quill &amp; Co</text>');
    expect(svg).toContain('<use href="#g"></use>');
    expect(svg!.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">')).toBe(true);
  });
});
