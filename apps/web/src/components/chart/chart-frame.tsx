import { useId, type ReactNode } from 'react';
import { FONT, TEXT } from './chart-colours';

interface ChartFrameProps {
  /** The drawing's own units: the image scales to the width of its column. */
  width: number;
  height: number;
  /** What assistive technology announces: the chart's name, then its spoken summary. */
  title: string;
  description: string;
  fontSize: number;
  className?: string;
  testId: string;
  children: ReactNode;
}

/**
 * The SVG every chart is drawn in: one image to assistive technology, named by its title and
 * described by its summary, since its lines and bars mean nothing read one by one. The figures
 * themselves are in a table beside each chart.
 */
export function ChartFrame({ width, height, title, description, fontSize, className, testId, children }: ChartFrameProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
      fontFamily={FONT}
      fontSize={fontSize}
      fill={TEXT}
      className={className}
      data-testid={testId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{description}</desc>
      {children}
    </svg>
  );
}
