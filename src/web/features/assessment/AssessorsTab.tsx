import { useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate, plural } from '../../lib/format.js';
import {
  useAnchors,
  usePool,
  useSetQualification,
  type PoolMember,
  type QualificationChange,
} from './assessment-api.js';
import { formatPercent, QUALIFICATION_STATES } from './assessment-format.js';
import { AssessorDialog } from './AssessorDialog.js';
import { isAway } from './away-period.js';

type Qualification = PoolMember['qualifications'][number];

/**
 * What restoring a removed qualification asks for: with anchors the assessor calibrates again;
 * without, they are simply qualified (the server refuses 'qualified' when anchors exist).
 */
const restoreTo = (hasAnchors: boolean): QualificationChange => (hasAnchors ? 'calibrating' : 'qualified');

function QualificationRow({
  member,
  q,
  hasAnchors,
  busy,
  onChange,
}: {
  member: PoolMember;
  q: Qualification;
  hasAnchors: boolean;
  busy: boolean;
  onChange: (status: QualificationChange) => void;
}) {
  const state = QUALIFICATION_STATES[q.status];
  const removed = q.status === 'removed';
  return (
    <li className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900">{q.title}</p>
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <StatusChip tone={state.tone} icon={state.icon}>
            {state.label}
          </StatusChip>
          <span>Agreement {formatPercent(q.agreementPercent)}</span>
        </div>
      </div>
      <Button
        variant={removed ? 'secondary' : 'danger'}
        size="sm"
        busy={busy}
        className="self-start sm:self-center"
        aria-label={`${removed ? 'Restore' : 'Remove'} ${member.name} for ${q.title}`}
        onClick={() => onChange(removed ? restoreTo(hasAnchors) : 'removed')}
      >
        {removed ? (hasAnchors ? 'Restore (calibrate again)' : 'Restore') : 'Remove'}
      </Button>
    </li>
  );
}

function MemberCard({
  member,
  anchored,
  issuerId,
  onEdit,
  onDone,
}: {
  member: PoolMember;
  anchored: ReadonlySet<string>;
  issuerId: string;
  onEdit: () => void;
  onDone: (message: string) => void;
}) {
  const setQualification = useSetQualification(issuerId);
  const [error, setError] = useState<string | null>(null);
  const now = new Date();
  const away = isAway(member, now);
  const change = (q: Qualification, status: QualificationChange) => {
    setError(null);
    setQualification.mutate(
      { userId: member.id, mcId: q.microCredentialId, status },
      {
        onSuccess: () =>
          onDone(
            status === 'removed'
              ? `${member.name} is no longer assigned ${q.title}.`
              : status === 'calibrating'
                ? `${member.name} must calibrate on ${q.title} before being assigned it.`
                : `${member.name} may score ${q.title} again.`,
          ),
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };
  return (
    <article className="card p-4" aria-labelledby={`member-${member.id}`}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 id={`member-${member.id}`} className="font-semibold break-words text-slate-900">
            {member.name}
          </h3>
          <p className="text-sm break-all text-slate-700">{member.email}</p>
          <div className="mt-2 flex flex-wrap gap-1.5">
            {member.senior ? (
              <StatusChip tone="brand" icon="shield">
                Senior
              </StatusChip>
            ) : null}
            {!member.active ? <StatusChip tone="neutral">Inactive</StatusChip> : null}
            {away ? (
              <StatusChip tone="warning" icon="clock">
                Away
              </StatusChip>
            ) : null}
            {member.overdueReviews > 0 ? (
              <StatusChip tone="danger" icon="alert">
                {member.overdueReviews} overdue
              </StatusChip>
            ) : null}
          </div>
        </div>
        <Button
          variant="secondary"
          size="sm"
          icon="pencil"
          onClick={onEdit}
          aria-label={`Edit capacity and availability of ${member.name}`}
          className="self-start"
        >
          Edit
        </Button>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-700">Open reviews</dt>
          <dd className="font-semibold text-slate-900 tabular-nums">
            {member.openReviews} of {member.capacity}
          </dd>
        </div>
        <div>
          <dt className="text-slate-700">Overdue</dt>
          <dd className="font-semibold text-slate-900 tabular-nums">{member.overdueReviews}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-slate-700">Away</dt>
          <dd className="font-semibold text-slate-900">
            {member.awayFrom && member.awayUntil
              ? `${formatDate(member.awayFrom)} – ${formatDate(new Date(new Date(member.awayUntil).getTime() - 1).toISOString())}`
              : 'Not planned'}
          </dd>
        </div>
      </dl>
      <h4 className="mt-4 text-sm font-semibold text-slate-900">Qualifications</h4>
      {member.qualifications.length ? (
        <ul className="divide-y divide-slate-200">
          {member.qualifications.map((q) => (
            <QualificationRow
              key={q.microCredentialId}
              member={member}
              q={q}
              hasAnchors={anchored.has(q.microCredentialId)}
              busy={setQualification.isPending && setQualification.variables?.mcId === q.microCredentialId}
              onChange={(status) => change(q, status)}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">No published micro-credentials yet.</p>
      )}
      {error ? (
        <Notice tone="error" className="mt-2">
          {error}
        </Notice>
      ) : null}
    </article>
  );
}

/** The assessor pool: load, availability, seniority and who may score which micro-credential. */
export function AssessorsTab({ issuerId }: { issuerId: string }) {
  const pool = usePool(issuerId);
  const anchors = useAnchors(issuerId);
  const [editing, setEditing] = useState<PoolMember | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const anchored = new Set((anchors.data ?? []).map((a) => a.microCredential.id));
  return (
    <div className="space-y-4">
      <div aria-live="polite">{done ? <Notice tone="success">{done}</Notice> : null}</div>
      <QueryState query={pool} loading={<ListSkeleton rows={3} label="Loading the assessor pool…" />}>
        {(members) =>
          members.length === 0 ? (
            <EmptyState icon="user" title="No assessors yet">
              Invite people with the assessor role to this issuer from Administration.
            </EmptyState>
          ) : (
            <>
              <p className="text-slate-800">{plural(members.length, 'assessor')} in the pool</p>
              <details className="text-sm text-slate-700">
                <summary className="cursor-pointer font-medium text-slate-900">
                  What the statuses mean
                </summary>
                <dl className="mt-2 space-y-1">
                  {Object.values(QUALIFICATION_STATES).map((s) => (
                    <div key={s.label}>
                      <dt className="inline font-semibold">{s.label}: </dt>
                      <dd className="inline">{s.describe}</dd>
                    </div>
                  ))}
                </dl>
              </details>
              <ul className="space-y-4" aria-label="Assessor pool">
                {members.map((m) => (
                  <li key={m.id}>
                    <MemberCard
                      member={m}
                      anchored={anchored}
                      issuerId={issuerId}
                      onEdit={() => {
                        setDone(null);
                        setEditing(m);
                      }}
                      onDone={setDone}
                    />
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
      <AssessorDialog
        issuerId={issuerId}
        member={editing}
        onDone={setDone}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}
