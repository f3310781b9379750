import { z } from 'zod';

/**
 * The shape of a micro-credential as issuers author it (PRODUCT.md, "A micro-credential").
 * One schema serves the authoring API, the demo catalog, the web form and the stored versions.
 */

export const TOPICS = [
  { id: 'classroom-management', label: 'Classroom management' },
  { id: 'formative-assessment', label: 'Formative assessment' },
  { id: 'data-literacy', label: 'Data literacy' },
  { id: 'literacy-across-content', label: 'Literacy across content areas' },
  { id: 'multilingual-learners', label: 'Multilingual learners' },
  { id: 'social-emotional-learning', label: 'Social-emotional learning' },
  { id: 'technology-integration', label: 'Technology integration' },
  { id: 'family-engagement', label: 'Family engagement' },
  { id: 'teacher-leadership', label: 'Teacher leadership' },
  { id: 'inclusive-practice', label: 'Inclusive practice' },
] as const;
export type TopicId = (typeof TOPICS)[number]['id'];
export const TopicId = z.enum(TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]]);

export const SUBJECTS = [
  { id: 'all-subjects', label: 'All subjects' },
  { id: 'ela', label: 'English language arts' },
  { id: 'math', label: 'Mathematics' },
  { id: 'science', label: 'Science' },
  { id: 'social-studies', label: 'Social studies' },
  { id: 'world-languages', label: 'World languages' },
  { id: 'arts', label: 'Arts' },
  { id: 'special-education', label: 'Special education' },
] as const;
export type SubjectId = (typeof SUBJECTS)[number]['id'];
export const SubjectId = z.enum(SUBJECTS.map((s) => s.id) as [SubjectId, ...SubjectId[]]);

export const GRADE_BANDS = ['PK-2', '3-5', '6-8', '9-12', 'K-12'] as const;
export const GradeBand = z.enum(GRADE_BANDS);
export type GradeBand = z.infer<typeof GradeBand>;

export const ARTIFACT_KINDS = ['file', 'video', 'link', 'text'] as const;
export const ArtifactKind = z.enum(ARTIFACT_KINDS);
export type ArtifactKind = z.infer<typeof ArtifactKind>;

const Slug = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

const Text = (max: number) => z.string().trim().min(1, 'required').max(max);

export const WordRange = z
  .object({ min: z.number().int().min(0).max(5000), max: z.number().int().min(1).max(5000) })
  .refine((r) => r.min <= r.max, { message: 'the minimum word count is above the maximum' });
export type WordRange = z.infer<typeof WordRange>;

export const Question = z.object({
  id: Slug,
  prompt: Text(2000),
  words: WordRange,
});
export type Question = z.infer<typeof Question>;

export const ArtifactRequirement = z
  .object({
    id: Slug,
    title: Text(200),
    prompt: Text(2000),
    kinds: z.array(ArtifactKind).min(1).max(4),
    /** How many artifacts this requirement takes. */
    count: z.object({ min: z.number().int().min(0).max(20), max: z.number().int().min(1).max(20) }),
    /** Word range for text artifacts, when `text` is allowed. */
    words: WordRange.optional(),
  })
  .refine((a) => a.count.min <= a.count.max, { message: 'the minimum count is above the maximum' });
export type ArtifactRequirement = z.infer<typeof ArtifactRequirement>;

export const PartId = z.enum(['part1', 'part2', 'part3']);
export type PartId = z.infer<typeof PartId>;

export const RubricLevel = z.object({
  id: Slug,
  label: Text(80),
  descriptor: Text(2000),
  /** Whether a score at this level counts as the criterion demonstrated. */
  demonstrated: z.boolean(),
});
export type RubricLevel = z.infer<typeof RubricLevel>;

export const Criterion = z
  .object({
    id: Slug,
    title: Text(200),
    part: PartId,
    /** Ids of the questions or artifact requirements of that part this criterion judges. */
    targets: z.array(Slug).max(20).default([]),
    levels: z.array(RubricLevel).min(2).max(6),
  })
  .refine((c) => c.levels.some((l) => l.demonstrated) && c.levels.some((l) => !l.demonstrated), {
    message: 'a criterion needs at least one "demonstrated" level and one "not yet" level',
  });
export type Criterion = z.infer<typeof Criterion>;

export const EarnRule = z.discriminatedUnion('kind', [
  /** Every criterion must be scored at a demonstrated level. */
  z.object({ kind: z.literal('all-criteria') }),
  /** At least `min` criteria demonstrated, and every criterion listed in `required`. */
  z.object({
    kind: z.literal('min-criteria'),
    min: z.number().int().min(1),
    required: z.array(Slug).default([]),
  }),
]);
export type EarnRule = z.infer<typeof EarnRule>;

export const Citation = z.object({ text: Text(1000), url: z.url().optional() });
export const Resource = z.object({
  title: Text(200),
  url: z.url(),
  description: z.string().max(1000).optional(),
});
export const MethodComponent = z.object({ title: Text(200), description: Text(2000) });

export const FRAMEWORKS = ['InTASC', 'Danielson', 'ISTE', 'CASEL', 'NBPTS', 'PSEL', 'CCSS', 'NGSS'] as const;
export const Alignment = z.object({
  framework: z.enum(FRAMEWORKS),
  code: Text(60),
  name: Text(300),
  url: z.url().optional(),
});
export type Alignment = z.infer<typeof Alignment>;

/** Everything an issuer writes; stored as one JSON document per version. */
export const MicroCredentialContent = z
  .object({
    title: Text(120),
    summary: Text(400),
    language: z.enum(['en', 'es']).default('en'),
    topic: TopicId,
    subject: SubjectId,
    gradeBand: GradeBand,
    tags: z.array(Slug).max(12).default([]),
    competency: Text(1000),
    keyMethod: Text(2000),
    methodComponents: z.array(MethodComponent).min(1).max(12),
    research: z.object({ rationale: Text(4000), citations: z.array(Citation).min(1).max(20) }),
    resources: z.array(Resource).max(20).default([]),
    requirements: z.object({
      part1: z.object({
        intro: z.string().max(2000).optional(),
        questions: z.array(Question).min(1).max(10),
      }),
      part2: z.object({
        intro: z.string().max(2000).optional(),
        artifacts: z.array(ArtifactRequirement).min(1).max(10),
      }),
      part3: z.object({
        intro: z.string().max(2000).optional(),
        questions: z.array(Question).min(1).max(10),
      }),
    }),
    rubric: z.object({ criteria: z.array(Criterion).min(1).max(20), earnRule: EarnRule }),
    alignments: z.array(Alignment).max(20).default([]),
    estimatedHours: z.number().min(0.5).max(200),
    creditHours: z.number().min(0).max(200),
    /** Price in US cents; 0 is free. */
    priceCents: z.number().int().min(0).max(1_000_000).default(0),
    maxAttempts: z.number().int().min(1).max(10).default(3),
    /** How long an earned credential stays valid, in months; absent means it does not expire. */
    validityMonths: z.number().int().min(1).max(120).optional(),
  })
  .superRefine((c, ctx) => {
    const ids = {
      part1: new Set(c.requirements.part1.questions.map((q) => q.id)),
      part2: new Set(c.requirements.part2.artifacts.map((a) => a.id)),
      part3: new Set(c.requirements.part3.questions.map((q) => q.id)),
    };
    c.rubric.criteria.forEach((criterion, i) => {
      for (const t of criterion.targets) {
        if (!ids[criterion.part].has(t)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rubric', 'criteria', i, 'targets'],
            message: `"${t}" is not a question or artifact of ${criterion.part}`,
          });
        }
      }
    });
    const criterionIds = new Set(c.rubric.criteria.map((x) => x.id));
    if (criterionIds.size !== c.rubric.criteria.length) {
      ctx.addIssue({ code: 'custom', path: ['rubric', 'criteria'], message: 'criterion ids must be unique' });
    }
    const rule = c.rubric.earnRule;
    if (rule.kind === 'min-criteria') {
      if (rule.min > c.rubric.criteria.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rubric', 'earnRule', 'min'],
          message: 'the earn rule asks for more criteria than the rubric has',
        });
      }
      for (const r of rule.required) {
        if (!criterionIds.has(r)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rubric', 'earnRule', 'required'],
            message: `"${r}" is not a criterion of this rubric`,
          });
        }
      }
    }
    const allQuestionIds = [...ids.part1, ...ids.part2, ...ids.part3];
    if (new Set(allQuestionIds).size !== allQuestionIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['requirements'],
        message: 'question and artifact ids must be unique across the three parts',
      });
    }
  });
export type MicroCredentialContent = z.infer<typeof MicroCredentialContent>;
export type MicroCredentialContentInput = z.input<typeof MicroCredentialContent>;
