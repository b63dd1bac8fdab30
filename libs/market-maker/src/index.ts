export * from './lmsr';
export * from './trade-quote';
export * from './default-liquidity';
