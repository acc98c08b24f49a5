/**
 * Draws a chart to SVG at build time: Chart.js on @napi-rs/canvas's SVG canvas.
 * Determinism is the point: animation off, a fixed device pixel ratio, the locale named
 * in the spec (axis months and compact numbers in the site's language), and layout
 * measured with the bundled DejaVu Sans. Text is written as SVG
 * <text> in the reader's own fonts, so any script shows (svg-text.ts). The same spec
 * gives the same bytes on any machine, which is what makes caching by content hash
 * (chart-cache.ts) safe. The e-mail PNG draws its text with the bundled font.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type ChartDataset, type LegendItem } from 'chart.js';
import { classifyColours, palette, seriesRoles } from './chart-palette.ts';
import { maxTicksFor, tickLabels } from './axis-ticks.ts';
import { recordText } from './svg-text.ts';
import { withFallbackFont } from './png-fonts.ts';
import { createFormats } from '../../i18n/formats.ts';

export type ChartKind = 'line' | 'bar' | 'stacked' | 'sparkline';

/** Everything that determines a chart's pixels; its JSON is the cache key. */
export interface ChartSpec {
  kind: ChartKind;
  /** The months (`YYYY-MM`) along the x axis, one per value; the axis names them in `locale`. */
  months: string[];
  datasets: Array<{ label: string; values: Array<number | null> }>;
  /** A horizontal dashed line, e.g. "Target 5,000 by Jun 2027". */
  target?: { value: number; label: string };
  width: number;
  height: number;
  /** The language of the axis: month names and compact numbers ("4.2万"). */
  locale: string;
}

const fontFamily = 'DevRelWikiSans';
let ready = false;

/** Register Chart.js parts and the bundled font once per process. */
function setup(): void {
  if (ready) return;
  Chart.register(...registerables);
  const require = createRequire(import.meta.url);
  const fontPath = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
  if (!GlobalFonts.registerFromPath(fontPath, fontFamily)) throw new Error(`could not load the chart font ${fontPath}`);
  Chart.defaults.font.family = fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = palette.ink;
  Chart.defaults.borderColor = palette.grid;
  ready = true;
}

function datasetsOf(spec: ChartSpec): ChartDataset[] {
  const sets: ChartDataset[] = spec.datasets.map((d, i) => {
    const colour = palette[seriesRoles[i % seriesRoles.length]!];
    if (spec.kind === 'line' || spec.kind === 'sparkline') {
      return {
        type: 'line' as const,
        label: d.label,
        data: d.values,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: spec.kind === 'sparkline' ? 2 : 2.5,
        // Only the latest point gets a dot: every dot is a ~1.5 kB path in SVG.
        pointRadius: d.values.map((_, j) => (j === d.values.length - 1 ? (spec.kind === 'sparkline' ? 2.5 : 3.5) : 0)),
        tension: 0,
        spanGaps: true,
      };
    }
    return { type: 'bar' as const, label: d.label, data: d.values, backgroundColor: colour, borderColor: colour, borderWidth: 0, stack: spec.kind === 'stacked' ? 'all' : undefined };
  });
  if (spec.target) {
    sets.push({
      type: 'line' as const,
      label: spec.target.label,
      data: spec.months.map(() => spec.target!.value),
      borderColor: palette.target,
      backgroundColor: palette.target,
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
    });
  }
  return sets;
}

/**
 * Legend keys drawn as what they stand for: a line for a line (dashed for the target), a
 * square for bars. Set here rather than as each dataset's point style, which would also
 * draw the latest point's dot as a short dash.
 */
function legendKeys(chart: Chart): LegendItem[] {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({
    ...item,
    pointStyle: chart.data.datasets[item.datasetIndex ?? 0]?.type === 'bar' ? 'rect' : 'line',
  }));
}

function configOf(spec: ChartSpec): ChartConfiguration {
  const spark = spec.kind === 'sparkline';
  const stacked = spec.kind === 'stacked';
  const values = spec.datasets.flatMap((d) => d.values).filter((v): v is number => v !== null);
  const showLegend = !spark && (spec.datasets.length > 1 || !!spec.target);
  const f = createFormats(spec.locale);
  const ticks = tickLabels(spec.months, maxTicksFor(spec.width), f);
  return {
    type: spec.kind === 'line' || spark ? 'line' : 'bar',
    data: { labels: spec.months, datasets: datasetsOf(spec) },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      locale: spec.locale,
      events: [],
      // Room for the latest point's dot at the chart's right and top edges.
      layout: { padding: spark ? 4 : { top: 4, right: 8, bottom: 0, left: 0 } },
      plugins: {
        legend: { display: showLegend, position: 'bottom', labels: { usePointStyle: true, boxWidth: 14, boxHeight: 10, color: palette.ink, generateLabels: legendKeys } },
        tooltip: { enabled: false },
        title: { display: false },
      },
      scales: {
        x: { display: !spark, stacked, grid: { display: false }, ticks: { color: palette.ink, maxRotation: 0, autoSkip: false, callback: (_, index) => ticks[index] ?? '' }, border: { color: palette.grid } },
        y: {
          display: !spark,
          stacked,
          beginAtZero: spec.kind !== 'line' && !spark,
          // The target must be on the chart even when the data is far from it.
          // A sparkline spans its own range, so a 10% change is visible in 40 pixels.
          ...(spark && values.length ? { min: Math.min(...values), max: Math.max(...values) } : {}),
          ...(spec.target ? { suggestedMax: Math.max(spec.target.value, ...values), suggestedMin: Math.min(spec.target.value, ...values) } : {}),
          grid: { color: palette.grid },
          border: { display: false },
          ticks: { color: palette.ink, maxTicksLimit: 6, callback: (value) => f.compact(Number(value)) },
        },
      },
    },
  };
}

/**
 * Shorten path coordinates to one decimal (`12.345` → `12.3`, `12.04` → `12`): far fewer
 * bytes, no visible change at this size. Two plain replacements rather than a callback per
 * number: an SVG holds hundreds of numbers.
 */
const roundNumbers = (svg: string) => svg.replace(/(\d+\.\d)\d+/g, '$1').replace(/(\d+)\.0(?!\d)/g, '$1');

/**
 * Skia numbers clip paths with a process-wide counter (`cl_3`, `cl_4`...), so ids
 * depended on how many charts were drawn before. Renumber from 1 and prefix with a
 * hash of the content: deterministic, and unique when several charts share a page.
 */
function stableIds(svg: string): string {
  const ids = new Map<string, string>();
  const numbered = svg.replace(/\bid="([^"]+)"/g, (_, id: string) => {
    ids.set(id, `@${ids.size + 1}`);
    return `id="${ids.get(id)}"`;
  }).replace(/url\(#([^)]+)\)/g, (match, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : match));
  const prefix = `ch${createHash('sha256').update(numbered).digest('hex').slice(0, 8)}-`;
  return numbered.replace(/(id="|url\(#)@/g, `$1${prefix}`);
}

/** Paints the canvas white first: a transparent PNG turns unreadable in a dark-mode mail client. */
const whiteBackground = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Whether the bundled font lacks a glyph of `text` (it measures as the empty box). */
function lacksGlyphs(text: string): boolean {
  const probe = createCanvas(1, 1).getContext('2d');
  probe.font = `12px ${fontFamily}`;
  const box = probe.measureText('\u{10fffd}').width;
  return [...text].some((char) => char.trim() !== '' && probe.measureText(char).width === box);
}

/**
 * Render the same chart as a PNG, `scale` times its size in pixels (2 = sharp on
 * high-density screens at `width`×`height` CSS pixels), on white. For e-mail, where
 * inline SVG does not show in most clients.
 */
export function renderChartPng(spec: ChartSpec, scale = 2): Buffer {
  setup();
  // Chart.js sizes the canvas itself: CSS size from the canvas, pixels times devicePixelRatio.
  const canvas = createCanvas(spec.width, spec.height);
  const config = configOf(spec);
  config.options = { ...config.options, devicePixelRatio: scale };
  config.plugins = [whiteBackground];
  const context = withFallbackFont(canvas.getContext('2d'), lacksGlyphs);
  const chart = new Chart(context as unknown as CanvasRenderingContext2D, config);
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}

/**
 * Render one chart to an SVG string: no XML prolog, a viewBox so CSS can scale it,
 * and palette classes so it follows the page's theme.
 */
export function renderChartSvg(spec: ChartSpec): string {
  setup();
  const canvas = createCanvas(spec.width, spec.height, SvgExportFlag.NoPrettyXML);
  const text = recordText(canvas.getContext('2d'));
  // Without animation the constructor draws the chart; a second draw() would add every
  // shape and label to the SVG again, since an SVG canvas cannot clear what it wrote.
  const chart = new Chart(text.context as unknown as CanvasRenderingContext2D, configOf(spec));
  // Rounded before the text goes in: a label's own "v2.0" must stay as written.
  const shapes = roundNumbers(canvas.getContent().toString('utf8').replace(/^<\?xml[^>]*>\s*/, ''));
  chart.destroy();
  const svg = shapes.replace(/<\/svg>\s*$/, `${text.svg()}</svg>`)
    .replace(/<svg ([^>]*?)width="(\d+)" height="(\d+)">/, '<svg $1viewBox="0 0 $2 $3" width="$2" height="$3">')
    .replace(/\n\s*/g, '');
  return stableIds(classifyColours(svg));
}
