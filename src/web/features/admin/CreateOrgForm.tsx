import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { api } from '../../api/client.js';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { adminKeys, orgOptions } from './admin-api.js';

const KINDS = [
  { value: 'state', label: 'State' },
  { value: 'district', label: 'District' },
  { value: 'school', label: 'School' },
  { value: 'issuer', label: 'Issuer (authors micro-credentials)' },
];

const empty = { name: '', kind: 'district', parentId: '', slug: '', url: '' };

export function CreateOrgForm({ orgs }: { orgs: readonly OrganizationView[] }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState(empty);
  const [created, setCreated] = useState<OrganizationView | null>(null);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const create = useMutation({
    mutationFn: () =>
      api.post<OrganizationView>('/api/v1/admin/organizations', {
        name: form.name.trim(),
        kind: form.kind,
        parentId: form.parentId || null,
        ...(form.slug.trim() ? { slug: form.slug.trim() } : {}),
        ...(form.url.trim() ? { url: form.url.trim() } : {}),
      }),
    onSuccess: async (org) => {
      setCreated(org);
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: adminKeys.orgs });
    },
  });
  const errors = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    create.mutate();
  };

  return (
    <form onSubmit={submit} className="card space-y-4 p-5" noValidate>
      <h3 className="text-lg font-semibold">Create an organization</h3>
      <TextField label="Name" required value={form.name} onChange={set('name')} error={errors.name} />
      <SelectField
        label="Kind"
        required
        value={form.kind}
        onChange={set('kind')}
        options={KINDS}
        error={errors.kind}
      />
      <SelectField
        label="Part of"
        hint="A school sits in a district, a district in a state."
        value={form.parentId}
        onChange={set('parentId')}
        options={orgOptions(orgs)}
        placeholder="None (top level)"
        error={errors.parentId}
      />
      <TextField
        label="Short name for addresses"
        hint="Optional; made from the name if left empty. Lower-case letters, digits and hyphens."
        value={form.slug}
        onChange={set('slug')}
        error={errors.slug}
      />
      <TextField
        label="Website"
        type="url"
        placeholder="https://"
        value={form.url}
        onChange={set('url')}
        error={errors.url}
      />
      <div aria-live="polite">
        {created ? <Notice tone="success">{created.name} was created.</Notice> : null}
        {create.isError && !Object.keys(errors).some((k) => k) ? (
          <Notice tone="error">{errorMessage(create.error)}</Notice>
        ) : null}
      </div>
      <Button type="submit" busy={create.isPending} disabled={form.name.trim().length < 2}>
        Create organization
      </Button>
    </form>
  );
}
