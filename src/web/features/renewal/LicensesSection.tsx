import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { formatDate } from '../../lib/format.js';
import { LicenseForm } from './LicenseForm.js';
import { useDeleteLicense, useLicenses, type LicenseView } from './renewal-api.js';

const day = (d: string) => formatDate(`${d}T12:00:00Z`);

/** The educator's licenses: add, correct, remove; choosing one shows its renewal progress. */
export function LicensesSection({
  selectedId,
  onSelect,
}: {
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
}) {
  const query = useLicenses();
  const remove = useDeleteLicense();
  const [editing, setEditing] = useState<LicenseView | 'new' | null>(null);
  const [removing, setRemoving] = useState<LicenseView | null>(null);
  return (
    <Section
      id="licenses"
      title="Your licenses"
      actions={
        editing === null ? (
          <Button size="sm" variant="secondary" icon="plus" onClick={() => setEditing('new')}>
            Add a license
          </Button>
        ) : null
      }
    >
      <QueryState query={query} loading={<ListSkeleton rows={1} label="Loading your licenses" />}>
        {(data) => (
          <div className="space-y-4">
            {remove.isError ? <Notice tone="error">{errorMessage(remove.error)}</Notice> : null}
            {data.items.length ? (
              <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
                {data.items.map((l, index) => {
                  const selected = selectedId ? selectedId === l.id : index === 0;
                  return (
                    <li key={l.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
                      <div className="min-w-0 flex-1">
                        <p className="font-semibold text-slate-900">
                          {l.licenseType} · {l.number}
                        </p>
                        <p className="text-sm text-slate-700">
                          {l.stateName} · issued {day(l.issuedOn)}
                          {l.expiresOn ? ` · expires ${day(l.expiresOn)}` : ''}
                        </p>
                      </div>
                      <div className="flex flex-wrap gap-2">
                        {data.items.length > 1 ? (
                          <Button
                            size="sm"
                            variant={selected ? 'primary' : 'secondary'}
                            aria-pressed={selected}
                            onClick={() => onSelect(index === 0 ? undefined : l.id)}
                          >
                            {selected ? 'Showing' : 'Show progress'}
                          </Button>
                        ) : null}
                        <Button size="sm" variant="secondary" icon="pencil" onClick={() => setEditing(l)}>
                          Edit<span className="sr-only"> license {l.number}</span>
                        </Button>
                        <Button size="sm" variant="danger" icon="trash" onClick={() => setRemoving(l)}>
                          Remove<span className="sr-only"> license {l.number}</span>
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            ) : editing === null ? (
              <p className="text-slate-700">
                Record your teaching license to see how your micro-credentials count toward renewing it.
              </p>
            ) : null}
            {editing !== null ? (
              <div className="card p-4 sm:p-5">
                <h3 className="mb-3 font-semibold text-slate-900">
                  {editing === 'new' ? 'Add a license' : `Edit license ${editing.number}`}
                </h3>
                <LicenseForm
                  states={data.states}
                  license={editing === 'new' ? undefined : editing}
                  onDone={() => setEditing(null)}
                />
              </div>
            ) : null}
          </div>
        )}
      </QueryState>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this license?"
        confirmLabel="Remove license"
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          if (selectedId === removing.id) onSelect(undefined);
          remove.mutate(removing.id, { onSettled: () => setRemoving(null) });
        }}
      >
        Your credentials stay as they are; only the license record is removed.
      </ConfirmDialog>
    </Section>
  );
}
