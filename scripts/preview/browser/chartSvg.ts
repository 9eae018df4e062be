/**
 * A chart of the workbook view as inline SVG, drawn from its layout (views/charts.ts). Labels come
 * from the sheet, so they go in through textContent only. The SVG is an image with a name (the
 * chart's title) and a description that says in words what it shows.
 */
import { layoutChart, type ChartView, type Shape } from '../views/charts';
import { el } from './shellKit';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const points = (list: [number, number][]): string =>
  list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

function shapeNode(shape: Shape): SVGElement {
  switch (shape.kind) {
    case 'rect':
      return svg('rect', {
        x: shape.x,
        y: shape.y,
        width: Math.max(0, shape.width),
        height: Math.max(0, shape.height),
        fill: shape.fill,
        ...(shape.stroke ? { stroke: shape.stroke } : {}),
      });
    case 'line':
      return svg('line', {
        x1: shape.x1,
        y1: shape.y1,
        x2: shape.x2,
        y2: shape.y2,
        stroke: shape.stroke,
        'stroke-width': shape.width ?? 1,
      });
    case 'polyline':
      return svg('polyline', {
        points: points(shape.points),
        fill: 'none',
        stroke: shape.stroke,
        'stroke-width': shape.width,
      });
    case 'polygon':
      return svg('polygon', {
        points: points(shape.points),
        fill: shape.fill,
        'fill-opacity': shape.opacity,
      });
    case 'circle':
      return svg('circle', { cx: shape.cx, cy: shape.cy, r: shape.r, fill: shape.fill });
    case 'path':
      return svg('path', { d: shape.d, fill: shape.fill, stroke: shape.stroke });
    case 'text':
      return svg(
        'text',
        {
          x: shape.x,
          y: shape.y,
          'text-anchor': shape.anchor,
          'font-size': shape.size,
          fill: shape.fill,
          ...(shape.weight ? { 'font-weight': shape.weight } : {}),
          ...(shape.rotate ? { transform: `rotate(${shape.rotate} ${shape.x} ${shape.y})` } : {}),
        },
        shape.text,
      );
  }
}

/** The chart as a figure holding its SVG drawing. */
export function chartFigure(view: ChartView): HTMLElement {
  const drawing = layoutChart(view);
  const titleId = `chart-${view.id}-title`;
  const descId = `chart-${view.id}-desc`;
  const image = svg('svg', {
    width: drawing.width,
    height: drawing.height,
    viewBox: `0 0 ${drawing.width} ${drawing.height}`,
    role: 'img',
    'aria-labelledby': titleId,
    'aria-describedby': descId,
  });
  image.append(
    svg('title', { id: titleId }, view.title || `Chart ${view.id}`),
    svg('desc', { id: descId }, drawing.description),
    ...drawing.shapes.map(shapeNode),
  );
  const figure = el('figure', { class: 'chart', 'data-chart': String(view.id), 'data-type': view.type });
  figure.appendChild(image);
  return figure;
}
