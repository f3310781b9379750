import type { ROLES } from '../../contracts/auth.js';
import { SUBJECTS, TOPICS, type ArtifactKind, type PartId } from '../../contracts/micro-credential.js';

const topicLabels = new Map<string, string>(TOPICS.map((t) => [t.id, t.label]));
const subjectLabels = new Map<string, string>(SUBJECTS.map((s) => [s.id, s.label]));

export const topicLabel = (id: string) => topicLabels.get(id) ?? id;
export const subjectLabel = (id: string) => subjectLabels.get(id) ?? id;
export const gradeBandLabel = (band: string) => (band ? `Grades ${band}` : '');

export const PART_LABELS: Record<PartId, string> = {
  part1: 'Part 1 · Overview',
  part2: 'Part 2 · Evidence',
  part3: 'Part 3 · Reflection',
};

export const PART_SHORT: Record<PartId, string> = { part1: 'Part 1', part2: 'Part 2', part3: 'Part 3' };

export const ARTIFACT_KIND_LABELS: Record<ArtifactKind, string> = {
  file: 'File',
  video: 'Video',
  link: 'Link',
  text: 'Written text',
};

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  educator: 'Educator',
  assessor: 'Assessor',
  issuer_admin: 'Issuer admin',
  district_admin: 'District admin',
  state_admin: 'State admin',
  platform_admin: 'Platform admin',
};
