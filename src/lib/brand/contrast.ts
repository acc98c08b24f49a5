/**
 * WCAG 2.2 contrast between sRGB colours, and the nearest colour that reaches a
 * contrast: what the brand check needs to say "this fails, use that instead".
 */

export type Rgb = readonly [number, number, number];

/** `#1d5fbf` or `#15b` → [29, 95, 191]. */
export function parseHex(hex: string): Rgb {
  const digits = hex.replace(/^#/, '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, as WCAG defines it. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** `a` mixed with `b`, `amount` of `b` (0 to 1), in sRGB as CSS color-mix would. */
export function mix(a: string, b: string, amount: number): string {
  const [p, q] = [parseHex(a), parseHex(b)];
  return toHex(p.map((c, i) => c + (q[i]! - c) * amount) as unknown as Rgb);
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/**
 * The colour of the same hue and saturation as `hex`, with the lightness closest to
 * its own, for which `passes` holds; undefined if no lightness does. Searched in
 * steps of 0.5 % lightness, darker and lighter alike, so the answer is the nearest.
 */
export function nearestPassing(hex: string, passes: (candidate: string) => boolean): string | undefined {
  const [h, s, l] = toHsl(parseHex(hex));
  for (let step = 0; step <= 200; step++) {
    for (const sign of [-1, 1]) {
      const lightness = l + (sign * step) / 200;
      if (lightness < 0 || lightness > 1) continue;
      const candidate = toHex(fromHsl([h, s, lightness]));
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}
