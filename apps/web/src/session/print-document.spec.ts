import { describe, expect, it } from '@jest/globals';
import { parse, print, type DocumentNode } from 'graphql';
import * as generated from '../generated/graphql';
import { printDocument } from './print-document';

const documents = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => /(Document|FragmentDoc)$/.test(entry[0]));

describe('printDocument', () => {
  it('has every generated document to check', () => {
    expect(documents.length).toBeGreaterThan(100);
  });

  it.each(documents)('prints %s as the same document as graphql’s printer', (_, document) => {
    expect(print(parse(printDocument(document)))).toBe(print(document));
  });

  it('prints every kind of value and type an operation can hold', () => {
    const document = parse(`
      query Sample($id: ID!, $tags: [String!] = ["a \\"quoted\\" tag", "line\\nbreak"], $limit: Int = 10) @cached(ttl: 1.5) {
        idea(id: $id) { ... on Idea @include(if: true) { title } ...IdeaFields }
        search(filter: { stage: INVESTMENT, after: null, tags: $tags }, first: $limit) { total: totalCount }
      }
      fragment IdeaFields on Idea @skip(if: false) { id }
    `);
    expect(print(parse(printDocument(document)))).toBe(print(document));
  });
});
