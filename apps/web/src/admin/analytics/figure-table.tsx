import type { ComponentProps } from 'react';
import { Table } from '../../components/govuk/table';

/**
 * A table of figures, set smaller on a phone so its columns (long Welsh headings above all) fit
 * more often; when they still do not, the table scrolls inside its own box (see Table).
 */
export function FigureTable(props: ComponentProps<typeof Table>) {
  return (
    <div className="app-analytics-table">
      <Table {...props} />
    </div>
  );
}
