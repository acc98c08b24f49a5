/**
 * The colours a brand accent becomes, in light and dark mode, and the pairs of them
 * that must be readable (WCAG AA: 4.5:1 for text). One accent serves both modes in
 * spirit, but no colour is readable as link text on both the light and the dark page
 * (it would need a luminance both below 0.18 and above 0.23), so dark mode uses
 * `accentDark` when the team gives one and otherwise the accent lightened just
 * enough to pass, which by construction always does.
 */
import { contrast, mix, nearestPassing } from './contrast.ts';

/** The page colours of src/styles/global.css the accent is read on. */
export const surfaces = {
  light: { page: '#fbfaf8', card: '#ffffff', onAccent: '#ffffff' },
  dark: { page: '#131519', card: '#1b1e23', onAccent: '#0b1320' },
} as const;

export type Mode = keyof typeof surfaces;

export interface ModeColours {
  /** Links, buttons, focus rings, the current navigation item, chart series 1. */
  accent: string;
  /** The tint behind the current navigation item. */
  soft: string;
}

export interface ContrastPair {
  mode: Mode;
  /** What a reader would see fail, e.g. "links on cards". */
  what: string;
  foreground: string;
  background: string;
  ratio: number;
}

/** WCAG 2.2 AA for normal-size text. */
export const minimumContrast = 4.5;

const softOf = (accent: string, mode: Mode): string => mix(surfaces[mode].card, accent, mode === 'light' ? 0.1 : 0.18);

export function pairsFor(accent: string, mode: Mode): ContrastPair[] {
  const s = surfaces[mode];
  const soft = softOf(accent, mode);
  const pair = (what: string, foreground: string, background: string): ContrastPair => ({ mode, what, foreground, background, ratio: contrast(foreground, background) });
  return [
    pair('links on the page', accent, s.page),
    pair('links on cards', accent, s.card),
    pair('the current navigation item', accent, soft),
    pair('button text', s.onAccent, accent),
  ];
}

export const failing = (accent: string, mode: Mode): ContrastPair[] => pairsFor(accent, mode).filter((p) => p.ratio < minimumContrast);

/** The closest colour to `accent` that passes every pair in `mode`. */
export const nearestReadable = (accent: string, mode: Mode): string | undefined => nearestPassing(accent, (c) => failing(c, mode).length === 0);

/** The colours the site uses for a brand: given ones as they are, dark derived if not given. */
export function brandColours(accent: string, accentDark?: string): Record<Mode, ModeColours> {
  const dark = accentDark ?? nearestReadable(accent, 'dark') ?? '#8fbaff';
  return {
    light: { accent: accent.toLowerCase(), soft: softOf(accent, 'light') },
    dark: { accent: dark.toLowerCase(), soft: softOf(dark, 'dark') },
  };
}
