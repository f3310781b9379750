import type { PathwayView } from '../../contracts/pathways.js';
import { pathwayImagePath } from '../catalog/catalog.presenter.js';
import type { PathwayItemRow, PathwayRow } from './pathways.repository.js';

/** The rule in words, e.g. "Earn any 2 of these 3 micro-credentials, in order". */
export function describeRule(p: {
  rule: 'all' | 'n_of';
  requiredCount: number;
  ordered: boolean;
  itemCount: number;
}) {
  const what =
    p.rule === 'all' || p.requiredCount >= p.itemCount
      ? `Earn all ${p.itemCount} of these micro-credentials`
      : `Earn any ${p.requiredCount} of these ${p.itemCount} micro-credentials`;
  return p.ordered ? `${what}, in this order` : what;
}

/** Items grouped by pathway, in order. */
export function itemsByPathway(items: PathwayItemRow[]) {
  const map = new Map<string, PathwayItemRow[]>();
  for (const i of items) {
    const list = map.get(i.pathway_id) ?? [];
    list.push(i);
    map.set(i.pathway_id, list);
  }
  return map;
}

export function toPathwayView(row: PathwayRow, items: PathwayItemRow[]): PathwayView {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    rule: row.rule,
    requiredCount: row.rule === 'all' ? items.length : row.required_count,
    ordered: row.ordered === 1,
    roleTitle: row.role_title,
    payStep: row.pay_step,
    status: row.status,
    org: { id: row.org_id, name: row.org_name },
    issuer: { id: row.issuer_id, name: row.issuer_name },
    imageUrl: pathwayImagePath(row.id),
    items: items.map((i) => ({
      microCredentialId: i.micro_credential_id,
      title: i.title ?? i.slug,
      issuerName: i.issuer_name,
      position: i.position,
    })),
  };
}
