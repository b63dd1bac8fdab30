export * from './buzz';
export * from './stages';
export * from './float-readiness';
