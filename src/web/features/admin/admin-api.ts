import { useQuery } from '@tanstack/react-query';
import type { OrganizationView } from '../../../contracts/orgs.js';
import type { UserViewT } from '../../api/types.js';
import { api, withQuery } from '../../api/client.js';

export const adminKeys = {
  orgs: ['admin', 'organizations'] as const,
  users: (q: string, offset: number) => ['admin', 'users', q, offset] as const,
};

export function useOrganizations() {
  return useQuery({
    queryKey: adminKeys.orgs,
    queryFn: ({ signal }) =>
      api.get<{ items: OrganizationView[] }>('/api/v1/admin/organizations', { signal }),
  });
}

export const USERS_PAGE = 50;

export function useUsers(q: string, offset: number) {
  return useQuery({
    queryKey: adminKeys.users(q, offset),
    queryFn: ({ signal }) =>
      api.get<{ items: UserViewT[] }>(withQuery('/api/v1/admin/users', { q, limit: USERS_PAGE, offset }), {
        signal,
      }),
    placeholderData: (prev) => prev,
  });
}

export type OrgNode = OrganizationView & { children: OrgNode[] };

/** The flat list as a tree; organizations whose parent is not visible become roots. */
export function buildOrgTree(orgs: readonly OrganizationView[]): OrgNode[] {
  const nodes = new Map(orgs.map((o) => [o.id, { ...o, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Options for an organization picker, indented by depth. */
export function orgOptions(orgs: readonly OrganizationView[]): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const walk = (list: OrgNode[], depth: number) =>
    list.forEach((n) => {
      out.push({ value: n.id, label: `${'\u00a0\u00a0'.repeat(depth)}${n.name} (${n.kind})` });
      walk(n.children, depth + 1);
    });
  walk(buildOrgTree(orgs), 0);
  return out;
}
