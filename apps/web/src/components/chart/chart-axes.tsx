import { GRID, TEXT } from './chart-colours';

export interface ChartArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface ChartAxesProps {
  area: ChartArea;
  /** Values with a grid line and a label on the vertical axis, bottom up. */
  ticks: readonly number[];
  /** Where a value sits, in the chart's own units, from the top of the image. */
  yOf(value: number): number;
  tickLabel(value: number): string;
  /** Labels of the horizontal axis's two ends. */
  start: string;
  end: string;
  xTitle: string;
  yTitle: string;
  /** Below the horizontal axis: where the end labels and the axis title sit. */
  endsY: number;
  xTitleY: number;
  /** Left of the vertical axis: where its title (turned a quarter) is centred. */
  yTitleX: number;
}

/**
 * A chart's grid, both axes, the vertical axis's tick labels, the horizontal axis's two ends and
 * both titles, drawn alike for every SVG chart; the chart draws its data over it.
 */
export function ChartAxes({ area, ticks, yOf, tickLabel, start, end, xTitle, yTitle, endsY, xTitleY, yTitleX }: ChartAxesProps) {
  const axisY = area.top + area.height;
  const middleY = area.top + area.height / 2;
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={area.left} x2={area.left + area.width} y1={yOf(tick)} y2={yOf(tick)} stroke={GRID} strokeWidth={1} />
          <text x={area.left - 8} y={yOf(tick)} textAnchor="end" dominantBaseline="middle">
            {tickLabel(tick)}
          </text>
        </g>
      ))}
      <line x1={area.left} x2={area.left} y1={area.top} y2={axisY} stroke={TEXT} strokeWidth={1} />
      <line x1={area.left} x2={area.left + area.width} y1={axisY} y2={axisY} stroke={TEXT} strokeWidth={1} />
      <text x={area.left} y={endsY} textAnchor="start">
        {start}
      </text>
      <text x={area.left + area.width} y={endsY} textAnchor="end">
        {end}
      </text>
      <text x={area.left + area.width / 2} y={xTitleY} textAnchor="middle" fontWeight="bold">
        {xTitle}
      </text>
      <text x={yTitleX} y={middleY} textAnchor="middle" fontWeight="bold" transform={`rotate(-90 ${yTitleX} ${middleY})`}>
        {yTitle}
      </text>
    </>
  );
}
