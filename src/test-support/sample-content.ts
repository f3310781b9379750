import type { MicroCredentialContentInput } from '../contracts/micro-credential.js';

/** A small, complete micro-credential for tests; override what a test cares about. */
export function buildContent(
  overrides: Partial<MicroCredentialContentInput> = {},
): MicroCredentialContentInput {
  return {
    title: 'Checking for Understanding',
    summary: 'Use quick, frequent checks to see what every student understands and adjust teaching.',
    topic: 'formative-assessment',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['exit-tickets'],
    competency:
      'The educator checks the understanding of every student during a lesson and adjusts instruction.',
    keyMethod: 'Plan hinge questions and all-student response techniques at key points of a lesson.',
    methodComponents: [
      { title: 'Hinge questions', description: 'A diagnostic question at the pivot of a lesson.' },
    ],
    research: {
      rationale:
        'Frequent checks for understanding improve achievement when teachers act on what they learn.',
      citations: [
        { text: 'Black, P., & Wiliam, D. (1998). Inside the black box. Phi Delta Kappan, 80(2), 139–148.' },
      ],
    },
    resources: [],
    requirements: {
      part1: { questions: [{ id: 'context', prompt: 'Describe your class.', words: { min: 5, max: 300 } }] },
      part2: {
        artifacts: [
          {
            id: 'lesson-plan',
            title: 'Lesson plan',
            prompt: 'Upload or link a lesson plan with the checks marked.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 5, max: 1000 },
          },
        ],
      },
      part3: {
        questions: [
          { id: 'reflection', prompt: 'What did you change after the checks?', words: { min: 5, max: 400 } },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'context',
          title: 'Context',
          part: 'part1',
          targets: ['context'],
          levels: [
            { id: 'demonstrated', label: 'Demonstrated', descriptor: 'Clear context.', demonstrated: true },
            { id: 'not-yet', label: 'Not yet', descriptor: 'Context missing.', demonstrated: false },
          ],
        },
        {
          id: 'evidence',
          title: 'Evidence',
          part: 'part2',
          targets: ['lesson-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Checks are planned.',
              demonstrated: true,
            },
            { id: 'not-yet', label: 'Not yet', descriptor: 'Checks are not visible.', demonstrated: false },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection',
          part: 'part3',
          targets: ['reflection'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Adjustments explained.',
              demonstrated: true,
            },
            { id: 'not-yet', label: 'Not yet', descriptor: 'No adjustment described.', demonstrated: false },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [{ framework: 'InTASC', code: '6', name: 'Assessment' }],
    estimatedHours: 10,
    creditHours: 6,
    priceCents: 0,
    maxAttempts: 3,
    ...overrides,
  };
}
