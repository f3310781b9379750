import { useState, type FormEvent } from 'react';
import { OIDC_KINDS, type OidcKind, type ProviderView } from '../../../contracts/oidc.js';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { orgOptions } from '../admin/admin-api.js';
import { useCreateProvider, useUpdateProvider } from './oidc-api.js';
import { kindLabel } from './ProviderButtons.js';

/** Where each kind of provider lives; Microsoft needs the district's tenant id. */
export const ISSUER_PRESETS: Record<OidcKind, string> = {
  google: 'https://accounts.google.com',
  microsoft: 'https://login.microsoftonline.com/TENANT-ID/v2.0',
  clever: 'https://clever.com',
  classlink: 'https://launchpad.classlink.com',
  oidc: '',
};

const KIND_OPTIONS = OIDC_KINDS.map((k) => ({
  value: k,
  label: k === 'oidc' ? 'Another OpenID Connect provider' : kindLabel(k),
}));
const SIGN_IN_ORG_KINDS = new Set(['platform', 'state', 'district', 'school']);
const signInOrgs = (orgs: readonly OrganizationView[]) => orgs.filter((o) => SIGN_IN_ORG_KINDS.has(o.kind));

type Form = {
  orgId: string;
  kind: OidcKind;
  name: string;
  slug: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
};

const blank: Form = {
  orgId: '',
  kind: 'google',
  name: '',
  slug: '',
  issuerUrl: ISSUER_PRESETS.google,
  clientId: '',
  clientSecret: '',
  scopes: 'openid email profile',
};

/** Adds a provider, or (with `existing`) changes one: the secret is replaced only when typed. */
export function ProviderForm({
  orgs,
  existing,
  onDone,
}: {
  orgs: readonly OrganizationView[];
  existing?: ProviderView;
  onDone?: (p: ProviderView) => void;
}) {
  const [form, setForm] = useState<Form>(
    existing
      ? {
          orgId: existing.orgId,
          kind: existing.kind,
          name: existing.name,
          slug: existing.slug,
          issuerUrl: existing.issuerUrl,
          clientId: existing.clientId,
          clientSecret: '',
          scopes: existing.scopes,
        }
      : { ...blank, orgId: orgOptions(signInOrgs(orgs))[0]?.value ?? '' },
  );
  const create = useCreateProvider();
  const update = useUpdateProvider(existing?.id ?? '');
  const mutation = existing ? update : create;
  const errors = fieldErrors(mutation.error);
  const set = (key: keyof Form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const setKind = (e: { target: { value: string } }) => {
    const kind = e.target.value as OidcKind;
    setForm((f) => ({
      ...f,
      kind,
      // Keep what was typed unless it is another kind's preset.
      issuerUrl: Object.values(ISSUER_PRESETS).includes(f.issuerUrl) ? ISSUER_PRESETS[kind] : f.issuerUrl,
    }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = {
      name: form.name.trim(),
      kind: form.kind,
      issuerUrl: form.issuerUrl.trim(),
      clientId: form.clientId.trim(),
      scopes: form.scopes.trim(),
    };
    const done = (p: ProviderView) => {
      if (!existing) setForm({ ...blank, orgId: form.orgId });
      onDone?.(p);
    };
    if (existing)
      update.mutate(
        { ...common, ...(form.clientSecret ? { clientSecret: form.clientSecret } : {}) },
        { onSuccess: done },
      );
    else
      create.mutate(
        { ...common, orgId: form.orgId, slug: form.slug.trim(), clientSecret: form.clientSecret },
        { onSuccess: done },
      );
  };

  const ready =
    form.name.trim().length >= 2 &&
    form.issuerUrl.trim() &&
    form.clientId.trim() &&
    (existing || (form.slug.trim() && form.clientSecret && form.orgId));

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {existing ? null : (
        <SelectField
          label="Organization"
          hint="Its administrators manage this provider."
          required
          value={form.orgId}
          onChange={set('orgId')}
          options={orgOptions(signInOrgs(orgs))}
          error={errors.orgId}
        />
      )}
      <SelectField
        label="Kind"
        required
        value={form.kind}
        onChange={setKind}
        options={KIND_OPTIONS}
        error={errors.kind}
      />
      <TextField
        label="Button name"
        hint="People see “Sign in with …” and this name."
        required
        value={form.name}
        onChange={set('name')}
        error={errors.name}
      />
      {existing ? null : (
        <TextField
          label="Short name"
          hint="Part of the redirect URI you register at the provider; lower-case letters, digits and hyphens."
          required
          value={form.slug}
          onChange={set('slug')}
          error={errors.slug}
          autoCapitalize="none"
          spellCheck={false}
        />
      )}
      <TextField
        label="Issuer URL"
        hint={form.kind === 'microsoft' ? 'Replace TENANT-ID with your directory (tenant) id.' : undefined}
        type="url"
        required
        value={form.issuerUrl}
        onChange={set('issuerUrl')}
        error={errors.issuerUrl}
        spellCheck={false}
      />
      <TextField
        label="Client ID"
        required
        value={form.clientId}
        onChange={set('clientId')}
        error={errors.clientId}
        spellCheck={false}
        autoComplete="off"
      />
      <TextField
        label="Client secret"
        hint={
          existing
            ? 'Stored encrypted and never shown. Leave empty to keep the current one.'
            : 'Stored encrypted and never shown again.'
        }
        type="password"
        required={!existing}
        value={form.clientSecret}
        onChange={set('clientSecret')}
        error={errors.clientSecret}
        autoComplete="new-password"
      />
      <TextField
        label="Scopes"
        hint="Separated by spaces; must include openid."
        required
        value={form.scopes}
        onChange={set('scopes')}
        error={errors.scopes}
        spellCheck={false}
      />
      <div aria-live="polite">
        {mutation.isError && !Object.keys(errors).some((k) => k) ? (
          <Notice tone="error">{errorMessage(mutation.error)}</Notice>
        ) : null}
        {mutation.isSuccess && !existing ? (
          <Notice tone="success">{mutation.data.name} was added.</Notice>
        ) : null}
      </div>
      <Button type="submit" busy={mutation.isPending} disabled={!ready}>
        {existing ? 'Save changes' : 'Add provider'}
      </Button>
    </form>
  );
}
