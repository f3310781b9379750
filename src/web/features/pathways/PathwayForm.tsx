import { useMemo, useState, type FormEvent } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import type { PathwayBody } from '../../../contracts/pathways.js';
import { Button } from '../../components/Button.js';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { hasRole } from '../auth/roles.js';
import { usePublishedMicroCredentials, type PathwayView } from './pathways-api.js';

/** The organizations whose pathways this person defines: their issuers, districts and states. */
export function definingOrgs(me: MeView) {
  return me.memberships
    .filter(
      (m) =>
        (m.role === 'issuer_admin' && m.orgKind === 'issuer') ||
        ((m.role === 'district_admin' || m.role === 'state_admin') &&
          ['district', 'state'].includes(m.orgKind)),
    )
    .map((m) => ({ value: m.orgId, label: m.orgName, kind: m.orgKind }))
    .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);
}

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/**
 * Defines a pathway, or edits a draft: its stack (in the order chosen), the rule, the issuer that
 * signs the stacked credential (one whose micro-credentials are in the stack) and the role and pay
 * step it leads to.
 */
export function PathwayForm({
  me,
  editing,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  me: MeView;
  editing: PathwayView | null;
  busy: boolean;
  error: string | null;
  onSubmit: (body: PathwayBody) => void;
  onCancel?: () => void;
}) {
  const catalog = usePublishedMicroCredentials();
  const orgs = definingOrgs(me);
  const [orgId, setOrgId] = useState(editing?.org.id ?? orgs[0]?.value ?? '');
  const [title, setTitle] = useState(editing?.title ?? '');
  const [slug, setSlug] = useState(editing?.slug ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [items, setItems] = useState<string[]>(editing?.items.map((i) => i.microCredentialId) ?? []);
  const [rule, setRule] = useState<'all' | 'n_of'>(editing?.rule ?? 'all');
  const [requiredCount, setRequiredCount] = useState(editing?.requiredCount ?? 1);
  const [ordered, setOrdered] = useState(editing?.ordered ?? false);
  const [issuerId, setIssuerId] = useState(editing?.issuer.id ?? '');
  const [roleTitle, setRoleTitle] = useState(editing?.roleTitle ?? '');
  const [payStep, setPayStep] = useState(editing?.payStep ?? '');
  const all = useMemo(() => catalog.data?.items ?? [], [catalog.data]);
  const org = orgs.find((o) => o.value === orgId);
  const chosen = items.map((id) => all.find((m) => m.id === id)).filter((m) => m !== undefined);
  // An issuer signs its own pathways; a district or state picks an issuer present in the stack.
  const issuers =
    org?.kind === 'issuer'
      ? [{ value: org.value, label: org.label }]
      : chosen
          .map((m) => ({ value: m.issuer.id, label: m.issuer.name }))
          .filter((o, i, list) => list.findIndex((x) => x.value === o.value) === i);
  const signer = issuers.some((i) => i.value === issuerId) ? issuerId : (issuers[0]?.value ?? '');
  const toggle = (id: string) =>
    setItems((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const move = (id: string, by: -1 | 1) =>
    setItems((list) => {
      const i = list.indexOf(id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return list;
      const next = [...list];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      orgId,
      issuerId: signer,
      slug: slug || slugOf(title),
      title,
      description,
      rule,
      requiredCount: rule === 'all' ? Math.max(items.length, 1) : requiredCount,
      ordered,
      items,
      roleTitle: roleTitle.trim() || null,
      payStep: payStep.trim() || null,
    });
  };
  const visible =
    org?.kind === 'issuer' ? all.filter((m) => m.issuer.id === org.value || items.includes(m.id)) : all;
  return (
    <form
      onSubmit={submit}
      className="card space-y-4 p-4 sm:p-5"
      aria-label={editing ? 'Edit pathway' : 'New pathway'}
    >
      {!editing && orgs.length > 1 ? (
        <SelectField
          label="Defined by"
          value={orgId}
          onChange={(e) => setOrgId(e.target.value)}
          options={orgs}
          required
        />
      ) : null}
      <TextField
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
        maxLength={200}
      />
      <TextField
        label="Web address"
        hint="Lower-case letters, digits and hyphens; made from the title when left empty."
        value={slug}
        placeholder={slugOf(title)}
        onChange={(e) => setSlug(e.target.value)}
        maxLength={60}
      />
      <TextAreaField
        label="Description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        rows={3}
        required
        maxLength={2000}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium text-slate-900">Micro-credentials in the stack</legend>
        <p className="text-sm text-slate-600">
          Tick each one; the order you tick them in is the pathway's order.
        </p>
        {chosen.length ? (
          <ol
            className="space-y-1 rounded-md border border-slate-200 bg-slate-50 p-2"
            aria-label="Chosen, in order"
          >
            {chosen.map((m, n) => (
              <li key={m.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="min-w-0 flex-1 break-words">
                  {n + 1}. {m.title} <span className="text-slate-600">({m.issuer.name})</span>
                </span>
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  onClick={() => move(m.id, -1)}
                  disabled={n === 0}
                >
                  Up<span className="sr-only"> {m.title}</span>
                </Button>
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  onClick={() => move(m.id, 1)}
                  disabled={n === chosen.length - 1}
                >
                  Down<span className="sr-only"> {m.title}</span>
                </Button>
              </li>
            ))}
          </ol>
        ) : null}
        <div className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
          {visible.map((m) => (
            <Checkbox
              key={m.id}
              label={m.title}
              description={m.issuer.name}
              checked={items.includes(m.id)}
              onChange={() => toggle(m.id)}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Rule"
          value={rule}
          onChange={(e) => setRule(e.target.value as 'all' | 'n_of')}
          options={[
            { value: 'all', label: 'All of them' },
            { value: 'n_of', label: 'Any N of them' },
          ]}
        />
        {rule === 'n_of' ? (
          <TextField
            type="number"
            label="N (how many)"
            value={requiredCount}
            min={1}
            max={Math.max(items.length, 1)}
            onChange={(e) => setRequiredCount(Number(e.target.value))}
          />
        ) : null}
      </div>
      <Checkbox
        label="In order"
        description="Each step counts once the steps before it are earned."
        checked={ordered}
        onChange={(e) => setOrdered(e.target.checked)}
      />
      <SelectField
        label="Signed by"
        hint="The issuer that signs the stacked credential: one whose micro-credentials are in the stack."
        value={signer}
        onChange={(e) => setIssuerId(e.target.value)}
        options={issuers}
        placeholder={issuers.length ? undefined : 'Choose micro-credentials first'}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Advanced role"
          hint="e.g. Teacher Leader"
          value={roleTitle}
          onChange={(e) => setRoleTitle(e.target.value)}
          maxLength={120}
        />
        <TextField
          label="Pay step"
          hint="e.g. Step 2 (+$1,500)"
          value={payStep}
          onChange={(e) => setPayStep(e.target.value)}
          maxLength={120}
        />
      </div>
      <div aria-live="polite">{error ? <Notice tone="error">{error}</Notice> : null}</div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy || !hasAnyRole(me)}>
          {editing ? 'Save draft' : 'Create draft'}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

const hasAnyRole = (me: MeView) =>
  hasRole(me, 'issuer_admin', 'district_admin', 'state_admin', 'platform_admin');
