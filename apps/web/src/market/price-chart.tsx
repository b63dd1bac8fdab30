import { useTranslation } from 'react-i18next';
import { ChartAxes } from '../components/chart/chart-axes';
import { BLUE } from '../components/chart/chart-colours';
import { ChartFrame } from '../components/chart/chart-frame';
import { Details } from '../components/govuk/details';
import { Table } from '../components/govuk/table';
import { useFormat } from '../i18n/use-format';
import { formatChance, sharePrice } from './market-figures';
import { priceLine, yOf, type PlotArea, type PriceAt } from './price-chart-geometry';

const WIDTH = 640;
const HEIGHT = 300;
const AREA: PlotArea = { left: 72, top: 16, width: 544, height: 200 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];

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
      <ChartFrame width={WIDTH} height={HEIGHT} title={t('title')} description={description} fontSize={14} testId="price-chart">
        <ChartAxes
          area={AREA}
          ticks={TICKS}
          yOf={(value) => yOf(value, AREA)}
          tickLabel={formatChance}
          start={format.dateTime(first.at)}
          end={untilLabel}
          xTitle={t('timeAxis')}
          yTitle={t('chanceAxis')}
          endsY={axisY + 22}
          xTitleY={HEIGHT - 14}
          yTitleX={18}
        />
        <path d={line.path} fill="none" stroke={BLUE} strokeWidth={3} strokeLinejoin="round" />
        {line.points.map((point, index) => (
          <circle key={index} cx={point.x} cy={point.y} r={4} fill={BLUE} />
        ))}
      </ChartFrame>
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
