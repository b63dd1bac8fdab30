export * from './lmsr';
export * from './trade-quote';
