import { useEffect, useId, useState, type FormEvent } from 'react';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS } from '../../../domain/retention.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { NumberField } from '../../components/NumberField.js';
import { QueryState } from '../../components/QueryState.js';
import { SkeletonText } from '../../components/Skeleton.js';
import { plural } from '../../lib/format.js';
import { useRetention, useSetRetention, type RetentionView } from './privacy-api.js';

const DEFAULT_MONTHS = 36;

function RetentionForm({ orgId, view }: { orgId: string; view: RetentionView }) {
  const save = useSetRetention(orgId);
  const [keep, setKeep] = useState(view.months === null);
  const [months, setMonths] = useState<number | null>(view.months ?? DEFAULT_MONTHS);
  const [saved, setSaved] = useState(false);
  const name = useId();
  useEffect(() => setSaved(false), [keep, months]);
  const valid =
    keep ||
    (months !== null &&
      Number.isInteger(months) &&
      months >= RETENTION_MIN_MONTHS &&
      months <= RETENTION_MAX_MONTHS);
  const errors = fieldErrors(save.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) save.mutate(keep ? null : months, { onSuccess: () => setSaved(true) });
  };
  return (
    <form onSubmit={onSubmit} className="card space-y-4 p-5" noValidate>
      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-900">Evidence retention for {view.orgName}</legend>
        <p className="text-sm text-slate-700">{view.covers}</p>
        <label className="flex items-start gap-3">
          <input
            type="radio"
            name={name}
            className="mt-1 h-5 w-5 accent-brand-800"
            checked={keep}
            onChange={() => setKeep(true)}
          />
          <span>
            <span className="font-medium text-slate-900">Keep evidence</span>
            <span className="block text-sm text-slate-700">
              Evidence stays until someone deletes their account.
            </span>
          </span>
        </label>
        <label className="flex items-start gap-3">
          <input
            type="radio"
            name={name}
            className="mt-1 h-5 w-5 accent-brand-800"
            checked={!keep}
            onChange={() => setKeep(false)}
          />
          <span>
            <span className="font-medium text-slate-900">Delete evidence some months after the decision</span>
            <span className="block text-sm text-slate-700">
              Files and written evidence are deleted; the decision, the feedback and the credentials are kept.
            </span>
          </span>
        </label>
        {!keep ? (
          <NumberField
            className="max-w-48 pl-8"
            label="Months after the decision"
            hint={`${RETENTION_MIN_MONTHS} to ${RETENTION_MAX_MONTHS}`}
            min={RETENTION_MIN_MONTHS}
            max={RETENTION_MAX_MONTHS}
            required
            value={months}
            onChange={setMonths}
            error={
              errors.months ??
              (valid ? null : `Enter whole months from ${RETENTION_MIN_MONTHS} to ${RETENTION_MAX_MONTHS}.`)
            }
          />
        ) : null}
      </fieldset>
      {save.isError && !errors.months ? <Notice tone="error">{save.error.message}</Notice> : null}
      <div aria-live="polite">
        {saved && save.data ? (
          <Notice tone="success">
            {save.data.months === null
              ? 'Saved: evidence is kept.'
              : `Saved: evidence is deleted ${plural(save.data.months, 'month')} after the decision.`}
          </Notice>
        ) : null}
      </div>
      <Button type="submit" busy={save.isPending} disabled={!valid}>
        Save retention
      </Button>
    </form>
  );
}

/**
 * How long an organization keeps evidence after the decision, for its admins (issuer admins for
 * an issuer; state and district admins for theirs and below; platform admins for any).
 */
export function RetentionSetting({ orgId }: { orgId: string }) {
  const retention = useRetention(orgId);
  return (
    <QueryState
      query={retention}
      loading={<SkeletonText lines={3} />}
      errorTitle="The retention setting could not be loaded"
    >
      {(view) => <RetentionForm key={view.orgId} orgId={orgId} view={view} />}
    </QueryState>
  );
}
