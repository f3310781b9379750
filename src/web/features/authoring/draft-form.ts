import type {
  ArtifactKind,
  EarnRule,
  GradeBand,
  PartId,
  SubjectId,
  TopicId,
} from '../../../contracts/micro-credential.js';
import {
  ARTIFACT_KINDS,
  FRAMEWORKS,
  GRADE_BANDS,
  SUBJECTS,
  TOPICS,
} from '../../../contracts/micro-credential.js';
import { isRecord } from '../../api/api-error.js';
import type { CriterionLike } from '../../components/RubricTable.js';
import { uniqueSlug } from '../../lib/slug.js';

export type Framework = (typeof FRAMEWORKS)[number];
export type WordRangeForm = { min: number; max: number };
export type QuestionForm = { id: string; prompt: string; words: WordRangeForm };
export type ArtifactForm = {
  id: string;
  title: string;
  prompt: string;
  kinds: ArtifactKind[];
  count: { min: number; max: number };
  words?: WordRangeForm;
};

/**
 * Everything an author edits, always complete in shape (empty strings, nulls) so the form can
 * bind to it; `toDraftContent` turns it into the (possibly incomplete) draft the API stores.
 */
export type DraftForm = {
  title: string;
  summary: string;
  language: 'en' | 'es';
  topic: TopicId | '';
  subject: SubjectId | '';
  gradeBand: GradeBand | '';
  tags: string[];
  competency: string;
  keyMethod: string;
  methodComponents: { title: string; description: string }[];
  research: { rationale: string; citations: { text: string; url: string }[] };
  resources: { title: string; url: string; description: string }[];
  requirements: {
    part1: { intro: string; questions: QuestionForm[] };
    part2: { intro: string; artifacts: ArtifactForm[] };
    part3: { intro: string; questions: QuestionForm[] };
  };
  rubric: { criteria: CriterionLike[]; earnRule: EarnRule };
  alignments: { framework: Framework | ''; code: string; name: string; url: string }[];
  estimatedHours: number | null;
  creditHours: number | null;
  priceCents: number;
  maxAttempts: number;
  /** Months an earned credential stays valid; null means it never expires (left out of the draft). */
  validityMonths: number | null;
};

export type Updater = (fn: (form: DraftForm) => DraftForm) => void;

// --- reading an unknown draft defensively ---

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const numOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | '' =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : '';
const range = (v: unknown, min: number, max: number): WordRangeForm => {
  const r = rec(v);
  return { min: num(r.min, min), max: num(r.max, max) };
};

const readQuestions = (v: unknown): QuestionForm[] =>
  list(v).map((q) => ({ id: str(q.id), prompt: str(q.prompt), words: range(q.words, 100, 300) }));

export function fromDraftContent(draft: Record<string, unknown> | null): DraftForm {
  const d = draft ?? {};
  const research = rec(d.research);
  const req = rec(d.requirements);
  const p1 = rec(req.part1);
  const p2 = rec(req.part2);
  const p3 = rec(req.part3);
  const rubric = rec(d.rubric);
  const rule = rec(rubric.earnRule);
  return {
    title: str(d.title),
    summary: str(d.summary),
    language: d.language === 'es' ? 'es' : 'en',
    topic: oneOf(
      d.topic,
      TOPICS.map((t) => t.id),
    ),
    subject: oneOf(
      d.subject,
      SUBJECTS.map((s) => s.id),
    ),
    gradeBand: oneOf(d.gradeBand, GRADE_BANDS),
    tags: Array.isArray(d.tags) ? d.tags.filter((t): t is string => typeof t === 'string') : [],
    competency: str(d.competency),
    keyMethod: str(d.keyMethod),
    methodComponents: list(d.methodComponents).map((m) => ({
      title: str(m.title),
      description: str(m.description),
    })),
    research: {
      rationale: str(research.rationale),
      citations: list(research.citations).map((c) => ({ text: str(c.text), url: str(c.url) })),
    },
    resources: list(d.resources).map((r) => ({
      title: str(r.title),
      url: str(r.url),
      description: str(r.description),
    })),
    requirements: {
      part1: { intro: str(p1.intro), questions: readQuestions(p1.questions) },
      part2: {
        intro: str(p2.intro),
        artifacts: list(p2.artifacts).map((a) => ({
          id: str(a.id),
          title: str(a.title),
          prompt: str(a.prompt),
          kinds: Array.isArray(a.kinds)
            ? a.kinds.filter((k): k is ArtifactKind => ARTIFACT_KINDS.includes(k as ArtifactKind))
            : [],
          count: range(a.count, 1, 1),
          ...(isRecord(a.words) ? { words: range(a.words, 100, 500) } : {}),
        })),
      },
      part3: { intro: str(p3.intro), questions: readQuestions(p3.questions) },
    },
    rubric: {
      criteria: list(rubric.criteria).map((c) => ({
        id: str(c.id),
        title: str(c.title),
        part: (['part1', 'part2', 'part3'] as const).includes(c.part as PartId)
          ? (c.part as PartId)
          : 'part2',
        targets: Array.isArray(c.targets) ? c.targets.filter((t): t is string => typeof t === 'string') : [],
        levels: list(c.levels).map((l) => ({
          id: str(l.id),
          label: str(l.label),
          descriptor: str(l.descriptor),
          demonstrated: l.demonstrated === true,
        })),
      })),
      earnRule:
        rule.kind === 'min-criteria'
          ? {
              kind: 'min-criteria',
              min: num(rule.min, 1),
              required: Array.isArray(rule.required)
                ? rule.required.filter((r): r is string => typeof r === 'string')
                : [],
            }
          : { kind: 'all-criteria' },
    },
    alignments: list(d.alignments).map((a) => ({
      framework: oneOf(a.framework, FRAMEWORKS),
      code: str(a.code),
      name: str(a.name),
      url: str(a.url),
    })),
    estimatedHours: numOrNull(d.estimatedHours),
    creditHours: numOrNull(d.creditHours),
    priceCents: num(d.priceCents, 0),
    maxAttempts: num(d.maxAttempts, 3),
    validityMonths: numOrNull(d.validityMonths),
  };
}

// --- writing the draft the API stores ---

/** Leaves out blank strings and nulls (so the API reports "required" rather than a bad value). */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined || (typeof v === 'string' && !v.trim())) continue;
    out[k] = prune(v);
  }
  return out;
}

export const toDraftContent = (form: DraftForm): Record<string, unknown> =>
  prune(form) as Record<string, unknown>;

// --- keeping references consistent ---

export const allRequirementIds = (f: DraftForm) => [
  ...f.requirements.part1.questions.map((q) => q.id),
  ...f.requirements.part2.artifacts.map((a) => a.id),
  ...f.requirements.part3.questions.map((q) => q.id),
];

export const idsOfPart = (f: DraftForm, part: PartId): string[] =>
  part === 'part2'
    ? f.requirements.part2.artifacts.map((a) => a.id)
    : f.requirements[part].questions.map((q) => q.id);

/** Drops rubric targets and required criteria that no longer exist (after a removal). */
export function pruneReferences(f: DraftForm): DraftForm {
  const criteria = f.rubric.criteria.map((c) => {
    const ids = new Set(idsOfPart(f, c.part));
    const targets = c.targets.filter((t) => ids.has(t));
    return targets.length === c.targets.length ? c : { ...c, targets };
  });
  const criterionIds = new Set(criteria.map((c) => c.id));
  const rule = f.rubric.earnRule;
  const earnRule: EarnRule =
    rule.kind === 'min-criteria'
      ? { ...rule, required: rule.required.filter((r) => criterionIds.has(r)) }
      : rule;
  return { ...f, rubric: { criteria, earnRule } };
}

// --- new items, with ids unique across the micro-credential ---

export const newQuestion = (f: DraftForm, part: 'part1' | 'part3'): QuestionForm => ({
  id: uniqueSlug(
    `${part === 'part1' ? 'overview' : 'reflection'}-${f.requirements[part].questions.length + 1}`,
    allRequirementIds(f),
  ),
  prompt: '',
  words: { min: 100, max: 300 },
});

export const newArtifact = (f: DraftForm): ArtifactForm => ({
  id: uniqueSlug(`artifact-${f.requirements.part2.artifacts.length + 1}`, allRequirementIds(f)),
  title: '',
  prompt: '',
  kinds: ['file'],
  count: { min: 1, max: 1 },
});

export const newCriterion = (f: DraftForm): CriterionLike => ({
  id: uniqueSlug(
    `criterion-${f.rubric.criteria.length + 1}`,
    f.rubric.criteria.map((c) => c.id),
  ),
  title: '',
  part: 'part2',
  targets: [],
  levels: [
    { id: 'demonstrated', label: 'Demonstrated', descriptor: '', demonstrated: true },
    { id: 'not-yet', label: 'Not yet', descriptor: '', demonstrated: false },
  ],
});

export const newLevel = (c: CriterionLike): CriterionLike['levels'][number] => ({
  id: uniqueSlug(
    `level-${c.levels.length + 1}`,
    c.levels.map((l) => l.id),
  ),
  label: '',
  descriptor: '',
  demonstrated: false,
});
