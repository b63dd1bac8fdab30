export * from './amount';
export * from './postings';
