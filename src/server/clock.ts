export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };
/** ISO-8601 without milliseconds, as credentials and the API show times. */
export const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
