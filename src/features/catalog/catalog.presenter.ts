import { TOPICS, SUBJECTS, type MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { CatalogItem, MicroCredentialView } from '../../contracts/catalog.js';
import type { CatalogRow } from './catalog.repository.js';
import * as repo from './catalog.repository.js';

export const badgeImagePath = (versionId: string) => `/images/micro-credentials/${versionId}.svg`;
export const pathwayImagePath = (pathwayId: string) => `/images/pathways/${pathwayId}.svg`;
/** A credential's badge: its micro-credential version's, or for a stacked credential its pathway's. */
export const credentialImagePath = (row: { version_id: string | null; pathway_id: string | null }) =>
  row.version_id ? badgeImagePath(row.version_id) : pathwayImagePath(row.pathway_id ?? '');

export const presentCatalogItem = (r: CatalogRow): CatalogItem => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  topic: r.topic,
  subject: r.subject,
  gradeBand: r.grade_band,
  creditHours: Number(r.credit_hours),
  estimatedHours: Number(r.estimated_hours),
  priceCents: Number(r.price_cents),
  version: Number(r.version),
  imageUrl: badgeImagePath(r.version_id),
  issuer: { id: r.issuer_id, name: r.issuer_name, slug: r.issuer_slug },
});

type PublishedRow = NonNullable<Awaited<ReturnType<typeof repo.findPublicVersion>>>;
export const presentMicroCredential = (r: PublishedRow): MicroCredentialView => ({
  id: r.id,
  slug: r.slug,
  status: r.status,
  versionId: r.version_id,
  version: Number(r.version),
  current: r.status === 'published' && Number(r.is_current) === 1,
  publishedAt: r.published_at,
  imageUrl: badgeImagePath(r.version_id),
  issuer: {
    id: r.issuer_id,
    name: r.issuer_name,
    slug: r.issuer_slug,
    url: r.issuer_url,
    description: r.issuer_description,
  },
  content: JSON.parse(r.content) as MicroCredentialContent,
});

const labels = new Map<string, string>([...TOPICS, ...SUBJECTS].map((t) => [t.id, t.label]));
export const presentFacets = (f: Awaited<ReturnType<typeof repo.catalogFacets>>) => {
  const facet = (rows: { id: string; n: number }[]) =>
    rows
      .map((r) => ({ id: r.id, label: labels.get(r.id) ?? r.id, count: Number(r.n) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return {
    topics: facet(f.topics),
    subjects: facet(f.subjects),
    gradeBands: facet(f.gradeBands),
    issuers: f.issuers
      .map((r) => ({ id: r.id, label: r.name, count: Number(r.n) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
};
