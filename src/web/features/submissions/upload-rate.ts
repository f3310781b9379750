import { formatBytes } from '../../../domain/format-bytes.js';

/**
 * How fast an upload goes and how long it has left, smoothed so the numbers do not jump with
 * every progress event, and worded for people. Pure: the caller passes the clock.
 */

/** The last measured point of an upload and its smoothed speed (bytes per second; null until known). */
export type RateSample = { bytes: number; at: number; rate: number | null };

/** Progress events closer together than this are folded into the next one. */
const MIN_INTERVAL_MS = 250;
/** How quickly the smoothed speed follows a change: about this long to move two thirds of the way. */
const SMOOTHING_MS = 3000;

/**
 * The sample after `bytes` were sent by `at` (ms): an exponential moving average weighted by the
 * time between samples, so a burst of events and a slow trickle count the same per second.
 * Starts fresh when fewer bytes are reported (the upload began again).
 */
export function nextRate(prev: RateSample | null, bytes: number, at: number): RateSample {
  if (!prev || bytes < prev.bytes) return { bytes, at, rate: prev?.rate ?? null };
  const dt = at - prev.at;
  if (dt < MIN_INTERVAL_MS) return prev;
  const instant = ((bytes - prev.bytes) * 1000) / dt;
  const weight = 1 - Math.exp(-dt / SMOOTHING_MS);
  const rate = prev.rate === null ? instant : prev.rate + weight * (instant - prev.rate);
  return { bytes, at, rate };
}

/** Seconds until `total` at `rate` bytes per second; null while the speed is unknown or zero. */
export function secondsLeft(sent: number, total: number, rate: number | null): number | null {
  if (rate === null || rate <= 0) return null;
  return Math.max(0, (total - sent) / rate);
}

const MB = 1024 * 1024;

/** "3.2 MB/s", or "640 KB/s" below one megabyte a second (binary units, as file sizes are shown). */
export function formatSpeed(bytesPerSecond: number): string {
  if (bytesPerSecond >= MB) return `${(bytesPerSecond / MB).toFixed(1)} MB/s`;
  return `${Math.max(1, Math.round(bytesPerSecond / 1024))} KB/s`;
}

/** "a few seconds left", "40 s left", "about 12 min left", "about 1 h 5 min left". */
export function formatTimeLeft(seconds: number): string {
  if (seconds < 5) return 'a few seconds left';
  if (seconds < 60) return `${Math.ceil(seconds / 5) * 5} s left`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `about ${h} h${m ? ` ${m} min` : ''} left`;
}

/** Whole percent sent, never 100 before the last byte. */
export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  if (sent >= total) return 100;
  return Math.min(99, Math.floor((sent / total) * 100));
}

/** The last quarter passed (0, 25, 50, 75, 100): screen readers hear of these, not of every percent. */
export const milestoneOf = (sent: number, total: number) => Math.floor(percentOf(sent, total) / 25) * 25;

/** "45% · 18.0 MB of 40.0 MB · 3.2 MB/s · 10 s left": speed and time only while they are known. */
export function describeProgress(sent: number, total: number, rate: number | null): string {
  const parts = [`${percentOf(sent, total)}%`, `${formatBytes(sent)} of ${formatBytes(total)}`];
  const left = secondsLeft(sent, total, rate);
  if (rate !== null && rate > 0 && left !== null) parts.push(formatSpeed(rate), formatTimeLeft(left));
  return parts.join(' · ');
}
