import { useState } from 'react';
import type { EmailAudience } from '../../../contracts/notifications.js';
import { Checkbox } from '../../components/Field.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { SaveIndicator, type SaveState } from '../../components/SaveIndicator.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { errorMessage } from '../../api/client.js';
import {
  useEmailPreferences,
  useSaveEmailPreference,
  type EmailPreference,
} from './email-preferences-api.js';

const GROUPS: { audience: EmailAudience; title: string }[] = [
  { audience: 'educator', title: 'Your submissions and credentials' },
  { audience: 'assessor', title: 'Your reviews' },
  { audience: 'issuer_admin', title: 'Assessment at your issuer' },
];

/**
 * Settings → "Email notifications": a checkbox per kind of notification, saved as soon as it
 * changes, with the save state announced. Every notification still appears in the app.
 */
export function EmailPreferences() {
  const preferences = useEmailPreferences();
  const save = useSaveEmailPreference();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const change = (p: EmailPreference, email: boolean) => {
    save.mutate(
      { kind: p.kind, email },
      {
        onSuccess: () => setState({ kind: 'saved', at: new Date() }),
        onError: (error) => setState({ kind: 'error', message: errorMessage(error), retrying: false }),
      },
    );
  };

  return (
    <Section
      id="email"
      title="Email notifications"
      actions={<SaveIndicator state={save.isPending ? { kind: 'saving' } : state} />}
    >
      <p className="mb-4 max-w-3xl text-slate-700">
        Choose what we also tell you by email. Everything still appears under Notifications in the app.
      </p>
      <QueryState query={preferences} loading={<ListSkeleton rows={3} label="Loading your email choices…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="bell" title="No emails for your roles">
              microcred emails educators, assessors and issuer admins about their work.
            </EmptyState>
          ) : (
            <div className="space-y-4">
              {GROUPS.map(({ audience, title }) => {
                const group = items.filter((p) => p.audience === audience);
                if (!group.length) return null;
                return (
                  <fieldset key={audience} className="rounded-lg border border-slate-200 bg-white p-4">
                    <legend className="px-1 font-semibold text-slate-900">{title}</legend>
                    <div className="space-y-3">
                      {group.map((p) => (
                        <Checkbox
                          key={p.kind}
                          name={p.kind}
                          label={p.label}
                          description={p.description}
                          checked={p.email}
                          onChange={(e) => change(p, e.currentTarget.checked)}
                        />
                      ))}
                    </div>
                  </fieldset>
                );
              })}
            </div>
          )
        }
      </QueryState>
    </Section>
  );
}
