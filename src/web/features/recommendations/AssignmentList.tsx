import { useState } from 'react';
import type { AdminRecommendationView } from '../../../contracts/recommendations.js';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';
import { formatDay } from './format-day.js';
import { TargetProgressBar } from './TargetProgressBar.js';
import { useWithdrawRecommendation } from './recommendations-api.js';

function Row({ r }: { r: AdminRecommendationView }) {
  const withdraw = useWithdrawRecommendation();
  const [confirm, setConfirm] = useState(false);
  return (
    <article className="card space-y-3 p-4" aria-labelledby={`rec-${r.id}`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`rec-${r.id}`} className="font-semibold text-slate-900">
            {r.microCredential.title}
          </h3>
          <p className="text-sm text-slate-700">
            {r.kind === 'assigned' ? 'Assigned to' : 'Recommended to'}{' '}
            <strong className="text-slate-900">{r.target.name}</strong>
            {r.target.type === 'org' ? ' (everyone there)' : ''} ·{' '}
            {r.dueOn ? `due ${formatDay(r.dueOn)}` : 'no due date'}
          </p>
          <p className="text-xs text-slate-600">
            By {r.createdBy ?? r.org.name} for {r.org.name}, {formatDate(r.createdAt)}
          </p>
        </div>
        <StatusChip
          tone={r.kind === 'assigned' ? 'brand' : 'neutral'}
          icon={r.kind === 'assigned' ? 'clipboard' : 'book'}
        >
          {r.kind === 'assigned' ? 'Assigned' : 'Recommended'}
        </StatusChip>
      </header>
      {r.note ? <p className="text-sm text-slate-800">“{r.note}”</p> : null}
      <TargetProgressBar progress={r.progress} />
      <div className="flex flex-wrap items-center gap-2">
        {confirm ? (
          <>
            <span className="text-sm text-slate-700">It disappears from educators' dashboards.</span>
            <Button
              size="sm"
              variant="danger"
              busy={withdraw.isPending}
              onClick={() => withdraw.mutate(r.id)}
            >
              Withdraw it
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirm(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button size="sm" variant="ghost" icon="trash" onClick={() => setConfirm(true)}>
            Withdraw
          </Button>
        )}
      </div>
      {withdraw.isError ? <Notice tone="error">{errorMessage(withdraw.error)}</Notice> : null}
    </article>
  );
}

/** Open assignments and recommendations with where the people they reach stand. */
export function AssignmentList({ items }: { items: AdminRecommendationView[] }) {
  return (
    <ul className="space-y-3">
      {items.map((r) => (
        <li key={r.id}>
          <Row r={r} />
        </li>
      ))}
    </ul>
  );
}
