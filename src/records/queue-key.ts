/** localStorage key of the records retry queue. Shared with records-loader.ts, which only checks it exists. */
export const QUEUE_KEY = 'keks-records';
