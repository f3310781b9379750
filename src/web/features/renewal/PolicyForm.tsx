import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextAreaField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { useSavePolicy, type PolicyInput, type PolicyView } from './renewal-api.js';

export type ManagedOrg = { id: string; name: string; kind: string };

const MODES = [
  { value: 'all', label: 'Every micro-credential' },
  { value: 'topics', label: 'Micro-credentials on some topics' },
  { value: 'tags', label: 'Micro-credentials with some tags' },
  { value: 'issuers', label: 'Micro-credentials from some issuers (ids)' },
  { value: 'list', label: 'A list of micro-credentials (ids)' },
] as const;
type Mode = (typeof MODES)[number]['value'];

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
const num = (text: string) => (text.trim() === '' ? null : Number(text));

/** Creates or changes a state's or district's renewal policy, with the API's reasons beside each field. */
export function PolicyForm({
  orgs,
  policy,
  onDone,
}: {
  orgs: ManagedOrg[];
  policy?: PolicyView;
  onDone: () => void;
}) {
  const save = useSavePolicy();
  const [orgId, setOrgId] = useState(policy?.orgId ?? (orgs.length === 1 ? orgs[0]!.id : ''));
  const [name, setName] = useState(policy?.name ?? '');
  const [licenseTypes, setLicenseTypes] = useState(policy?.licenseTypes.join('\n') ?? '');
  const [mode, setMode] = useState<Mode>(policy?.counts.mode ?? 'all');
  const [values, setValues] = useState(
    policy && 'values' in policy.counts ? policy.counts.values.join('\n') : '',
  );
  const [hoursMode, setHoursMode] = useState<'credit' | 'fixed'>(policy?.hoursMode ?? 'fixed');
  const [fixedHours, setFixedHours] = useState(policy?.fixedHours?.toString() ?? '');
  const [capHours, setCapHours] = useState(policy?.capHours?.toString() ?? '');
  const [requiredHours, setRequiredHours] = useState(policy?.requiredHours.toString() ?? '');
  const [cycleYears, setCycleYears] = useState(policy?.cycleYears.toString() ?? '5');
  const [effectiveFrom, setEffectiveFrom] = useState(policy?.effectiveFrom ?? '');
  const [effectiveUntil, setEffectiveUntil] = useState(policy?.effectiveUntil ?? '');
  const errors = fieldErrors(save.error);
  const fieldError = (f: string) =>
    Object.entries(errors).find(([k]) => k === f || k.startsWith(`${f}.`))?.[1];
  const known = [
    'orgId',
    'name',
    'licenseTypes',
    'counts',
    'fixedHours',
    'capHours',
    'requiredHours',
    'cycleYears',
    'effectiveFrom',
    'effectiveUntil',
  ];
  const unplaced =
    save.isError && !Object.keys(errors).some((k) => known.some((f) => k === f || k.startsWith(`${f}.`)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: PolicyInput = {
      orgId,
      name: name.trim(),
      licenseTypes: lines(licenseTypes),
      counts: mode === 'all' ? { mode } : { mode, values: lines(values) },
      hoursMode,
      fixedHours: hoursMode === 'fixed' ? num(fixedHours) : null,
      capHours: num(capHours),
      requiredHours: Number(requiredHours),
      cycleYears: Number(cycleYears),
      effectiveFrom,
      effectiveUntil: effectiveUntil || null,
    };
    save.mutate({ id: policy?.id, body }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {unplaced ? <Notice tone="error">{errorMessage(save.error)}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Organization"
          required
          disabled={!!policy}
          value={orgId}
          onChange={(e) => setOrgId(e.target.value)}
          options={orgs.map((o) => ({ value: o.id, label: `${o.name} (${o.kind})` }))}
          placeholder="Choose a state or district"
          error={fieldError('orgId')}
        />
        <TextField
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <TextAreaField
          label="License types"
          hint="One per line; leave empty for every license type."
          rows={2}
          value={licenseTypes}
          onChange={(e) => setLicenseTypes(e.target.value)}
          error={fieldError('licenseTypes')}
        />
        <div className="space-y-3">
          <SelectField
            label="What counts"
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            options={MODES}
          />
          {mode !== 'all' ? (
            <TextAreaField
              label={
                mode === 'topics'
                  ? 'Topics'
                  : mode === 'tags'
                    ? 'Tags'
                    : mode === 'issuers'
                      ? 'Issuer ids'
                      : 'Micro-credential ids'
              }
              hint="One per line."
              rows={3}
              value={values}
              onChange={(e) => setValues(e.target.value)}
              error={fieldError('counts')}
            />
          ) : null}
        </div>
        <SelectField
          label="Hours per micro-credential"
          value={hoursMode}
          onChange={(e) => setHoursMode(e.target.value as 'credit' | 'fixed')}
          options={[
            { value: 'fixed', label: 'A fixed number for each' },
            { value: 'credit', label: 'Its own credit hours' },
          ]}
        />
        {hoursMode === 'fixed' ? (
          <TextField
            label="Fixed hours each"
            required
            type="number"
            inputMode="decimal"
            min={0}
            step="0.25"
            value={fixedHours}
            onChange={(e) => setFixedHours(e.target.value)}
            error={fieldError('fixedHours')}
          />
        ) : (
          <div />
        )}
        <TextField
          label="Cap per cycle (hours)"
          hint="Leave empty for no cap."
          type="number"
          inputMode="decimal"
          min={0}
          value={capHours}
          onChange={(e) => setCapHours(e.target.value)}
          error={fieldError('capHours')}
        />
        <TextField
          label="Required hours per cycle"
          required
          type="number"
          inputMode="decimal"
          min={0}
          value={requiredHours}
          onChange={(e) => setRequiredHours(e.target.value)}
          error={fieldError('requiredHours')}
        />
        <TextField
          label="Cycle length (years)"
          hint="Cycles start on the license’s issue date."
          required
          type="number"
          inputMode="numeric"
          min={1}
          value={cycleYears}
          onChange={(e) => setCycleYears(e.target.value)}
          error={fieldError('cycleYears')}
        />
        <TextField
          label="In effect from"
          required
          type="date"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          error={fieldError('effectiveFrom')}
        />
        <TextField
          label="In effect until"
          hint="Leave empty while it applies."
          type="date"
          value={effectiveUntil}
          onChange={(e) => setEffectiveUntil(e.target.value)}
          error={fieldError('effectiveUntil')}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={save.isPending}>
          {policy ? 'Save policy' : 'Create policy'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
