import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';
import { hoursText, type RenewalView } from './renewal-api.js';

type Item = RenewalView['items'][number];

const REASONS: Record<string, string> = {
  'outside cycle': 'Earned outside this cycle',
  revoked: 'Revoked',
  suspended: 'Suspended',
  expired: 'Expired',
  'not covered by policy': 'Not covered by the policy',
};

function Status({ item }: { item: Item }) {
  if (!item.counts) return <StatusChip>{REASONS[item.reason ?? ''] ?? 'Does not count'}</StatusChip>;
  if (item.countedHours === 0) return <StatusChip tone="warning">Over the cap</StatusChip>;
  return (
    <StatusChip tone="success">
      {item.cappedHours > 0 ? 'Counts in part' : 'Counts'}
      {item.countedBy === 'district' ? ' (district)' : ''}
    </StatusChip>
  );
}

/** Each credential: whether and how much it counts, and where anyone can verify it. */
export function RenewalItemsTable({ items }: { items: Item[] }) {
  if (!items.length)
    return <p className="text-slate-700">No credentials yet. Earned micro-credentials appear here.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Credentials and the hours they count toward renewal</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Credential
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Issued
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Hours counted
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((i) => (
            <tr key={i.credentialId}>
              <td className="px-3 py-2">
                <a href={i.verifyUrl} className="font-medium break-words">
                  {i.title}
                </a>
                <span className="block text-slate-700">{i.issuerName}</span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-800">{formatDate(i.issuedAt)}</td>
              <td className="px-3 py-2">
                <Status item={i} />
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap text-slate-900 tabular-nums">
                {hoursText(i.countedHours)}
                {i.cappedHours > 0 ? (
                  <span className="block text-xs text-slate-700">
                    {hoursText(i.cappedHours)} over the cap
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
