/**
 * The chart, drawn by chart.js: loaded with this component only, and only the parts used are registered (bar chart,
 * category and linear scales), so the rest of the library is left out of the chunk. No animation: a leader sees the
 * result at once, and tests and screenshots see it settled. The table above is its text alternative.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from "chart.js";
import { useEffect, useRef } from "react";

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface ChartSpec {
  labels: string[];
  values: (number | null)[];
  /** Horizontal bars of changes in % (per section), or vertical bars of one figure's values over periods. */
  horizontal: boolean;
  /** How a bar's value is written at its end. */
  valueText: (value: number) => string;
}

const UP = "#0f6cbd";
const DOWN = "#bc4b09";
const SAME = "#8a8886";

/** Splits a long label into lines of about `width` characters, so the axis keeps its width in a 350 px pane. */
function wrap(label: string, width = 22): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}

/** Writes each bar's value beside it (chart.js has no value labels of its own without a plugin). */
const valueLabels = (spec: ChartSpec): Plugin<"bar"> => ({
  id: "valueLabels",
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.font = "12px 'Segoe UI', sans-serif";
    ctx.fillStyle = "#242424";
    meta.data.forEach((bar, i) => {
      const value = spec.values[i];
      if (value === null || value === undefined) return;
      const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
      const text = spec.valueText(value);
      if (spec.horizontal) {
        ctx.textBaseline = "middle";
        const inside = value < 0 ? x - ctx.measureText(text).width - 4 : x + 4;
        ctx.fillText(text, Math.max(chart.chartArea.left + 2, inside), y);
      } else {
        ctx.textBaseline = "bottom";
        ctx.textAlign = "center";
        ctx.fillText(text, x, y - 2);
      }
    });
    ctx.restore();
  },
});

export default function ComparisonChart({ spec, label }: { spec: ChartSpec; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const colors = spec.values.map((v) => (v === null || v === 0 ? SAME : spec.horizontal ? (v > 0 ? UP : DOWN) : UP));
    const chart = new Chart(canvas.current!, {
      type: "bar",
      data: { labels: spec.labels.map((l) => (spec.horizontal ? wrap(l) : l)), datasets: [{ data: spec.values, backgroundColor: colors }] },
      plugins: [valueLabels(spec)],
      options: {
        indexAxis: spec.horizontal ? "y" : "x",
        locale: "vi-VN", // axis numbers as the report writes them (12.000, not 12,000)
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { right: spec.horizontal ? 44 : 0, top: spec.horizontal ? 0 : 18 } },
        scales: {
          x: {
            ticks: { font: { size: 11 }, ...(spec.horizontal ? { callback: (value: string | number) => `${Number(value).toLocaleString("vi-VN")}%` } : {}) },
            grace: spec.horizontal ? "10%" : 0,
          },
          y: { ticks: { font: { size: 11 } }, beginAtZero: true, grace: spec.horizontal ? 0 : "10%" },
        },
      },
    });
    return () => chart.destroy();
  }, [spec]);
  const height = spec.horizontal ? Math.max(120, spec.labels.length * 34 + 40) : 220;
  return (
    <div className="cmp-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby="bang-so-sanh" />
    </div>
  );
}
