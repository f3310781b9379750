import { useId, useState, type FormEvent } from 'react';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { SearchInput } from '../../components/SearchInput.js';
import { useUsers } from '../admin/admin-api.js';
import { usePublishedMicroCredentials } from '../seats/seats-api.js';
import { localToday } from './format-day.js';
import { useCreateRecommendations } from './recommendations-api.js';

/** The organization and everything under it, for choosing schools. */
function subtree(orgs: readonly OrganizationView[], rootId: string): OrganizationView[] {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of orgs)
      if (o.parentId && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id);
        grew = true;
      }
  }
  return orgs.filter((o) => ids.has(o.id) && (o.kind === 'school' || o.kind === 'district'));
}

function PeoplePicker({
  chosen,
  onToggle,
}: {
  chosen: Map<string, string>;
  onToggle: (id: string, name: string) => void;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const users = useUsers(q, 0);
  const educators = (users.data?.items ?? []).filter((u) => u.roles.some((r) => r.role === 'educator'));
  return (
    <div className="space-y-2">
      <SearchInput
        id={id}
        label="Search people by name or email"
        placeholder="Search people…"
        value={q}
        onChange={setQ}
      />
      <div className="max-h-56 space-y-2 overflow-y-auto rounded-md border border-slate-200 p-3">
        {educators.length ? (
          educators.map((u) => (
            <Checkbox
              key={u.id}
              label={u.name}
              description={`${u.email} · ${u.roles
                .filter((r) => r.role === 'educator')
                .map((r) => r.orgName)
                .join(', ')}`}
              checked={chosen.has(u.id)}
              onChange={() => onToggle(u.id, u.name)}
            />
          ))
        ) : (
          <p className="text-sm text-slate-700">
            {users.isPending ? 'Loading people…' : 'No educators match.'}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * Assigns or recommends one micro-credential to schools and people at once. A grade team is the
 * people in it, chosen here.
 */
export function AssignForm({
  org,
  orgs,
  onDone,
}: {
  org: OrganizationView;
  orgs: readonly OrganizationView[];
  onDone: (message: string) => void;
}) {
  const catalog = usePublishedMicroCredentials();
  const create = useCreateRecommendations();
  const [kind, setKind] = useState<'assigned' | 'recommended'>('assigned');
  const [mcId, setMcId] = useState('');
  const [schools, setSchools] = useState<string[]>([]);
  const [people, setPeople] = useState(new Map<string, string>());
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(create.error);
  const targets = [
    ...schools.map((id) => ({ type: 'org' as const, id })),
    ...[...people.keys()].map((id) => ({ type: 'user' as const, id })),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { orgId: org.id, microCredentialId: mcId, kind, targets, dueOn: dueOn || null, note: note || null },
      {
        onSuccess: (r) =>
          onDone(
            `${kind === 'assigned' ? 'Assigned' : 'Recommended'} to ${r.items.length} ${r.items.length === 1 ? 'target' : 'targets'}${r.unchanged ? `; ${r.unchanged} already had it` : ''}. Each person was notified.`,
          ),
      },
    );
  };
  return (
    <form onSubmit={submit} className="card space-y-5 p-4 sm:p-5" noValidate aria-labelledby="assign-title">
      <h3 id="assign-title" className="text-lg font-semibold text-slate-900">
        Assign or recommend for {org.name}
      </h3>
      <fieldset>
        <legend className="font-medium text-slate-900">What kind</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {(
            [
              ['assigned', 'Assign', 'Expected of them, usually with a due date.'],
              ['recommended', 'Recommend', 'A suggestion they are free to take up.'],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className="flex max-w-xs items-start gap-2">
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
                className="mt-1 h-5 w-5 accent-brand-800"
              />
              <span>
                <span className="font-medium text-slate-900">{label}</span>
                <span className="block text-sm text-slate-700">{hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label="Micro-credential"
        required
        value={mcId}
        onChange={(e) => setMcId(e.target.value)}
        options={(catalog.data?.items ?? []).map((m) => ({
          value: m.id,
          label: `${m.title} — ${m.issuer.name}`,
        }))}
        placeholder={catalog.isPending ? 'Loading…' : 'Choose…'}
        error={errors.microCredentialId}
      />
      <fieldset>
        <legend className="font-medium text-slate-900">Schools</legend>
        <p className="text-sm text-slate-700">Everyone with an educator role there.</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {subtree(orgs, org.id).map((o) => (
            <Checkbox
              key={o.id}
              label={o.name}
              description={`${o.kind === 'district' ? 'Whole district' : 'School'} · ${o.memberCount} members`}
              checked={schools.includes(o.id)}
              onChange={() =>
                setSchools((s) => (s.includes(o.id) ? s.filter((x) => x !== o.id) : [...s, o.id]))
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-medium text-slate-900">People</legend>
        <p className="text-sm text-slate-700">
          Pick people one by one (a grade team, a department).{' '}
          {people.size ? `Chosen: ${[...people.values()].join(', ')}.` : ''}
        </p>
        <div className="mt-2">
          <PeoplePicker
            chosen={people}
            onToggle={(id, name) =>
              setPeople((m) => {
                const next = new Map(m);
                if (next.has(id)) next.delete(id);
                else next.set(id, name);
                return next;
              })
            }
          />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Due date"
          hint="Optional. Overdue from the day after, in each educator's time zone."
          type="date"
          min={localToday()}
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={errors.dueOn}
        />
      </div>
      <TextAreaField
        label="Note to educators"
        hint="Optional: why this matters to your school or district."
        value={note}
        maxLength={1000}
        rows={3}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <div aria-live="assertive">
        {create.isError ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      </div>
      <Button type="submit" busy={create.isPending} disabled={!mcId || !targets.length}>
        {kind === 'assigned' ? 'Assign' : 'Recommend'}
      </Button>
    </form>
  );
}
