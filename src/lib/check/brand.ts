/**
 * The `brand:` block of site.yaml: the logo must be a safe SVG or a real PNG in the
 * content folder, and each accent colour readable in its mode (WCAG AA). A failing
 * colour is an error naming every pair that fails and the nearest colour that passes,
 * so the team keeps its hue and gets a shade it can paste back in.
 */
import path from 'node:path';
import { brandSchema, siteConfigFile } from '../../schemas/site.ts';
import { failing, nearestReadable, type Mode } from '../brand/palette.ts';
import { logoProblem } from '../brand/logo.ts';
import type { Problem } from './problem.ts';
import { readSourceFile } from './source-file.ts';
import { readContentText } from '../content-fs.ts';
import { maxTextFileBytes } from './limits.ts';

const modeWords: Record<Mode, string> = { light: 'light mode', dark: 'dark mode' };

export function checkBrand(contentDir: string, display: (abs: string) => string): Problem[] {
  const abs = path.join(contentDir, siteConfigFile);
  let text: string;
  try {
    text = readContentText(contentDir, abs, maxTextFileBytes);
  } catch {
    // Missing, a link or too large: checkSiteConfig and the closed-world check say so.
    return [];
  }
  const source = readSourceFile(text, 'data');
  const raw = (source.data as { brand?: unknown } | undefined)?.brand;
  // A malformed block is already reported by the site schema.
  const parsed = brandSchema.safeParse(raw);
  if (raw === undefined || !parsed.success) return [];
  const brand = parsed.data;
  const file = display(abs);
  const problems: Problem[] = [];

  const colours: [keyof typeof brand & ('accent' | 'accentDark'), Mode][] = [['accent', 'light'], ['accentDark', 'dark']];
  for (const [field, mode] of colours) {
    const colour = brand[field];
    if (!colour) continue;
    const fails = failing(colour, mode);
    if (!fails.length) continue;
    const nearest = nearestReadable(colour, mode);
    problems.push({
      severity: 'error',
      file,
      ...source.locate(['brand', field]),
      field: `brand.${field}`,
      message: `"${colour}" is hard to read in ${modeWords[mode]}: ${fails.map((p) => `${p.what} ${p.ratio.toFixed(2)}:1`).join(', ')}, where WCAG AA asks for 4.5:1`,
      hint: nearest ? `the nearest colour that passes is "${nearest}"` : 'choose a darker or lighter shade',
    });
  }

  if (brand.logo) {
    const message = logoProblem(contentDir, brand.logo);
    if (message) problems.push({ severity: 'error', file, ...source.locate(['brand', 'logo']), field: 'brand.logo', message, hint: 'put an .svg or .png file in the content folder and give its path relative to it, like "logo.svg"' });
  }
  return problems;
}
