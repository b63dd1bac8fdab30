import { csvField, toCsv } from './csv-format';

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

  it('leaves numbers and ordinary text alone', () => {
    expect(csvField('Recycle paper')).toBe('"Recycle paper"');
    expect(csvField(-5)).toBe('"-5"');
  });
});
