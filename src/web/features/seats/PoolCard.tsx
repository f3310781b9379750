import { useState, type FormEvent } from 'react';
import type { SeatPoolView } from '../../../contracts/seats.js';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { NumberField } from '../../components/NumberField.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatPrice } from '../../lib/format.js';
import { formatDay } from '../recommendations/format-day.js';
import { RedemptionList } from './RedemptionList.js';
import { seatMoney } from './seat-money.js';
import { SeatUsageBar } from './SeatUsageBar.js';
import { useUpdatePool } from './seats-api.js';

const PHASE = {
  open: { tone: 'success', label: 'Open' },
  scheduled: { tone: 'info', label: 'Starts later' },
  closed: { tone: 'neutral', label: 'Closed' },
} as const;

function SeatsEditor({ pool, onDone }: { pool: SeatPoolView; onDone: () => void }) {
  const update = useUpdatePool(pool.id);
  const [seats, setSeats] = useState<number | null>(pool.totalSeats);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (seats !== null) update.mutate({ totalSeats: seats }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
      <NumberField
        label="Seats in this pool"
        hint={`At least ${pool.usage.used}: the seats already used.`}
        value={seats}
        onChange={setSeats}
        min={pool.usage.used}
        max={100000}
        error={update.isError ? errorMessage(update.error) : null}
        className="w-56"
      />
      <Button type="submit" size="sm" busy={update.isPending} disabled={seats === null}>
        Save seats
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={onDone}>
        Cancel
      </Button>
    </form>
  );
}

/** One pool: what it covers, its dates and funding, seats as a bar, and the admin's actions. */
export function PoolCard({ pool }: { pool: SeatPoolView }) {
  const [editing, setEditing] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const close = useUpdatePool(pool.id);
  const phase = PHASE[pool.phase];
  return (
    <article className="card space-y-4 p-4 sm:p-5" aria-labelledby={`pool-${pool.id}`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`pool-${pool.id}`} className="text-lg font-semibold text-slate-900">
            {pool.name}
          </h3>
          <p className="text-sm text-slate-700">
            {pool.org.name} · {formatDay(pool.startsOn)} –{' '}
            {pool.endsOn ? formatDay(pool.endsOn) : 'no end date'}
          </p>
        </div>
        <StatusChip tone={phase.tone}>{phase.label}</StatusChip>
      </header>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-900">Covers</dt>
          <dd className="text-slate-700">
            {pool.microCredentials.map((m) => `${m.title} (${formatPrice(m.priceCents)})`).join(', ')}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Cost per seat</dt>
          <dd className="text-slate-700">
            {pool.costCents ? formatPrice(pool.costCents) : 'No charge (budget tracking)'}
            {pool.fundingSource ? ` · ${pool.fundingSource}` : ''}
          </dd>
        </div>
      </dl>
      <SeatUsageBar usage={pool.usage} />
      <p className="text-sm text-slate-700">
        Cost per earned micro-credential:{' '}
        <strong className="text-slate-900">
          {pool.usage.costPerEarnedCents === null
            ? 'nobody has earned one yet'
            : seatMoney(pool.usage.costPerEarnedCents)}
        </strong>
      </p>
      {editing ? (
        <SeatsEditor pool={pool} onDone={() => setEditing(false)} />
      ) : pool.phase !== 'closed' ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" icon="pencil" onClick={() => setEditing(true)}>
            Change seats
          </Button>
          {confirmClose ? (
            <>
              <Button
                size="sm"
                variant="danger"
                busy={close.isPending}
                onClick={() => close.mutate({ close: true })}
              >
                Yes, close it today
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirmClose(false)}>
                Keep it open
              </Button>
            </>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => setConfirmClose(true)}>
              Close pool
            </Button>
          )}
        </div>
      ) : null}
      {confirmClose && !close.isSuccess ? (
        <p className="text-sm text-slate-700">
          Nobody new will take a seat; the {pool.usage.used} seats already used stay counted.
        </p>
      ) : null}
      {close.isError ? <Notice tone="error">{errorMessage(close.error)}</Notice> : null}
      <RedemptionList poolId={pool.id} used={pool.usage.used} />
    </article>
  );
}
