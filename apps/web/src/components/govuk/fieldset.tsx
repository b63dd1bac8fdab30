import type { ReactNode } from 'react';

export type LegendSize = 's' | 'm' | 'l' | 'xl';

export interface LegendProps {
  legend: ReactNode;
  /** GOV.UK's legend sizes; a page whose only question is this fieldset uses 'l' with isPageHeading. */
  legendSize?: LegendSize;
  /** Puts the legend in the page's h1, for a page that asks one question. */
  isPageHeading?: boolean;
}

interface FieldsetWithLegendProps extends LegendProps {
  /** The ids of the hint and error that describe the whole group. */
  describedBy?: string;
  /** 'group' for fields that make one answer together, such as the parts of a date. */
  role?: 'group';
  children: ReactNode;
}

export function FieldsetWithLegend({ legend, legendSize, isPageHeading = false, describedBy, role, children }: FieldsetWithLegendProps) {
  const legendClass = ['govuk-fieldset__legend', legendSize && `govuk-fieldset__legend--${legendSize}`].filter(Boolean).join(' ');
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy} role={role}>
      <legend className={legendClass}>{isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}</legend>
      {children}
    </fieldset>
  );
}
