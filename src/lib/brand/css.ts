/** The stylesheet a brand colour becomes: the theme's accent variables, light and dark. */
import { brandColours } from './palette.ts';

export function brandCss(accent: string, accentDark?: string): string {
  const { light, dark } = brandColours(accent, accentDark);
  const pair = (a: string, b: string) => `light-dark(${a}, ${b})`;
  return `/* Generated from brand.accent in content/site.yaml. */
html:root {
  --accent: ${pair(light.accent, dark.accent)};
  --accent-text: ${pair(light.accent, dark.accent)};
  --accent-soft: ${pair(light.soft, dark.soft)};
  --focus: ${pair(light.accent, dark.accent)};
}
`;
}
