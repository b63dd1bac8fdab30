import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { formatPercent, type FunnelRow } from './analytics-figures';
import { ChartFrame } from '../../components/chart/chart-frame';
import { BLUE } from '../../components/chart/chart-colours';
import { lengthOf } from './chart-scale';

const WIDTH = 560;
const LABELS = 140;
const BAR_AREA = 340;
const BAR = 34;
// The gap between two bars holds how many ideas went on from one stage to the next.
const GAP = 30;

/**
 * The funnel's steps (BUZZ to IMPLEMENTED) as horizontal bars, each with its count, and between
 * two bars the share that went on. An image with a spoken summary; the table beside it holds every figure.
 */
export function FunnelChart({ rows }: { rows: readonly FunnelRow[] }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const steps = rows.filter((row) => row.onPath);
  const largest = Math.max(0, ...steps.map((row) => row.count));
  const countOf = (stage: FunnelRow['stage']) => format.count(steps.find((row) => row.stage === stage)?.count ?? 0);
  const implemented = steps.find((row) => row.stage === 'IMPLEMENTED');
  const description = t('funnel.chartDescription', {
    buzz: countOf('BUZZ'),
    teaming: countOf('TEAMING'),
    investment: countOf('INVESTMENT'),
    implemented: countOf('IMPLEMENTED'),
    rate: implemented?.fromFirst == null ? t('notApplicable') : formatPercent(implemented.fromFirst),
  });
  const height = steps.length * (BAR + GAP) - GAP + 2;

  return (
    <ChartFrame
      width={WIDTH}
      height={height}
      title={t('funnel.chartTitle')}
      description={description}
      fontSize={16}
      className="app-analytics-chart"
      testId="funnel-chart"
    >
      {steps.map((row, index) => {
        const top = index * (BAR + GAP);
        const width = Math.max(row.count > 0 ? 2 : 0, lengthOf(row.count, largest, BAR_AREA));
        return (
          <g key={row.stage}>
            {index > 0 && (
              <text x={LABELS} y={top - GAP / 2} dominantBaseline="middle" fontSize={14}>
                {'↓ '}
                {t('funnel.wentOn', { rate: row.fromPrevious === null ? t('notApplicable') : formatPercent(row.fromPrevious) })}
              </text>
            )}
            <text x={LABELS - 12} y={top + BAR / 2} textAnchor="end" dominantBaseline="middle" fontWeight="bold">
              {t(`stages.${row.stage}`)}
            </text>
            <rect x={LABELS} y={top} width={width} height={BAR} fill={BLUE} />
            <text x={LABELS + width + 8} y={top + BAR / 2} dominantBaseline="middle">
              {format.count(row.count)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
