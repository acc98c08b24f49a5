/**
 * Chart colours. Charts are drawn with these exact light-theme colours, then every
 * use of one in the SVG also gets a class (`f-s1`, `s-grid`...) that the Chart
 * component's CSS points at theme variables. So the inline SVG follows light, dark
 * and print themes, and a copy without the stylesheet (e-mail, a saved file) still
 * shows the light colours. Classes, not `style` attributes: the site's
 * Content-Security-Policy forbids inline styles.
 */

/** Role → light-theme colour. Every colour must be distinct: the class is looked up by it. */
export const palette = {
  ink: '#55595f',
  grid: '#dedad3',
  target: '#a3262a',
  s1: '#1d5fbf',
  s2: '#2a9d8f',
  s3: '#8a5100',
  s4: '#7b4fc9',
  s5: '#c2417a',
} as const;

export type PaletteRole = keyof typeof palette;

/** Series colours in the order datasets use them. */
export const seriesRoles: readonly PaletteRole[] = ['s1', 's2', 's3', 's4', 's5'];

const byColour = new Map<string, PaletteRole>(Object.entries(palette).map(([role, hex]) => [hex.toLowerCase(), role as PaletteRole]));

/**
 * Add a class for each palette colour an element paints with: `fill="#1d5fbf"` gets
 * `f-s1`, `stroke="#dedad3"` gets `s-grid`. The attributes stay as the fallback.
 */
export function classifyColours(svg: string): string {
  return svg.replace(/<([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"]*")*)(\s*\/?)>/g, (tag, name: string, attrs: string, end: string) => {
    const classes: string[] = [];
    for (const match of attrs.matchAll(/\s(fill|stroke)="(#[0-9a-fA-F]{3,8})"/g)) {
      const role = byColour.get(match[2]!.toLowerCase());
      if (role) classes.push(`${match[1] === 'fill' ? 'f' : 's'}-${role}`);
    }
    if (!classes.length) return tag;
    return `<${name}${attrs} class="${classes.join(' ')}"${end}>`;
  });
}
