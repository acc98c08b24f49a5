/**
 * The stylesheet a brand colour becomes: the theme's accent variables, light and dark.
 * The accent is also the first chart series; when it is close in hue to another
 * series' colour (a green brand beside the teal second series), that series takes the
 * wiki's own blue instead, so two series never look alike.
 */
import { parseHex } from './contrast.ts';
import { brandColours } from './palette.ts';

/** Chart series 2 to 5 (ChartTheme.astro), light and dark. */
const series = [
  { name: '--chart-s2', light: '#1f7f73', dark: '#5cc8b9' },
  { name: '--chart-s3', light: '#8a5100', dark: '#f0b860' },
  { name: '--chart-s4', light: '#7b4fc9', dark: '#b79cf0' },
  { name: '--chart-s5', light: '#c2417a', dark: '#f08bb5' },
];
/** The wiki's own accent, free for a series once a brand replaces it. */
const wikiBlue = { light: '#1d5fbf', dark: '#7fb0ff' };

/** Hue in degrees; grey colours have none. */
function hue(hex: string): number | undefined {
  const [r, g, b] = parseHex(hex).map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d < 0.08) return undefined;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

export function brandCss(accent: string, accentDark?: string): string {
  const { light, dark } = brandColours(accent, accentDark);
  const pair = (a: string, b: string) => `light-dark(${a}, ${b})`;
  const accentHue = hue(light.accent);
  const clash = accentHue === undefined ? undefined : series
    .map((s) => ({ ...s, distance: hueDistance(accentHue, hue(s.light)!) }))
    .filter((s) => s.distance < 35)
    .sort((a, b) => a.distance - b.distance)[0];
  const swap = clash && hueDistance(accentHue!, hue(wikiBlue.light)!) >= 35 ? `\n  ${clash.name}: ${pair(wikiBlue.light, wikiBlue.dark)};` : '';
  return `/* Generated from brand.accent in content/site.yaml. */
html:root {
  --accent: ${pair(light.accent, dark.accent)};
  --accent-text: ${pair(light.accent, dark.accent)};
  --accent-soft: ${pair(light.soft, dark.soft)};
  --focus: ${pair(light.accent, dark.accent)};${swap}
}
`;
}
