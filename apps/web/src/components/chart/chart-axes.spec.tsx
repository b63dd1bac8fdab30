import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartAxes } from './chart-axes';

const AREA = { left: 60, top: 10, width: 500, height: 200 };

describe('ChartAxes', () => {
  const markup = renderToStaticMarkup(
    <svg>
      <ChartAxes
        area={AREA}
        ticks={[0, 50, 100]}
        yOf={(value) => AREA.top + AREA.height - (value / 100) * AREA.height}
        tickLabel={(value) => `${value}%`}
        start="1 May"
        end="Now"
        xTitle="Time"
        yTitle="Chance"
        endsY={232}
        xTitleY={256}
        yTitleX={18}
      />
    </svg>,
  );

  it('draws a grid line and a label for every tick, where the chart places the value', () => {
    expect(markup).toContain('<line x1="60" x2="560" y1="210" y2="210"');
    expect(markup).toContain('<line x1="60" x2="560" y1="110" y2="110"');
    expect(markup).toContain('<line x1="60" x2="560" y1="10" y2="10"');
    expect(markup.match(/>(\d+)%</g)).toEqual(['>0%<', '>50%<', '>100%<']);
  });

  it('names both ends of the time axis and turns the vertical title a quarter about its centre', () => {
    expect(markup).toContain('<text x="60" y="232" text-anchor="start">1 May</text>');
    expect(markup).toContain('<text x="560" y="232" text-anchor="end">Now</text>');
    expect(markup).toContain('<text x="310" y="256" text-anchor="middle" font-weight="bold">Time</text>');
    expect(markup).toContain('transform="rotate(-90 18 110)">Chance</text>');
  });
});
