import { tellingWords } from './similarity-words';

describe('telling words', () => {
  it('keeps the words that say which idea is meant, in English and Welsh', () => {
    expect(tellingWords('Print double-sided by default for all the offices')).toEqual(['default', 'offices', 'double', 'print', 'sided']);
    expect(tellingWords('Argraffu ar ddwy ochr y papur gyda phob argraffydd')).toEqual(['argraffydd', 'argraffu', 'papur', 'ddwy', 'ochr']);
  });

  it('has nothing to look up in a title of common words', () => {
    expect(tellingWords('We should do this')).toEqual([]);
  });
});
