import type { ReviewKind } from '../../../contracts/reviews.js';
import type { IconName } from '../../components/Icon.js';
import type { Tone } from '../../components/StatusChip.js';

/** The dashboard's shares (on-time, exact agreement) are fractions 0–1; "—" when nothing was measured. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${Math.round(share * 100)}%`;
}

/** Percentages already on 0–100 (calibration agreement); "—" when not measured yet. */
export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return '—';
  return `${Math.round(percent)}%`;
}

/** Cohen's kappa to two decimals, with a true minus sign; "—" when it cannot be computed. */
export function formatKappa(kappa: number | null | undefined): string {
  if (kappa === null || kappa === undefined || !Number.isFinite(kappa)) return '—';
  const text = Math.abs(kappa).toFixed(2);
  return kappa < 0 && text !== '0.00' ? `−${text}` : text;
}

/**
 * Kappa in words, on the Landis & Koch (1977) scale most readers know: below 0 poor, then slight,
 * fair, moderate, substantial and almost perfect at 0.2 steps.
 */
export function kappaWords(kappa: number | null | undefined): string {
  if (kappa === null || kappa === undefined || !Number.isFinite(kappa)) return 'not enough pairs';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

/** "3.5 business days", "1 business day"; "—" for none. */
export function formatBusinessDays(days: number | null | undefined): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return '—';
  const rounded = Math.round(days * 10) / 10;
  return `${rounded.toLocaleString()} business ${rounded === 1 ? 'day' : 'days'}`;
}

const DAY_MS = 86_400_000;

/** How long ago `iso` was, in whole calendar days ("today", "1 day", "12 days"); "" for none. */
export function formatAge(iso: string | null | undefined, now: Date): string {
  if (!iso) return '';
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '';
  const days = Math.floor((now.getTime() - then) / DAY_MS);
  if (days <= 0) return 'today';
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

export const REVIEW_KINDS: Record<ReviewKind, { label: string; tone: Tone; icon?: IconName }> = {
  primary: { label: 'First scoring', tone: 'neutral' },
  second: { label: 'Double-scored: second', tone: 'info', icon: 'copy' },
  adjudication: { label: 'Adjudication', tone: 'warning', icon: 'shield' },
  appeal: { label: 'Appeal', tone: 'brand', icon: 'alert' },
};

export type QualificationState = 'qualified' | 'calibrating' | 'recalibrating' | 'removed' | 'implicit';

export const QUALIFICATION_STATES: Record<
  QualificationState,
  { label: string; tone: Tone; icon: IconName; describe: string }
> = {
  qualified: {
    label: 'Qualified',
    tone: 'success',
    icon: 'check',
    describe: 'Scored the anchors with enough agreement.',
  },
  calibrating: {
    label: 'Calibrating',
    tone: 'info',
    icon: 'clock',
    describe: 'Must score the anchors before being assigned.',
  },
  recalibrating: {
    label: 'Recalibrating',
    tone: 'warning',
    icon: 'refresh',
    describe: 'Agreement drifted below the threshold; scoring the anchors again.',
  },
  removed: { label: 'Removed', tone: 'danger', icon: 'x', describe: 'Not assigned this micro-credential.' },
  implicit: {
    label: 'Qualified (no anchors yet)',
    tone: 'neutral',
    icon: 'info',
    describe: 'The micro-credential has no anchors, so every pool member may score it.',
  },
};

/** The first characters of an id, enough to tell rows apart in a table. */
export const shortId = (id: string) => (id.length > 8 ? id.slice(0, 8) : id);

const weekFormats = new Map<string, { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat }>();

/**
 * A week's start day ('YYYY-MM-DD', as the dashboard sends it) as "Mar 2" and "Week of Mar 2,
 * 2026". Read as a UTC day so no time zone moves it to the day before.
 */
export function formatWeek(day: string, locale?: string): { short: string; long: string } {
  const key = locale ?? '';
  let f = weekFormats.get(key);
  if (!f) {
    f = {
      short: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
      long: new Intl.DateTimeFormat(locale, {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    };
    weekFormats.set(key, f);
  }
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return { short: day, long: `Week of ${day}` };
  return { short: f.short.format(d), long: `Week of ${f.long.format(d)}` };
}
