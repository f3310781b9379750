import type { OrganizationView } from '../../../contracts/orgs.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Icon } from '../../components/Icon.js';
import { StatusChip, type Tone } from '../../components/StatusChip.js';
import { plural } from '../../lib/format.js';
import { buildOrgTree, type OrgNode } from './admin-api.js';

const KIND_TONE: Record<OrganizationView['kind'], Tone> = {
  platform: 'neutral',
  state: 'brand',
  district: 'info',
  school: 'neutral',
  issuer: 'success',
};

function Branch({ nodes }: { nodes: OrgNode[] }) {
  return (
    <ul className="space-y-1 border-l border-slate-200 pl-4">
      {nodes.map((n) => (
        <li key={n.id}>
          <div className="flex flex-wrap items-center gap-2 py-1.5">
            <Icon name="building" className="h-4 w-4 text-slate-500" />
            <span className="font-medium text-slate-900">{n.name}</span>
            <StatusChip tone={KIND_TONE[n.kind]}>{n.kind}</StatusChip>
            <span className="text-sm text-slate-600">{plural(n.memberCount, 'member')}</span>
          </div>
          {n.children.length ? <Branch nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** State → district → school, and issuers, as nested lists. */
export function OrgTree({ orgs }: { orgs: readonly OrganizationView[] }) {
  if (!orgs.length) return <EmptyState icon="building" title="No organizations yet" />;
  return (
    <div className="card p-4 [&>ul]:border-l-0 [&>ul]:pl-0">
      <Branch nodes={buildOrgTree(orgs)} />
    </div>
  );
}
