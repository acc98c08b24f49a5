/**
 * The brand block of site.yaml as `npm run check` reports it: a colour too light or
 * dark to read is an error naming each failing pair and a colour that passes, and a
 * logo that is missing, not an image, or could run script is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBrand } from '../../src/lib/check/brand.ts';
import { contrast } from '../../src/lib/brand/contrast.ts';
import { brandColours, failing } from '../../src/lib/brand/palette.ts';
import { brandCss } from '../../src/lib/brand/css.ts';

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
  it('accepts a plain SVG and a PNG', () => {
    expect(check(content('  logo: logo.svg\n', { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><use href="#a"/></svg>' }))).toEqual([]);
    // Signature, then the IHDR chunk: 128 × 64 pixels.
    const png = (height: number) => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from([0, 0, 0, 128, 0, 0, 0, height])]);
    expect(check(content('  logo: logo.png\n', { 'logo.png': png(64) }))).toEqual([]);
    expect(check(content('  logo: logo.png\n', { 'logo.png': png(28) }))[0]!.message).toBe('"logo.png" is 28 pixels high; export it at least 56 pixels high (or as SVG) so it stays sharp');
  });

  it('refuses a missing file, a fake PNG and an SVG that could run script', () => {
    expect(check(content('  logo: logo.svg\n'))[0]!.message).toBe('no file "logo.svg" in the content folder');
    expect(check(content('  logo: logo.png\n', { 'logo.png': '<svg/>' }))[0]!.message).toBe('"logo.png" is not a PNG image');
    expect(check(content('  logo: logo.svg\n', { 'logo.svg': '<svg onload="alert(1)"></svg>' }))[0]!.message).toMatch(/contains an event handler/);
    expect(check(content('  logo: logo.svg\n', { 'logo.svg': '<svg><image href="https://x.example/a.png"/></svg>' }))[0]!.message).toMatch(/contains a link to another file/);
  });
});
