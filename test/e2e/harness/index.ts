export * from './server';
export * from './browser';
export * from './axe';
export * from './suite';
