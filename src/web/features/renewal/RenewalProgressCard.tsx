import { buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';
import { hoursText, transcriptUrl, type RenewalView } from './renewal-api.js';

const PACE = {
  complete: { tone: 'success', label: 'Requirement met' },
  'on track': { tone: 'info', label: 'On track' },
  behind: { tone: 'warning', label: 'Behind pace' },
} as const;

const day = (d: string) => formatDate(`${d}T12:00:00Z`);

/** Counted hours against the requirement, the cap, the cycle's dates and the transcript downloads. */
export function RenewalProgressCard({ renewal, userId }: { renewal: RenewalView; userId?: string }) {
  const { policy, cycle } = renewal;
  if (!policy || !cycle) return null;
  const pace = renewal.pace ? PACE[renewal.pace] : null;
  return (
    <div className="card space-y-5 p-5 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold text-slate-900 sm:text-xl">{policy.name}</h2>
          <p className="text-sm text-slate-700">
            {policy.orgName}
            {renewal.districtPolicy
              ? ` · with ${renewal.districtPolicy.name} (${renewal.districtPolicy.orgName})`
              : ''}
          </p>
        </div>
        {pace ? <StatusChip tone={pace.tone}>{pace.label}</StatusChip> : null}
      </div>

      <div className="space-y-2">
        <p className="text-slate-900">
          <span className="text-3xl font-semibold tabular-nums">{hoursText(renewal.countedHours)}</span>{' '}
          <span className="text-slate-700">of {hoursText(renewal.requiredHours)} required</span>
        </p>
        <ProgressBar
          value={renewal.countedHours}
          max={renewal.requiredHours}
          label="Hours counted toward renewal"
          tone={renewal.pace === 'complete' ? 'success' : 'brand'}
        />
        <p className="text-sm text-slate-700">
          {renewal.remainingHours > 0
            ? `${hoursText(renewal.remainingHours)} to go`
            : 'Nothing more is needed this cycle.'}
        </p>
      </div>

      {policy.capHours !== null ? (
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-900">
            Micro-credential cap: {hoursText(Math.min(renewal.countedHours, policy.capHours))} of{' '}
            {hoursText(policy.capHours)} used
          </p>
          <ProgressBar
            value={Math.min(renewal.countedHours, policy.capHours)}
            max={policy.capHours}
            label="Share of the cap used"
          />
          {renewal.cappedHours > 0 ? (
            <p className="flex items-start gap-1.5 text-sm text-amber-900">
              <Icon name="alert" className="mt-0.5 h-4 w-4 shrink-0" />
              {hoursText(renewal.cappedHours)} earned this cycle are over the cap and do not count.
            </p>
          ) : null}
        </div>
      ) : null}

      <dl className="grid gap-3 border-t border-slate-200 pt-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Current cycle</dt>
          <dd className="font-medium text-slate-900">
            {day(cycle.start)} – {day(cycle.end)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Hours per micro-credential</dt>
          <dd className="font-medium text-slate-900">
            {policy.hoursMode === 'fixed' && policy.fixedHours !== null
              ? hoursText(policy.fixedHours)
              : 'Its credit hours'}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Earned this cycle</dt>
          <dd className="font-medium text-slate-900">{hoursText(renewal.earnedHours)}</dd>
        </div>
      </dl>

      <div className="flex flex-wrap gap-2">
        <a className={buttonClass('secondary', 'sm')} href={transcriptUrl('pdf', userId)} download>
          <Icon name="download" className="h-4 w-4" /> Transcript (PDF)
        </a>
        <a className={buttonClass('secondary', 'sm')} href={transcriptUrl('csv', userId)} download>
          <Icon name="download" className="h-4 w-4" /> Transcript (CSV)
        </a>
      </div>
    </div>
  );
}
