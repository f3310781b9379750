import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { useSaveLicense, type LicensesData, type LicenseView } from './renewal-api.js';

/** Records or corrects a license: the state, its type and number, issue and expiry dates. */
export function LicenseForm({
  states,
  license,
  onDone,
}: {
  states: LicensesData['states'];
  license?: LicenseView;
  onDone: () => void;
}) {
  const save = useSaveLicense();
  const [stateId, setStateId] = useState(license?.stateId ?? (states.length === 1 ? states[0]!.id : ''));
  const [licenseType, setLicenseType] = useState(license?.licenseType ?? '');
  const [number, setNumber] = useState(license?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(license?.issuedOn ?? '');
  const [expiresOn, setExpiresOn] = useState(license?.expiresOn ?? '');
  const errors = fieldErrors(save.error);
  const errorFor = (field: string) => errors[field];
  const types = states.find((s) => s.id === stateId)?.licenseTypes ?? [];
  const listId = `license-types-${license?.id ?? 'new'}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id: license?.id,
        body: {
          stateId,
          licenseType: licenseType.trim(),
          number: number.trim(),
          issuedOn,
          expiresOn: expiresOn || null,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {save.isError && !Object.keys(errors).some((k) => k !== '') ? (
        <Notice tone="error">{errorMessage(save.error)}</Notice>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Issuing state"
          required
          value={stateId}
          onChange={(e) => setStateId(e.target.value)}
          options={states.map((s) => ({ value: s.id, label: s.name }))}
          placeholder="Choose a state"
          error={errorFor('stateId')}
        />
        <TextField
          label="License type"
          required
          hint={types.length ? `For example: ${types.join(', ')}` : undefined}
          value={licenseType}
          list={types.length ? listId : undefined}
          onChange={(e) => setLicenseType(e.target.value)}
          error={errorFor('licenseType')}
          autoComplete="off"
        />
        {types.length ? (
          <datalist id={listId}>
            {types.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        ) : null}
        <TextField
          label="License number"
          required
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={errorFor('number')}
          autoComplete="off"
        />
        <TextField
          label="Issued on"
          type="date"
          required
          value={issuedOn}
          onChange={(e) => setIssuedOn(e.target.value)}
          error={errorFor('issuedOn')}
        />
        <TextField
          label="Expires on"
          type="date"
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={errorFor('expiresOn')}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={save.isPending}>
          {license ? 'Save license' : 'Add license'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
