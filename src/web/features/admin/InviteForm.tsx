import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ROLES } from '../../../contracts/auth.js';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { api } from '../../api/client.js';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import type { InvitationViewT } from '../../api/types.js';
import { Button } from '../../components/Button.js';
import { CopyField } from '../../components/CopyField.js';
import { SelectField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { formatDate } from '../../lib/format.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { orgOptions } from './admin-api.js';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Invites a person to a role in an organization (by email) and shows the one-time link too. */
export function InviteForm({ orgs }: { orgs: readonly OrganizationView[] }) {
  const [form, setForm] = useState({ email: '', name: '', orgId: '', role: 'educator' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const invite = useMutation({
    mutationFn: () =>
      api.post<InvitationViewT>('/api/v1/admin/invitations', {
        ...form,
        email: form.email.trim(),
        name: form.name.trim(),
      }),
  });
  const errors = fieldErrors(invite.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };

  if (invite.data) {
    const inv = invite.data;
    const url = inv.acceptUrl ? new URL(inv.acceptUrl, window.location.origin).toString() : null;
    return (
      <div className="card space-y-4 p-5" aria-live="polite">
        <Notice tone="success" title={`${inv.name} is invited as ${ROLE_LABELS[inv.role]} at ${inv.orgName}`}>
          We emailed the invitation to {inv.email}. It expires {formatDate(inv.expiresAt)}.
        </Notice>
        {url ? (
          <CopyField
            label="Invitation link"
            value={url}
            hint="The same link, if you would rather hand it over yourself. It works once, and is shown only now."
          />
        ) : null}
        <Button
          variant="secondary"
          onClick={() => {
            invite.reset();
            setForm((f) => ({ ...f, email: '', name: '' }));
          }}
        >
          Invite someone else
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="card space-y-4 p-5" noValidate>
      <h3 className="text-lg font-semibold">Invite someone</h3>
      <TextField
        label="Name"
        required
        value={form.name}
        onChange={set('name')}
        error={errors.name}
        autoComplete="off"
      />
      <TextField
        label="Email"
        type="email"
        required
        value={form.email}
        onChange={set('email')}
        error={errors.email}
        autoComplete="off"
      />
      <SelectField
        label="Organization"
        required
        value={form.orgId}
        onChange={set('orgId')}
        options={orgOptions(orgs)}
        placeholder="Choose…"
        error={errors.orgId}
      />
      <SelectField
        label="Role"
        required
        value={form.role}
        onChange={set('role')}
        options={ROLE_OPTIONS}
        error={errors.role}
      />
      <div aria-live="assertive">
        {invite.isError && !Object.keys(errors).some((k) => k) ? (
          <Notice tone="error">{errorMessage(invite.error)}</Notice>
        ) : null}
      </div>
      <Button
        type="submit"
        busy={invite.isPending}
        disabled={!form.email.trim() || !form.name.trim() || !form.orgId}
      >
        Create invitation
      </Button>
    </form>
  );
}
