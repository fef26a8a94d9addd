/** One bar of a horizontal bar chart, in SVG user units. */
export interface Bar {
  label: string;
  value: number;
  /** Top of the bar's row. */
  y: number;
  width: number;
}

/** The geometry of a horizontal bar chart: labels on the left, bars scaled to the largest value. */
export interface BarChart {
  width: number;
  height: number;
  /** Where the bars start (the label column's width). */
  barX: number;
  rowHeight: number;
  barHeight: number;
  bars: Bar[];
}

/**
 * Lays out a bar chart at build time, so the page needs no script. Labels get a fixed column; the
 * longest bar fills the rest but leaves room for its number.
 */
export function barChart(rows: readonly { label: string; value: number }[], width = 640, labelWidth = 280, rowHeight = 30): BarChart {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const room = width - labelWidth - 40;
  return {
    width,
    height: Math.max(1, rows.length) * rowHeight,
    barX: labelWidth,
    rowHeight,
    barHeight: Math.round(rowHeight * 0.6),
    bars: rows.map((r, i) => ({ label: r.label, value: r.value, y: i * rowHeight, width: Math.max(2, Math.round((r.value / max) * room)) })),
  };
}
