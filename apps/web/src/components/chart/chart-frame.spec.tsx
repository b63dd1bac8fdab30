import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartFrame } from './chart-frame';

describe('ChartFrame', () => {
  const markup = renderToStaticMarkup(
    <ChartFrame width={640} height={300} title="Chance over time" description="From 50% to 70%." fontSize={14} testId="price-chart">
      <rect width={10} height={10} />
    </ChartFrame>,
  );

  it('is one image named by its title and described by its summary, in that order', () => {
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(markup)?.[1].split(' ') ?? [];
    expect(markup).toContain('role="img"');
    expect(labelledBy).toHaveLength(2);
    expect(markup).toContain(`<title id="${labelledBy[0]}">Chance over time</title>`);
    expect(markup).toContain(`<desc id="${labelledBy[1]}">From 50% to 70%.</desc>`);
  });

  it('scales its drawing to the column and draws what it is given inside', () => {
    expect(markup).toContain('viewBox="0 0 640 300" width="100%"');
    expect(markup).toContain('data-testid="price-chart"');
    expect(markup).toContain('<rect width="10" height="10"></rect></svg>');
  });
});
