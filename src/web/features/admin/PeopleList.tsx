import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { SearchInput } from '../../components/SearchInput.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { useDebouncedInput } from '../../lib/use-debounced-input.js';
import { USERS_PAGE, useUsers } from './admin-api.js';

const STATUS_TONE = { active: 'success', invited: 'info', deactivated: 'neutral' } as const;

/** People with roles in the organizations this admin sees, searchable. */
export function PeopleList() {
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [text, setText] = useDebouncedInput(q, (v) => {
    setQ(v.trim());
    setOffset(0);
  });
  const users = useUsers(q, offset);
  return (
    <div className="space-y-4">
      <SearchInput
        id="people-q"
        label="Search people by name or email"
        placeholder="Search by name or email"
        value={text}
        onChange={setText}
        className="max-w-md"
      />
      <QueryState query={users} loading={<ListSkeleton rows={3} label="Loading people…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="user" title={q ? 'Nobody matches that search' : 'No people yet'}>
              {q ? 'Try part of a name or an email address.' : 'Invite people to give them a role.'}
            </EmptyState>
          ) : (
            <>
              <div
                role="region"
                aria-label="People"
                tabIndex={0}
                className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
              >
                <table className="w-full min-w-[40rem] text-left text-sm">
                  <thead className="bg-slate-100">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-semibold">
                        Name
                      </th>
                      <th scope="col" className="px-3 py-2 font-semibold">
                        Email
                      </th>
                      <th scope="col" className="px-3 py-2 font-semibold">
                        Status
                      </th>
                      <th scope="col" className="px-3 py-2 font-semibold">
                        Roles
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((u) => (
                      <tr key={u.id} className="border-t border-slate-200 align-top">
                        <td className="px-3 py-2 font-medium text-slate-900">{u.name}</td>
                        <td className="px-3 py-2 break-all text-slate-800">{u.email}</td>
                        <td className="px-3 py-2">
                          <StatusChip tone={STATUS_TONE[u.status]}>{u.status}</StatusChip>
                        </td>
                        <td className="px-3 py-2 text-slate-800">
                          <ul>
                            {u.roles.map((r) => (
                              <li key={`${r.orgId}-${r.role}`}>
                                {ROLE_LABELS[r.role]} · <span className="text-slate-600">{r.orgName}</span>
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="flex justify-between gap-3">
                <Button
                  variant="secondary"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - USERS_PAGE))}
                >
                  Previous
                </Button>
                <Button
                  variant="secondary"
                  disabled={items.length < USERS_PAGE}
                  onClick={() => setOffset(offset + USERS_PAGE)}
                >
                  Next
                </Button>
              </div>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
