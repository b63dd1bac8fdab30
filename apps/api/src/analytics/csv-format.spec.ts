import { csvAmount, csvField, toCsv } from './csv-format';

describe('CSV for analytics exports', () => {
  it('quotes every field and doubles quotes inside', () => {
    expect(csvField('Say "hello", world')).toBe('"Say ""hello"", world"');
    expect(csvField(12)).toBe('"12"');
    expect(csvField(null)).toBe('""');
  });

  it('keeps line breaks inside a quoted field and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['line 1\nline 2', 3n]])).toBe('"a","b"\r\n"line 1\nline 2","3"\r\n');
  });

  it.each(['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\t=1', '\r=1'])('turns the formula-like text %j into plain text', (text) => {
    expect(csvField(text)).toBe(`"'${text.replace(/"/g, '""')}"`);
  });

  it.each([' =1+1', '  @SUM(A1)', '\u00a0-1+1', ' \t+1', '\ufeff=1', '\uff1dSUM(A1)'])(
    'turns formula-like text after leading whitespace, %j, into plain text',
    (text) => {
      expect(csvField(text)).toBe(`"'${text}"`);
    },
  );

  it('writes amounts as plain numbers, negative ones included, never guarded as text', () => {
    expect(csvField(csvAmount(-123456n))).toBe('"-1234.56"');
    expect(csvField(csvAmount(5n))).toBe('"0.05"');
    expect(toCsv(['Saving'], [[csvAmount(250000n)]])).toBe('"Saving"\r\n"2500.00"\r\n');
  });

  it('leaves numbers and ordinary text alone', () => {
    expect(csvField('Recycle paper')).toBe('"Recycle paper"');
    expect(csvField(-5)).toBe('"-5"');
  });
});
