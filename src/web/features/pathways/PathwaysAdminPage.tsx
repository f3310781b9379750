import { useState } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import type { PathwayBody } from '../../../contracts/pathways.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { AdminNav } from '../../components/layout/AdminNav.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { formatDate } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { PathwayForm } from './PathwayForm.js';
import { PathwayRow, canPublish } from './PathwayRow.js';
import {
  useAdminPathways,
  useCreatePathway,
  usePathwayCompletions,
  useUpdatePathway,
  type PathwayView,
} from './pathways-api.js';

function Completions() {
  const completions = usePathwayCompletions();
  return (
    <QueryState query={completions} loading={<ListSkeleton rows={2} label="Loading completions…" />}>
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState icon="award" title="No completions yet">
            When an educator completes a pathway, they appear here with the role and pay step it leads to.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Who completed which pathway</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="p-3 font-medium">
                    Educator
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Pathway
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Role · pay step
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Completed
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {items.map((c) => (
                  <tr key={`${c.pathwayId}/${c.userId}`}>
                    <td className="p-3">
                      <span className="font-medium text-slate-900">{c.name}</span>
                      <br />
                      <span className="text-slate-600">{c.districtName ?? c.email}</span>
                    </td>
                    <td className="p-3">
                      {c.credentialUrl ? <a href={c.credentialUrl}>{c.pathwayTitle}</a> : c.pathwayTitle}
                    </td>
                    <td className="p-3">{[c.roleTitle, c.payStep].filter(Boolean).join(' · ') || '—'}</td>
                    <td className="p-3 whitespace-nowrap">{formatDate(c.completedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}

function PathwaysAdmin({ me }: { me: MeView }) {
  const pathways = useAdminPathways();
  const create = useCreatePathway();
  const update = useUpdatePathway();
  const [editing, setEditing] = useState<PathwayView | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const save = (body: PathwayBody) => {
    const done = (p: PathwayView) => {
      setSaved(
        canPublish(me, p)
          ? `“${p.title}” is saved as a draft. Publish it when it is ready.`
          : `“${p.title}” is saved as a draft. ${p.issuer.name} publishes it, since its key signs the stacked credentials.`,
      );
      setEditing(null);
      setFormKey((k) => k + 1);
    };
    if (editing) {
      const { orgId: _orgId, ...patch } = body;
      void _orgId;
      update.mutate({ id: editing.id, patch }, { onSuccess: done });
    } else create.mutate(body, { onSuccess: done });
  };
  const error = (editing ? update.error : create.error)?.message ?? null;
  return (
    <>
      <AdminNav me={me} />
      <PageHeader
        title="Pathways"
        description="Stacks of micro-credentials that earn a stacked credential, signed by an issuer, and may lead to an advanced role or a pay step in your district."
      />
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" className="mb-4">
            {saved}
          </Notice>
        ) : null}
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <Section title="Your pathways" id="list">
          <QueryState query={pathways} loading={<ListSkeleton rows={2} label="Loading pathways…" />}>
            {({ items }) =>
              items.length === 0 ? (
                <EmptyState icon="award" title="No pathways yet">
                  Define one with the form: choose the micro-credentials, the rule and what it leads to.
                </EmptyState>
              ) : (
                <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                  {items.map((p) => (
                    <PathwayRow
                      key={p.id}
                      me={me}
                      p={p}
                      onEdit={(x) => {
                        setEditing(x);
                        setFormKey((k) => k + 1);
                      }}
                    />
                  ))}
                </ul>
              )
            }
          </QueryState>
        </Section>
        <Section title={editing ? `Edit “${editing.title}”` : 'Define a pathway'} id="define">
          <PathwayForm
            key={formKey}
            me={me}
            editing={editing}
            busy={create.isPending || update.isPending}
            error={error}
            onSubmit={save}
            {...(editing
              ? {
                  onCancel: () => {
                    setEditing(null);
                    setFormKey((k) => k + 1);
                  },
                }
              : {})}
          />
        </Section>
      </div>
      <Section title="Completions" id="completions">
        <Completions />
      </Section>
    </>
  );
}

/** For issuer, district and state admins: define and publish pathways, and see who completed them. */
export function PathwaysAdminPage() {
  useDocumentTitle('Pathways · Administration');
  return (
    <RequireAuth roles={['issuer_admin', 'district_admin', 'state_admin', 'platform_admin']}>
      {(me) => <PathwaysAdmin me={me} />}
    </RequireAuth>
  );
}
