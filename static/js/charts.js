/** uPlot line charts that follow their container's width. */
import uPlot from "/vendor/uplot/uPlot.esm.js";

export const PALETTE = ["#4f46e5", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6"];

/**
 * A time-series chart. `setSeries(labels, data)` replaces the chart when the set of
 * series changes and only its data otherwise; the container's `data-points` says how
 * many x values are drawn.
 */
export function lineChart(
  container,
  { height = 180, yLabel = "", spanSeconds = 120, legend = true, clock = "seconds", dots = false } = {},
) {
  let plot;
  let labels = [];

  const width = () => Math.max(200, container.clientWidth);
  const build = (data) => {
    plot?.destroy();
    plot = new uPlot(
      {
        width: width(),
        height,
        legend: { show: legend, live: false },
        cursor: { drag: { x: false, y: false } },
        // A fixed time span, so the first seconds do not stretch across the whole chart.
        scales: {
          x: { time: true, range: (_u, min, max) => [Math.min(min, max - spanSeconds), max] },
          y: { range: (_u, min, max) => [Math.min(0, min), Math.max(1, max * 1.1)] },
        },
        axes: [
          {
            stroke: "#64748b",
            grid: { stroke: "#eef2f7" },
            ticks: { stroke: "#e2e8f0" },
            space: 70,
            // Per-minute data: ticks on whole minutes, never two labels for one minute.
            incrs: clock === "minutes" ? [60, 120, 300, 600, 900, 1800, 3600] : undefined,
            // Clock time only: the default two-line date labels crowd a narrow chart.
            values: (_u, splits) =>
              splits.map((s) => new Date(s * 1000).toTimeString().slice(0, clock === "minutes" ? 5 : 8)),
          },
          {
            stroke: "#64748b",
            grid: { stroke: "#eef2f7" },
            ticks: { stroke: "#e2e8f0" },
            label: yLabel,
            size: 50,
          },
        ],
        series: [
          {},
          ...labels.map((label, i) => ({
            label,
            stroke: PALETTE[i % PALETTE.length],
            width: 2,
            points: { show: dots },
            spanGaps: false,
            // Later series dashed, so equal lines (processed = generated) stay distinguishable.
            dash: i > 0 && labels.length === 2 ? [6, 4] : undefined,
          })),
        ],
      },
      data,
      container,
    );
  };

  new ResizeObserver(() => plot?.setSize({ width: width(), height })).observe(container);

  return {
    setSeries(nextLabels, data) {
      // How many points are drawn: tests and readers can tell an empty chart from a drawn one.
      container.dataset.points = String(data[0]?.length ?? 0);
      if (!plot || nextLabels.join("\u0000") !== labels.join("\u0000")) {
        labels = nextLabels;
        build(data);
      } else {
        plot.setData(data);
      }
    },
  };
}
