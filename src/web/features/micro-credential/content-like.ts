import type { ArtifactKind, EarnRule, PartId } from '../../../contracts/micro-credential.js';
import type { RubricLike } from '../../components/RubricTable.js';

export type QuestionLike = { id: string; prompt: string; words: { min: number; max: number } };
export type ArtifactRequirementLike = {
  id: string;
  title: string;
  prompt: string;
  kinds: readonly ArtifactKind[];
  count: { min: number; max: number };
  words?: { min: number; max: number };
};
export type PartLike<T> = { intro?: string; items: readonly T[] };

/**
 * What the micro-credential pages draw. A published `MicroCredentialContent` fits it as is, and so
 * does an author's incomplete draft (empty topic, hours not set yet), so the public page and the
 * authoring preview share the same components.
 */
export type ContentLike = {
  title: string;
  summary: string;
  topic: string;
  subject: string;
  gradeBand: string;
  tags: readonly string[];
  competency: string;
  keyMethod: string;
  methodComponents: readonly { title: string; description: string }[];
  research: { rationale: string; citations: readonly { text: string; url?: string }[] };
  resources: readonly { title: string; url: string; description?: string }[];
  requirements: {
    part1: { intro?: string; questions: readonly QuestionLike[] };
    part2: { intro?: string; artifacts: readonly ArtifactRequirementLike[] };
    part3: { intro?: string; questions: readonly QuestionLike[] };
  };
  rubric: RubricLike & { earnRule: EarnRule };
  alignments: readonly { framework: string; code: string; name: string; url?: string }[];
  estimatedHours: number | null;
  creditHours: number | null;
  priceCents: number;
  maxAttempts: number;
};

const short = (text: string, max = 50) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Names a rubric target (a question or artifact requirement id) the way a reader knows it. */
export function targetLabeler(content: Pick<ContentLike, 'requirements'>): (id: string) => string {
  const names = new Map<string, string>();
  const { part1, part2, part3 } = content.requirements;
  part1.questions.forEach((q, i) => names.set(q.id, `Question ${i + 1}`));
  part2.artifacts.forEach((a, i) => names.set(a.id, `Artifact ${i + 1}: ${short(a.title)}`));
  part3.questions.forEach((q, i) => names.set(q.id, `Question ${i + 1}`));
  return (id) => names.get(id) ?? id;
}

export const partOf = (content: Pick<ContentLike, 'requirements'>, id: string): PartId | null => {
  const { part1, part2, part3 } = content.requirements;
  if (part1.questions.some((q) => q.id === id)) return 'part1';
  if (part2.artifacts.some((a) => a.id === id)) return 'part2';
  if (part3.questions.some((q) => q.id === id)) return 'part3';
  return null;
};
