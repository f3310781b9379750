import { useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { formatDate, plural } from '../../lib/format.js';
import { useAnchors, useRetireAnchor, type AnchorView } from './assessment-api.js';
import { FeedbackTemplates } from './FeedbackTemplates.js';
import { NewAnchorDialog } from './NewAnchorDialog.js';

/** Anchors grouped under their micro-credential, in title order. */
function byMicroCredential(anchors: readonly AnchorView[]) {
  const groups = new Map<string, { title: string; anchors: AnchorView[] }>();
  for (const a of anchors) {
    const g = groups.get(a.microCredential.id) ?? { title: a.microCredential.title, anchors: [] };
    g.anchors.push(a);
    groups.set(a.microCredential.id, g);
  }
  return [...groups].sort(([, x], [, y]) => x.title.localeCompare(y.title));
}

/** Calibration anchors (create, retire) and per-criterion feedback templates. */
export function CalibrationTab({ issuerId }: { issuerId: string }) {
  const anchors = useAnchors(issuerId);
  const retire = useRetireAnchor(issuerId);
  const [creating, setCreating] = useState(false);
  const [retiring, setRetiring] = useState<AnchorView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <Section
        id="anchors"
        title="Calibration anchors"
        actions={
          <Button
            icon="plus"
            onClick={() => {
              setDone(null);
              setCreating(true);
            }}
          >
            New anchor
          </Button>
        }
      >
        <p className="mb-4 max-w-3xl text-slate-700">
          Anchors are decided submissions with reference scores. An assessor becomes qualified for a
          micro-credential by scoring its anchors with enough agreement; a micro-credential with no anchors
          may be scored by every pool member.
        </p>
        <div aria-live="polite">
          {done ? (
            <Notice tone="success" className="mb-4">
              {done}
            </Notice>
          ) : null}
        </div>
        <QueryState query={anchors} loading={<ListSkeleton rows={2} label="Loading anchors…" />}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState icon="award" title="No anchors yet">
                Create one from a decided attempt to start calibrating assessors.
              </EmptyState>
            ) : (
              <div className="space-y-5">
                {byMicroCredential(items).map(([mcId, group]) => (
                  <div key={mcId}>
                    <h3 className="mb-2 font-semibold text-slate-900">
                      {group.title}{' '}
                      <span className="font-normal text-slate-700">
                        ({plural(group.anchors.length, 'anchor')})
                      </span>
                    </h3>
                    <ul className="space-y-2">
                      {group.anchors.map((a) => (
                        <li
                          key={a.id}
                          className="card flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
                        >
                          <div className="min-w-0">
                            <p className="font-medium break-words text-slate-900">{a.title}</p>
                            <p className="text-sm text-slate-700">
                              Created {formatDate(a.createdAt)} ·{' '}
                              {plural(a.referenceScores.length, 'reference score')} · scored by{' '}
                              {plural(a.scoredBy, 'assessor')}
                            </p>
                          </div>
                          <Button
                            variant="danger"
                            size="sm"
                            className="self-start sm:self-center"
                            onClick={() => {
                              retire.reset();
                              setRetiring(a);
                            }}
                            aria-label={`Retire anchor ${a.title}`}
                          >
                            Retire
                          </Button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            )
          }
        </QueryState>
      </Section>
      <Section id="templates" title="Feedback templates">
        <p className="mb-4 max-w-3xl text-slate-700">
          Wording assessors can start from when they write feedback on a criterion; they adapt it to the
          submission.
        </p>
        <FeedbackTemplates issuerId={issuerId} />
      </Section>
      <NewAnchorDialog
        issuerId={issuerId}
        open={creating}
        onDone={setDone}
        onClose={() => setCreating(false)}
      />
      <ConfirmDialog
        open={retiring !== null}
        title="Retire this anchor?"
        confirmLabel="Retire anchor"
        danger
        busy={retire.isPending}
        onCancel={() => setRetiring(null)}
        onConfirm={() =>
          retiring &&
          retire.mutate(retiring.id, {
            onSuccess: () => {
              setDone(`“${retiring.title}” is retired.`);
              setRetiring(null);
            },
          })
        }
      >
        <p>
          “{retiring?.title}” will no longer be used for calibration of {retiring?.microCredential.title}.
          Scores already given stay in the audit log.
        </p>
        {retire.isError ? (
          <Notice tone="error" className="mt-3">
            {errorMessage(retire.error)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
