import type { ReactNode } from 'react';

export interface TableColumn {
  header: string;
  /** Right-aligned with tabular figures, for amounts and counts. */
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  cells: readonly ReactNode[];
}

interface TableProps {
  /** Says what the table shows; every table has one. */
  caption: string;
  captionSize?: 's' | 'm' | 'l' | 'xl';
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** The first cell of each row names the row (a row header). */
  firstCellIsHeader?: boolean;
}

/**
 * A GOV.UK table in a box of its own that scrolls sideways when the table is wider than the
 * column, so a small screen scrolls the table, never the page. The box is a named, focusable
 * region so keyboard users can scroll it too.
 */
export function Table({ caption, captionSize = 'm', columns, rows, firstCellIsHeader = false }: TableProps) {
  const numericClass = (index: number, kind: 'header' | 'cell') => (columns[index]?.numeric ? ` govuk-table__${kind}--numeric` : '');
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table">
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column, index) => (
              <th scope="col" className={`govuk-table__header${numericClass(index, 'header')}`} key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              {row.cells.map((cell, index) =>
                firstCellIsHeader && index === 0 ? (
                  <th scope="row" className="govuk-table__header" key={index}>
                    {cell}
                  </th>
                ) : (
                  <td className={`govuk-table__cell${numericClass(index, 'cell')}`} key={index}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
