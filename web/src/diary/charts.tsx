import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../../../src/format/index.ts';
import { t, webLocale } from '../language.ts';

/**
 * The diary's charts, drawn with uPlot (canvas; it styles its elements through the CSSOM, never with style attributes
 * or <style>, so it runs under the server's `style-src 'self'`). Every chart sits in a figure with an accessible name
 * that lists its numbers, a visible text summary, and a legend that tells its series apart by shape (bars, a dashed
 * line with square points, hollow points) as well as by colour.
 */

export interface Series {
  label: string;
  values: (number | null)[];
}

export interface ChartSpec {
  /** The chart's accessible name, such as "Bar chart of episodes per week". */
  title: string;
  categories: string[];
  bars?: Series;
  /** Lines on their own scale (severity 0–10, BCTQ 1–5). */
  lines?: Series[];
  lineRange?: [number, number];
  lineAxisLabel?: string;
  /** Bars across the chart, labels on the left (for long labels such as activities). */
  horizontal?: boolean;
  height?: number;
}

function cssColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

const LINE_STYLES = [
  { dash: [8, 5], points: 'filled' },
  { dash: [2, 4], points: 'hollow' },
] as const;

let measuring: CanvasRenderingContext2D | null = null;

/** The width in CSS pixels of `text` in `font`, as the chart's canvas will draw it. */
function textWidth(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 8;
  measuring.font = font;
  return measuring.measureText(text).width;
}

/**
 * A label broken at spaces into lines no wider than `width`, so that a long label (an activity of one's own) is shown
 * whole rather than cut short with "…". A single word wider than the space is left whole on its line.
 */
function wrapLabel(label: string, width: number, font: string): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, font) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** The least room between two labels along the chart: less, and uPlot labels every second bar instead. */
const LABEL_GAP = 6;

/** The widest line of any of the labels. */
function widestLine(labels: readonly string[], font: string): number {
  return Math.max(0, ...labels.flatMap((label) => label.split('\n').map((line) => textWidth(line, font))));
}

function options(spec: ChartSpec, width: number): uPlot.Options {
  const text = cssColour('--text', '#212b32');
  const grid = cssColour('--track', '#d8dde0');
  const bar = cssColour('--bar', '#005eb8');
  const accent = cssColour('--urgent', '#b24a00');
  const lineColours = [accent, text];
  const font = '12px system-ui, sans-serif';
  const locale = webLocale();
  const labelSize = spec.horizontal ? Math.min(180, Math.round(width * 0.48)) : 0;
  // Across the chart, long labels wrap within the space left of the bars; along it, the ticks are spaced by the
  // widest label, so that neighbours never run into each other (uPlot then labels every second or third bar).
  const labels = spec.horizontal
    ? spec.categories.map((c) => wrapLabel(c, labelSize - 14, font))
    : spec.categories;
  const lineCount = Math.max(1, ...labels.map((l) => l.split('\n').length));
  const multiline = lineCount > 1;
  // Labels across the chart are drawn by drawCategoryLabels, centred on their bars; uPlot would hang a second line
  // below the bar's middle, where it reads as the next bar's.
  const categoryValues = (_u: uPlot, splits: number[]): string[] =>
    splits.map((i) => (Number.isInteger(i) && !spec.horizontal ? (labels[i] ?? '') : ''));
  const drawCategoryLabels = (u: uPlot): void => {
    const ratio = uPlot.pxRatio;
    const ctx = u.ctx;
    ctx.save();
    ctx.font = font.replace(/^(\d+)px/, (_m, size: string) => `${Number(size) * ratio}px`);
    ctx.fillStyle = text;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    const lineHeight = 16 * ratio;
    const right = u.bbox.left - 8 * ratio;
    labels.forEach((label, i) => {
      const lines = label.split('\n');
      const centre = u.valToPos(i, 'x', true);
      lines.forEach((line, j) => {
        ctx.fillText(line, right, centre + (j - (lines.length - 1) / 2) * lineHeight);
      });
    });
    ctx.restore();
  };
  const n = spec.categories.length;
  const series: uPlot.Series[] = [{}];
  const axes: uPlot.Axis[] = [
    {
      scale: 'x',
      side: spec.horizontal ? 3 : 2,
      stroke: text,
      font,
      grid: { show: false },
      ticks: { show: false },
      incrs: [1, 2, 3, 4, 6, 8, 13, 26, 52],
      space: spec.horizontal ? 18 * lineCount : Math.ceil(widestLine(labels, font)) + LABEL_GAP,
      values: categoryValues,
      ...(spec.horizontal ? { size: labelSize } : multiline ? { size: 52 } : {}),
    },
  ];
  const scales: uPlot.Scales = {
    x: {
      time: false,
      range: () => [-0.5, Math.max(0, n - 0.5)],
      ...(spec.horizontal ? { ori: 1, dir: -1 } : {}),
    },
  };
  if (spec.bars) {
    const barValues = spec.bars.values;
    scales.count = {
      range: () => [0, Math.max(1, ...barValues.map((v) => v ?? 0)) * 1.1],
      ...(spec.horizontal ? { ori: 0 } : {}),
    };
    axes.push({
      scale: 'count',
      side: spec.horizontal ? 2 : 3,
      stroke: text,
      font,
      grid: { stroke: grid, width: 1 },
      incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500],
      values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? formatNumber(v, 0, { locale }) : '')),
    });
    series.push({
      label: spec.bars.label,
      scale: 'count',
      fill: bar,
      stroke: bar,
      width: 0,
      points: { show: false },
      paths: uPlot.paths.bars?.({ size: [0.7, 64], align: 0 }),
    });
  }
  if (spec.lines && spec.lines.length > 0) {
    const [min, max] = spec.lineRange ?? [0, 10];
    scales.level = { range: () => [min, max] };
    axes.push({
      scale: 'level',
      side: spec.bars ? 1 : 3,
      stroke: text,
      font,
      grid: { show: !spec.bars, stroke: grid, width: 1 },
      incrs: [1, 2, 5],
      ...(spec.lineAxisLabel ? { label: spec.lineAxisLabel, labelFont: font, labelSize: 20 } : {}),
    });
    spec.lines.forEach((line, i) => {
      const style = LINE_STYLES[i % LINE_STYLES.length] ?? LINE_STYLES[0];
      const colour = lineColours[i % lineColours.length] ?? text;
      series.push({
        label: line.label,
        scale: 'level',
        stroke: colour,
        width: 2.5,
        dash: [...style.dash],
        spanGaps: true,
        points: {
          show: true,
          size: 9,
          width: 2,
          stroke: colour,
          fill: style.points === 'filled' ? colour : cssColour('--surface', '#ffffff'),
        },
      });
    });
  }
  // A chart of bars across gets the height its wrapped labels need, one row of lines per bar.
  const height = spec.horizontal
    ? Math.max(spec.height ?? 220, n * (16 * lineCount + 8) + 48)
    : (spec.height ?? 220);
  return {
    width,
    height,
    series,
    axes,
    scales,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    ...(spec.horizontal ? { hooks: { draw: [drawCategoryLabels] } } : {}),
    padding: [12, 8, 0, 0],
  };
}

function data(spec: ChartSpec): uPlot.AlignedData {
  const x = spec.categories.map((_, i) => i);
  const columns: (number | null)[][] = [];
  if (spec.bars) columns.push(spec.bars.values);
  for (const line of spec.lines ?? []) columns.push(line.values);
  return [x, ...columns];
}

/** The chart's numbers in words, for its accessible name. */
function numbersText(spec: ChartSpec): string {
  const locale = webLocale();
  const parts: string[] = [];
  const all = [...(spec.bars ? [spec.bars] : []), ...(spec.lines ?? [])];
  for (const s of all) {
    const values = spec.categories
      .map((c, i) => {
        const v = s.values[i];
        if (v === null || v === undefined) return null;
        const value = formatNumber(v, Number.isInteger(v) ? 0 : 1, { locale });
        return t('webDiary.chart.value', { category: c.replace('\n', ' '), value });
      })
      .filter((v) => v !== null);
    const written = values.length > 0 ? values.join(', ') : t('webDiary.chart.noValues');
    parts.push(t('webDiary.chart.series', { series: s.label, values: written }));
  }
  return `${spec.title}. ${parts.join('. ')}.`;
}

function Legend(props: { spec: ChartSpec }): JSX.Element {
  const { spec } = props;
  return (
    <ul class="chart-legend">
      {spec.bars && (
        <li>
          <span class="key key-bar" aria-hidden="true" />
          {t('webDiary.chart.legendBars', { series: spec.bars.label })}
        </li>
      )}
      {(spec.lines ?? []).map((line, i) => (
        <li key={line.label}>
          <span class={`key key-line key-line-${i % 2}`} aria-hidden="true" />
          {t('webDiary.chart.legendLine', {
            series: line.label,
            style: i % 2 === 0 ? 'dashed' : 'dotted',
            scale: spec.bars ? 'right' : 'only',
          })}
        </li>
      ))}
    </ul>
  );
}

/** A chart with its legend and its text summary (the API's sentences about it). */
export function Chart(props: { spec: ChartSpec; children: ComponentChildren }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const { spec } = props;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let plot: uPlot | null = null;
    let drawnWidth = 0;
    const draw = (): void => {
      const width = Math.max(240, Math.floor(element.clientWidth));
      if (plot && Math.abs(width - drawnWidth) < 8) return;
      plot?.destroy();
      drawnWidth = width;
      plot = new uPlot(options(spec, width), data(spec), element);
    };
    draw();
    const observer = new ResizeObserver(() => draw());
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot?.destroy();
    };
  }, [spec]);
  return (
    <figure class="chart">
      <div class="chart-canvas" ref={box} role="img" aria-label={numbersText(spec)} />
      <Legend spec={spec} />
      <figcaption class="chart-summary">{props.children}</figcaption>
    </figure>
  );
}
