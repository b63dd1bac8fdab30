import type { ComponentProps } from 'react';
import { Table } from '../../components/govuk/table';

/**
 * A table of figures that scrolls sideways inside its own box when a phone is too narrow for its
 * columns (long Welsh headings above all), rather than widening the whole page. The box takes
 * keyboard focus so people who do not use a mouse can scroll it too, and is named by the caption.
 */
export function FigureTable(props: ComponentProps<typeof Table>) {
  return (
    <div className="app-analytics-table" role="region" aria-label={props.caption} tabIndex={0}>
      <Table {...props} />
    </div>
  );
}
