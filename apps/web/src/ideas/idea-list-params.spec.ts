import { describe, expect, it } from '@jest/globals';
import { FIRST_PAGE, ideaListQuery, nextPage, pageNumberOf, previousPage, readIdeaListParams, withFilters } from './idea-list-params';

const read = (query: string) => readIdeaListParams(new URLSearchParams(query));

describe('the idea list address', () => {
  it('leaves out what is as it would be anyway', () => {
    expect(ideaListQuery(FIRST_PAGE)).toBe('');
    expect(read('')).toEqual(FIRST_PAGE);
  });

  it('reads back the filters and sort it wrote', () => {
    const params = withFilters(FIRST_PAGE, { search: 'paper cups', stage: 'TEAMING', tag: 'green', challengeId: 'c1', sort: 'TRENDING' });
    const query = ideaListQuery(params);
    expect(query).toBe('?search=paper+cups&stage=TEAMING&tag=green&challenge=c1&sort=TRENDING');
    expect(read(query)).toEqual(params);
  });

  it('ignores a stage or sort it does not know', () => {
    expect(read('stage=LOST&sort=RANDOM')).toEqual(FIRST_PAGE);
  });

  it('goes forward by cursor and back without asking the API, counting the pages', () => {
    const second = nextPage(FIRST_PAGE, 'c1');
    const third = nextPage(second, 'c2');
    expect(pageNumberOf(FIRST_PAGE)).toBe(1);
    expect(pageNumberOf(third)).toBe(3);
    expect(read(ideaListQuery(third).slice(1))).toEqual(third);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(second)).toEqual(FIRST_PAGE);
    expect(previousPage(FIRST_PAGE)).toBeNull();
  });

  it('starts again from the first page when the filters change', () => {
    const third = nextPage(nextPage(FIRST_PAGE, 'c1'), 'c2');
    expect(withFilters(third, { sort: 'MOST_BUZZ' })).toEqual({ ...FIRST_PAGE, sort: 'MOST_BUZZ' });
  });
});
