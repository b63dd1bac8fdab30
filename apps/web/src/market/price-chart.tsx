import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Details } from '../components/govuk/details';
import { Table } from '../components/govuk/table';
import { useFormat } from '../i18n/use-format';
import { formatChance, sharePrice } from './market-figures';
import { priceLine, yOf, type PlotArea, type PriceAt } from './price-chart-geometry';

const WIDTH = 640;
const HEIGHT = 300;
const AREA: PlotArea = { left: 72, top: 16, width: 544, height: 200 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];
// GOV.UK's text, mid-grey and blue: each at least 3:1 against white, the text 4.5:1.
const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';
const LINE = '#1d70b8';
const FONT = 'arial, sans-serif';

interface PriceChartProps {
  /** Oldest first, as priceHistory returns them. */
  history: readonly PriceAt[];
  /** Where the line ends: now for an open market, its settlement for a settled one. */
  until: string;
  /** How to name that end under the axis ("Now", or the settlement's date). */
  untilLabel: string;
}

/** The chance of YES over time: a line chart drawn as SVG, with the same figures as a table. */
export function PriceChart({ history, until, untilLabel }: PriceChartProps) {
  const { t } = useTranslation('market', { keyPrefix: 'chart' });
  const format = useFormat();
  const titleId = useId();
  const descriptionId = useId();
  if (history.length === 0) return <p className="govuk-body">{t('noPrices')}</p>;

  const line = priceLine(history, until, AREA);
  const first = history[0];
  const last = history[history.length - 1];
  const description = t('description', {
    from: formatChance(first.priceYes),
    start: format.dateTime(first.at),
    to: formatChance(last.priceYes),
    end: format.dateTime(last.at),
  });
  const axisY = AREA.top + AREA.height;
  const rows = history.map((point, index) => ({
    key: `${index}`,
    cells: [format.dateTime(point.at), formatChance(point.priceYes), format.amount(sharePrice(point.priceYes, 'YES'))],
  }));

  return (
    <div className="govuk-!-margin-bottom-6">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        fontFamily={FONT}
        fontSize={14}
        fill={TEXT}
        data-testid="price-chart"
      >
        <title id={titleId}>{t('title')}</title>
        <desc id={descriptionId}>{description}</desc>
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={AREA.left} x2={AREA.left + AREA.width} y1={yOf(tick, AREA)} y2={yOf(tick, AREA)} stroke={GRID} strokeWidth={1} />
            <text x={AREA.left - 8} y={yOf(tick, AREA)} textAnchor="end" dominantBaseline="middle">
              {formatChance(tick)}
            </text>
          </g>
        ))}
        <line x1={AREA.left} x2={AREA.left} y1={AREA.top} y2={axisY} stroke={TEXT} strokeWidth={1} />
        <line x1={AREA.left} x2={AREA.left + AREA.width} y1={axisY} y2={axisY} stroke={TEXT} strokeWidth={1} />
        <text x={AREA.left} y={axisY + 22} textAnchor="start">
          {format.dateTime(first.at)}
        </text>
        <text x={AREA.left + AREA.width} y={axisY + 22} textAnchor="end">
          {untilLabel}
        </text>
        <text x={AREA.left + AREA.width / 2} y={HEIGHT - 14} textAnchor="middle" fontWeight="bold">
          {t('timeAxis')}
        </text>
        <text
          x={18}
          y={AREA.top + AREA.height / 2}
          textAnchor="middle"
          fontWeight="bold"
          transform={`rotate(-90 18 ${AREA.top + AREA.height / 2})`}
        >
          {t('chanceAxis')}
        </text>
        <path d={line.path} fill="none" stroke={LINE} strokeWidth={3} strokeLinejoin="round" />
        {line.points.map((point, index) => (
          <circle key={index} cx={point.x} cy={point.y} r={4} fill={LINE} />
        ))}
      </svg>
      <Details summary={t('showData')}>
        <Table
          caption={t('tableCaption')}
          captionSize="s"
          columns={[{ header: t('when') }, { header: t('chance'), numeric: true }, { header: t('yesPrice'), numeric: true }]}
          rows={rows}
        />
      </Details>
    </div>
  );
}
