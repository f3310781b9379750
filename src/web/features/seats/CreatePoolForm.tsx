import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { Checkbox, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { NumberField } from '../../components/NumberField.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { formatPrice } from '../../lib/format.js';
import { localToday } from '../recommendations/format-day.js';
import { useCreatePool, usePublishedMicroCredentials } from './seats-api.js';

/** Funds seats for one organization: which micro-credentials, how many seats, at what cost, when. */
export function CreatePoolForm({
  orgId,
  orgName,
  onDone,
}: {
  orgId: string;
  orgName: string;
  onDone: () => void;
}) {
  const catalog = usePublishedMicroCredentials();
  const create = useCreatePool();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [seats, setSeats] = useState<number | null>(25);
  const [dollars, setDollars] = useState<number | null>(0);
  const [funding, setFunding] = useState('');
  const [startsOn, setStartsOn] = useState(localToday());
  const [endsOn, setEndsOn] = useState('');
  const errors = fieldErrors(create.error);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        orgId,
        name,
        microCredentialIds: chosen,
        totalSeats: seats ?? 0,
        costCents: Math.round((dollars ?? 0) * 100),
        fundingSource: funding || null,
        startsOn,
        endsOn: endsOn || null,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} className="card space-y-4 p-4 sm:p-5" noValidate aria-labelledby="new-pool-title">
      <h3 id="new-pool-title" className="text-lg font-semibold text-slate-900">
        Fund seats for {orgName}
      </h3>
      <TextField
        label="Name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <fieldset>
        <legend className="font-medium text-slate-900">
          Micro-credentials it covers <span className="text-sm font-normal text-slate-600">(required)</span>
        </legend>
        <QueryState query={catalog} loading={<ListSkeleton rows={2} />}>
          {({ items }) => (
            <div className="mt-2 max-h-64 space-y-2 overflow-y-auto rounded-md border border-slate-200 p-3">
              {items.map((m) => (
                <Checkbox
                  key={m.id}
                  label={m.title}
                  description={`${m.issuer.name} · ${formatPrice(m.priceCents)}`}
                  checked={chosen.includes(m.id)}
                  onChange={() => toggle(m.id)}
                />
              ))}
            </div>
          )}
        </QueryState>
        {errors.microCredentialIds ? (
          <p className="mt-1 text-sm font-medium text-red-800">{errors.microCredentialIds.join(' ')}</p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Seats"
          required
          value={seats}
          onChange={setSeats}
          min={1}
          max={100000}
          error={errors.totalSeats}
        />
        <NumberField
          label="Cost per seat (US dollars)"
          hint="The micro-credential's price for paid ones; 0 to track a budget only."
          value={dollars}
          onChange={setDollars}
          min={0}
          step={0.01}
          error={errors.costCents}
        />
        <TextField
          label="First day"
          type="date"
          required
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
          error={errors.startsOn}
        />
        <TextField
          label="Last day"
          hint="Leave empty for no end date."
          type="date"
          value={endsOn}
          onChange={(e) => setEndsOn(e.target.value)}
          error={errors.endsOn}
        />
      </div>
      <TextField
        label="Funding source"
        hint="For example: Title II-A, a state grant."
        value={funding}
        onChange={(e) => setFunding(e.target.value)}
        error={errors.fundingSource}
      />
      <div aria-live="assertive">
        {create.isError && !Object.keys(errors).length ? (
          <Notice tone="error">{errorMessage(create.error)}</Notice>
        ) : null}
        {create.isError && errors[''] ? <Notice tone="error">{errors[''].join(' ')}</Notice> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={create.isPending} disabled={!name.trim() || !chosen.length || !seats}>
          Fund these seats
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
