import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { PARTICIPATION_SERIES, participationTotals, type ParticipationSeries, type ParticipationWeek } from './analytics-figures';
import { ChartAxes } from '../../components/chart/chart-axes';
import { ChartFrame } from '../../components/chart/chart-frame';
import { BLUE, DARK_GREY, GREEN, PURPLE } from '../../components/chart/chart-colours';
import { countTicks, lengthOf } from './chart-scale';

const WIDTH = 640;
const HEIGHT = 330;
const AREA = { left: 64, top: 12, width: 560, height: 200 };
const BAR_GAP = 1;
const GROUP_PADDING = 6;
const LEGEND_TOP = 290;
const LEGEND_STEP = WIDTH / PARTICIPATION_SERIES.length;

/**
 * Each kind of participation has its own colour AND its own fill (solid, stripes, dots, cross-hatch),
 * so the legend still tells the bars apart in greyscale or for people who do not see the colours.
 */
const STYLE: Record<ParticipationSeries, { colour: string; fill: 'solid' | 'stripes' | 'dots' | 'hatch' }> = {
  ideas: { colour: BLUE, fill: 'solid' },
  supports: { colour: GREEN, fill: 'stripes' },
  comments: { colour: PURPLE, fill: 'dots' },
  trades: { colour: DARK_GREY, fill: 'hatch' },
};

function Patterns({ idOf }: { idOf(series: ParticipationSeries): string }) {
  return (
    <defs>
      <pattern id={idOf('supports')} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} fill="#ffffff" />
        <rect width={3} height={6} fill={GREEN} />
      </pattern>
      <pattern id={idOf('comments')} width={5} height={5} patternUnits="userSpaceOnUse">
        <rect width={5} height={5} fill="#ffffff" />
        <circle cx={2.5} cy={2.5} r={1.6} fill={PURPLE} />
      </pattern>
      <pattern id={idOf('trades')} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} fill="#ffffff" />
        <path d="M0 0L6 6M6 0L0 6" stroke={DARK_GREY} strokeWidth={1.5} />
      </pattern>
    </defs>
  );
}

/**
 * Ideas, supports, comments and trades per week as grouped bars, with a legend under the chart.
 * An image with a spoken summary; the table beside it holds every figure.
 */
export function ParticipationChart({ weeks }: { weeks: readonly ParticipationWeek[] }) {
  const { t } = useTranslation('analytics', { keyPrefix: 'participation' });
  const format = useFormat();
  const patternPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const idOf = (series: ParticipationSeries) => `${patternPrefix}-${series}`;
  const fillOf = (series: ParticipationSeries) => (STYLE[series].fill === 'solid' ? STYLE[series].colour : `url(#${idOf(series)})`);
  if (weeks.length === 0) return null;

  const totals = participationTotals(weeks);
  const description = t('chartDescription', {
    from: format.date(weeks[0].weekStart),
    to: format.date(weeks[weeks.length - 1].weekStart),
    ideas: format.count(totals.ideas),
    supports: format.count(totals.supports),
    comments: format.count(totals.comments),
    trades: format.count(totals.trades),
  });
  const ticks = countTicks(Math.max(...weeks.flatMap((week) => PARTICIPATION_SERIES.map((series) => week[series]))));
  const top = ticks[ticks.length - 1];
  const yOf = (value: number) => AREA.top + AREA.height - lengthOf(value, top, AREA.height);
  const groupWidth = AREA.width / weeks.length;
  const barWidth = (groupWidth - 2 * GROUP_PADDING) / PARTICIPATION_SERIES.length - BAR_GAP;
  const axisY = AREA.top + AREA.height;

  return (
    <ChartFrame
      width={WIDTH}
      height={HEIGHT}
      title={t('chartTitle')}
      description={description}
      fontSize={14}
      className="app-analytics-chart"
      testId="participation-chart"
    >
      <Patterns idOf={idOf} />
      <ChartAxes
        area={AREA}
        ticks={ticks}
        yOf={yOf}
        tickLabel={(tick) => format.count(tick)}
        start={format.date(weeks[0].weekStart)}
        end={format.date(weeks[weeks.length - 1].weekStart)}
        xTitle={t('weekAxis')}
        yTitle={t('countAxis')}
        endsY={axisY + 20}
        xTitleY={axisY + 44}
        yTitleX={16}
      />
      {weeks.map((week, weekIndex) => (
        <g key={week.weekStart}>
          {PARTICIPATION_SERIES.map((series, seriesIndex) => {
            const value = week[series];
            if (value === 0) return null;
            const x = AREA.left + weekIndex * groupWidth + GROUP_PADDING + seriesIndex * (barWidth + BAR_GAP);
            const y = yOf(value);
            return (
              <rect
                key={series}
                data-series={series}
                x={x}
                y={y}
                width={barWidth}
                height={axisY - y}
                fill={fillOf(series)}
                stroke={STYLE[series].colour}
                strokeWidth={1}
              />
            );
          })}
        </g>
      ))}
      {PARTICIPATION_SERIES.map((series, index) => (
        <g key={series} transform={`translate(${index * LEGEND_STEP + 24} ${LEGEND_TOP})`}>
          <rect width={24} height={24} fill={fillOf(series)} stroke={STYLE[series].colour} strokeWidth={1.5} />
          <text x={32} y={12} dominantBaseline="middle" fontSize={16}>
            {t(`series.${series}`)}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}
