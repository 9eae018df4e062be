/**
 * An embedded chart as the preview draws it: the chart's model (type, title, options, where it is
 * anchored) with the values its ranges hold, and the layout of its drawing as plain shapes, which
 * the page turns into inline SVG (text only through textContent). Pure: no DOM, no Node.
 */

/** A chart of a tab, with its data read from its ranges (formulas computed). */
export interface ChartView {
  id: number;
  /** Charts.ChartType's name: LINE, AREA, COLUMN, BAR, PIE, ... */
  type: string;
  title: string;
  /** The cell its top-left corner is anchored to (1-based), and the offset in pixels. */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  legend: 'bottom' | 'top' | 'right' | 'left' | 'none';
  vAxisTitle: string;
  hAxisTitle: string;
  /** The domain: the first column's labels (after the header rows). */
  categories: string[];
  series: ChartSeries[];
  /** Why the preview does not draw it (its data needs a formula the preview does not compute). */
  notDrawn?: string;
}

export interface ChartSeries {
  name: string;
  /** null: a cell that holds no number (Sheets leaves a gap). */
  values: (number | null)[];
}

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width?: number }
  | { kind: 'polyline'; points: [number, number][]; stroke: string; width: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string; opacity: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'path'; d: string; fill: string; stroke: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle' | 'end';
      size: number;
      fill: string;
      weight?: 'bold';
      /** Degrees, about (x, y). */
      rotate?: number;
    };

export interface ChartDrawing {
  width: number;
  height: number;
  shapes: Shape[];
  /** The chart's text alternative: what it shows, in words. */
  description: string;
}

/** Sheets' default series colours. */
export const PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
  '#fcd04f',
  '#71c287',
] as const;

const INK = '#202124';
const MUTED = '#5f6368';
const GRID = '#e0e0e0';
const FONT = 11;
/** Rough width of a character at FONT px, to fit labels. */
const CHAR = 6.2;

const colour = (i: number): string => PALETTE[i % PALETTE.length] ?? '#4285f4';

function fit(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / CHAR));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}

/** Axis ticks: round steps (1, 2, 5 x 10^k) from a floor at or below 0 to a ceiling at or above the data. */
export function ticks(values: number[], most = 5): number[] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (high === low) return [low, low + 1];
  const rough = (high - low) / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(low / step) * step;
  const out: number[] = [];
  for (let t = first; t < high + step / 2; t += step) out.push(Number(t.toPrecision(12)));
  if ((out[out.length - 1] ?? 0) < high) out.push(Number((first + out.length * step).toPrecision(12)));
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  LINE: 'Line chart',
  AREA: 'Area chart',
  COLUMN: 'Column chart',
  BAR: 'Bar chart',
  PIE: 'Pie chart',
};

/** The chart in words, for people who do not see it. */
export function describeChart(view: ChartView): string {
  const kind = TYPE_NAMES[view.type] ?? `${view.type.toLowerCase()} chart`;
  const head = `${view.title || 'Untitled chart'}. ${kind}`;
  if (view.notDrawn) return `${head}, not drawn in the preview: ${view.notDrawn}.`;
  if (view.categories.length === 0) return `${head} with no data.`;
  if (view.type === 'PIE') {
    const values = view.series[0]?.values ?? [];
    const total = values.reduce<number>((sum, v) => sum + (v !== null && v > 0 ? v : 0), 0);
    const parts = view.categories.map((label, i) => {
      const v = values[i] ?? null;
      if (v === null) return `${label}: no value`;
      return total > 0
        ? `${label}: ${numberText(v)} (${Math.round((v / total) * 100)}%)`
        : `${label}: ${numberText(v)}`;
    });
    return `${head}. ${parts.join('; ')}.`;
  }
  const series = view.series.map(
    (s) =>
      `${s.name}: ${view.categories
        .map((c, i) => {
          const v = s.values[i];
          return `${c} ${v === null || v === undefined ? 'no value' : numberText(v)}`;
        })
        .join(', ')}`,
  );
  return `${head}. ${series.join('. ')}.`;
}

interface Frame {
  shapes: Shape[];
  /** The plot area. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Title, legend and axis titles around the plot area. */
function frame(view: ChartView, legendNames: string[]): Frame {
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, width: view.width, height: view.height, fill: '#fff', stroke: '#dadce0' },
  ];
  let top = 12;
  if (view.title) {
    shapes.push({
      kind: 'text',
      x: 16,
      y: 26,
      text: fit(view.title, view.width - 32),
      anchor: 'start',
      size: 14,
      fill: INK,
      weight: 'bold',
    });
    top = 44;
  }
  let left = 16;
  let right = view.width - 16;
  let bottom = view.height - 12;
  const legend = view.legend;
  if (legendNames.length > 0 && legend !== 'none') {
    if (legend === 'right' || legend === 'left') {
      const width = Math.min(160, Math.max(...legendNames.map((n) => n.length * CHAR)) + 24);
      const x = legend === 'right' ? view.width - width - 8 : 12;
      legendNames.forEach((name, i) => {
        const y = top + 12 + i * 18;
        shapes.push({ kind: 'rect', x, y: y - 8, width: 10, height: 10, fill: colour(i) });
        shapes.push({
          kind: 'text',
          x: x + 14,
          y: y + 1,
          text: fit(name, width - 20),
          anchor: 'start',
          size: FONT,
          fill: INK,
        });
      });
      if (legend === 'right') right = x - 12;
      else left = x + width + 8;
    } else {
      const y = legend === 'bottom' ? view.height - 14 : top + 4;
      let x = left;
      legendNames.forEach((name, i) => {
        const label = fit(name, 180);
        shapes.push({ kind: 'rect', x, y: y - 8, width: 10, height: 10, fill: colour(i) });
        shapes.push({
          kind: 'text',
          x: x + 14,
          y: y + 1,
          text: label,
          anchor: 'start',
          size: FONT,
          fill: INK,
        });
        x += 14 + label.length * CHAR + 16;
      });
      if (legend === 'bottom') bottom = view.height - 30;
      else top += 22;
    }
  }
  return { shapes, left, top, right, bottom };
}

/** Axes, grid lines and labels for a chart with categories along one axis and values along the other. */
function axes(
  view: ChartView,
  area: Frame,
  horizontal: boolean,
): { scale: (v: number) => number; band: (i: number) => [number, number] } {
  const values = view.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const marks = ticks(values);
  const low = marks[0] ?? 0;
  const high = marks[marks.length - 1] ?? 1;
  const labelWidth = Math.max(...marks.map((t) => numberText(t).length)) * CHAR + 8;
  const categoryWidth = Math.min(120, Math.max(0, ...view.categories.map((c) => c.length)) * CHAR + 8);
  const valueTitle = view.vAxisTitle;
  const categoryTitle = view.hAxisTitle;
  const { right, top } = area;
  let { left, bottom } = area;
  if (valueTitle && !horizontal) left += 18;
  if (categoryTitle && !horizontal) bottom -= 16;
  if (horizontal) {
    left += categoryWidth;
    bottom -= 20;
  } else {
    left += labelWidth;
    bottom -= 20;
  }
  const n = Math.max(1, view.categories.length);
  const along = horizontal ? bottom - top : right - left;
  const band = (i: number): [number, number] => {
    const size = along / n;
    return horizontal ? [top + i * size, top + (i + 1) * size] : [left + i * size, left + (i + 1) * size];
  };
  const scale = horizontal
    ? (v: number) => left + ((v - low) / (high - low)) * (right - left)
    : (v: number) => bottom - ((v - low) / (high - low)) * (bottom - top);
  for (const mark of marks) {
    const at = scale(mark);
    if (horizontal) {
      area.shapes.push({ kind: 'line', x1: at, y1: top, x2: at, y2: bottom, stroke: GRID });
      area.shapes.push({
        kind: 'text',
        x: at,
        y: bottom + 14,
        text: numberText(mark),
        anchor: 'middle',
        size: FONT,
        fill: MUTED,
      });
    } else {
      area.shapes.push({ kind: 'line', x1: left, y1: at, x2: right, y2: at, stroke: GRID });
      area.shapes.push({
        kind: 'text',
        x: left - 6,
        y: at + 4,
        text: numberText(mark),
        anchor: 'end',
        size: FONT,
        fill: MUTED,
      });
    }
  }
  // Category labels, every k-th when they would overlap.
  const room = along / n;
  const longest = Math.max(1, ...view.categories.map((c) => c.length)) * CHAR;
  const every = horizontal
    ? Math.max(1, Math.ceil(14 / room))
    : Math.max(1, Math.ceil(Math.min(longest, 120) / room));
  view.categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const [a, b] = band(i);
    if (horizontal)
      area.shapes.push({
        kind: 'text',
        x: left - 6,
        y: (a + b) / 2 + 4,
        text: fit(category, categoryWidth - 8),
        anchor: 'end',
        size: FONT,
        fill: MUTED,
      });
    else
      area.shapes.push({
        kind: 'text',
        x: (a + b) / 2,
        y: bottom + 14,
        text: fit(category, Math.max(room * every - 4, 24)),
        anchor: 'middle',
        size: FONT,
        fill: MUTED,
      });
  });
  const zero = scale(Math.max(low, Math.min(0, high)));
  area.shapes.push(
    horizontal
      ? { kind: 'line', x1: zero, y1: top, x2: zero, y2: bottom, stroke: MUTED }
      : { kind: 'line', x1: left, y1: zero, x2: right, y2: zero, stroke: MUTED },
  );
  if (valueTitle && !horizontal)
    area.shapes.push({
      kind: 'text',
      x: area.left + 10,
      y: (top + bottom) / 2,
      text: fit(valueTitle, bottom - top),
      anchor: 'middle',
      size: FONT,
      fill: MUTED,
      rotate: -90,
    });
  if (categoryTitle && !horizontal)
    area.shapes.push({
      kind: 'text',
      x: (left + right) / 2,
      y: bottom + 32,
      text: fit(categoryTitle, right - left),
      anchor: 'middle',
      size: FONT,
      fill: MUTED,
    });
  Object.assign(area, { left, right, top, bottom });
  return { scale, band };
}

function lineChart(view: ChartView, area: Frame, filled: boolean): void {
  const { scale, band } = axes(view, area, false);
  const baseline = scale(0);
  view.series.forEach((series, s) => {
    // A gap (no value) breaks the line, as in Sheets.
    const runs: [number, number][][] = [[]];
    series.values.forEach((v, i) => {
      if (v === null) {
        if ((runs[runs.length - 1] ?? []).length > 0) runs.push([]);
        return;
      }
      const [a, b] = band(i);
      runs[runs.length - 1]?.push([(a + b) / 2, scale(v)]);
    });
    for (const run of runs) {
      if (run.length === 0) continue;
      if (filled && run.length > 1) {
        const first = run[0] ?? [0, 0];
        const last = run[run.length - 1] ?? [0, 0];
        area.shapes.push({
          kind: 'polygon',
          points: [[first[0], baseline], ...run, [last[0], baseline]],
          fill: colour(s),
          opacity: 0.25,
        });
      }
      if (run.length > 1) area.shapes.push({ kind: 'polyline', points: run, stroke: colour(s), width: 2 });
      for (const [x, y] of run) area.shapes.push({ kind: 'circle', cx: x, cy: y, r: 3, fill: colour(s) });
    }
  });
}

function barChart(view: ChartView, area: Frame, horizontal: boolean): void {
  const { scale, band } = axes(view, area, horizontal);
  const count = Math.max(1, view.series.length);
  view.categories.forEach((_, i) => {
    const [a, b] = band(i);
    const gap = (b - a) * 0.2;
    const size = (b - a - 2 * gap) / count;
    view.series.forEach((series, s) => {
      const v = series.values[i];
      if (v === null || v === undefined) return;
      const from = scale(0);
      const to = scale(v);
      const start = a + gap + s * size;
      area.shapes.push(
        horizontal
          ? {
              kind: 'rect',
              x: Math.min(from, to),
              y: start,
              width: Math.abs(to - from),
              height: size,
              fill: colour(s),
            }
          : {
              kind: 'rect',
              x: start,
              y: Math.min(from, to),
              width: size,
              height: Math.abs(to - from),
              fill: colour(s),
            },
      );
    });
  });
}

function pieChart(view: ChartView, area: Frame): void {
  const values = (view.series[0]?.values ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const total = values.reduce((sum, v) => sum + v, 0);
  const cx = (area.left + area.right) / 2;
  const cy = (area.top + area.bottom) / 2;
  const r = Math.max(10, Math.min(area.right - area.left, area.bottom - area.top) / 2 - 8);
  if (total === 0) {
    area.shapes.push({ kind: 'circle', cx, cy, r, fill: '#f1f3f4' });
    area.shapes.push({
      kind: 'text',
      x: cx,
      y: cy + 4,
      text: 'No data',
      anchor: 'middle',
      size: FONT,
      fill: MUTED,
    });
    return;
  }
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (v === 0) return;
    const sweep = (v / total) * Math.PI * 2;
    const end = angle + sweep;
    const point = (a: number, radius = r): [number, number] => [
      cx + radius * Math.cos(a),
      cy + radius * Math.sin(a),
    ];
    if (sweep >= Math.PI * 2 - 1e-9) area.shapes.push({ kind: 'circle', cx, cy, r, fill: colour(i) });
    else {
      const [x1, y1] = point(angle);
      const [x2, y2] = point(end);
      const large = sweep > Math.PI ? 1 : 0;
      const f = (n: number) => n.toFixed(2);
      area.shapes.push({
        kind: 'path',
        d: `M${f(cx)},${f(cy)} L${f(x1)},${f(y1)} A${f(r)},${f(r)} 0 ${large} 1 ${f(x2)},${f(y2)} Z`,
        fill: colour(i),
        stroke: '#fff',
      });
    }
    if (v / total >= 0.05) {
      const [lx, ly] = point(angle + sweep / 2, r * 0.62);
      area.shapes.push({
        kind: 'text',
        x: lx,
        y: ly + 4,
        text: `${Math.round((v / total) * 100)}%`,
        anchor: 'middle',
        size: FONT,
        fill: '#fff',
        weight: 'bold',
      });
    }
    angle = end;
  });
}

const DRAWN = new Set(['LINE', 'AREA', 'COLUMN', 'BAR', 'PIE']);

/** The shapes of a chart's drawing, within view.width x view.height. */
export function layoutChart(view: ChartView): ChartDrawing {
  const description = describeChart(view);
  const pie = view.type === 'PIE';
  const legendNames = pie ? view.categories : view.series.map((s) => s.name);
  const drawable = DRAWN.has(view.type) && !view.notDrawn && view.categories.length > 0;
  const area = frame(view, drawable ? legendNames : []);
  if (!drawable) {
    const why = view.notDrawn
      ? `Not drawn in the preview: ${view.notDrawn}`
      : DRAWN.has(view.type)
        ? 'No data'
        : `A ${view.type.toLowerCase()} chart: the preview draws line, area, column, bar and pie charts`;
    area.shapes.push({
      kind: 'text',
      x: view.width / 2,
      y: view.height / 2,
      text: fit(why, view.width - 32),
      anchor: 'middle',
      size: 12,
      fill: MUTED,
    });
    return { width: view.width, height: view.height, shapes: area.shapes, description };
  }
  if (pie) pieChart(view, area);
  else if (view.type === 'COLUMN') barChart(view, area, false);
  else if (view.type === 'BAR') barChart(view, area, true);
  else lineChart(view, area, view.type === 'AREA');
  return { width: view.width, height: view.height, shapes: area.shapes, description };
}
