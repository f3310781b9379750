import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'student-self-assessment-in-art',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Student Self-Assessment in the Art Studio',
    summary:
      'Help middle-school art students judge their own work-in-progress against criteria they helped build, set a goal and revise before the work is finished.',
    language: 'en',
    topic: 'formative-assessment',
    subject: 'arts',
    gradeBand: '6-8',
    tags: ['self-assessment', 'rubrics', 'studio-habits', 'revision'],
    competency:
      "The educator teaches students to assess their own work-in-progress against shared criteria, set a specific goal for improvement and revise their work, and uses students' self-assessments to guide instruction.",
    keyMethod:
      'Criteria-referenced self-assessment. Students study strong and weak examples, help articulate the criteria for quality, and receive them as a student-friendly rubric or checklist. Partway through a project they compare their work with the criteria (circling evidence in their work, not just a level), name one strength and one goal, and revise. The teacher reviews self-assessments to identify common needs and to confer with students whose judgments differ from the evidence.',
    methodComponents: [
      {
        title: 'Co-construct criteria from examples',
        description:
          'Show students a range of anonymous or artist examples and guide them to name what makes work strong; turn the list into criteria.',
      },
      {
        title: 'Teach how to self-assess',
        description:
          'Model assessing a sample piece against the criteria, pointing to specific evidence in the work.',
      },
      {
        title: 'Mid-project self-assessment and goal',
        description:
          'At a planned midpoint, students assess their work-in-progress, name a strength and a specific goal, and plan a revision.',
      },
      {
        title: 'Revise and compare',
        description:
          'Students revise and then reflect on how their work changed; the teacher uses self-assessments to plan mini-lessons and conferences.',
      },
    ],
    research: {
      rationale:
        "Andrade and Valtcheva (2009) review evidence that criteria-referenced self-assessment, in which students judge drafts against explicit criteria and then revise, is associated with better performance and more accurate self-judgment. Panadero and Jonsson (2013) concluded from their review that rubrics support learning mainly by making expectations transparent, which enables feedback and self-regulation, rather than by scoring alone. Black and Wiliam's (1998) review identified self-assessment as an essential component of formative assessment, because students can only close a gap they can see. In the arts, where quality is complex and judgment develops over time, making criteria visible and practicing self-assessment helps students take ownership of their growth as artists.",
      citations: [
        {
          text: 'Andrade, H., & Valtcheva, A. (2009). Promoting learning and achievement through self-assessment. Theory Into Practice, 48(1), 12–19.',
        },
        {
          text: 'Panadero, E., & Jonsson, A. (2013). The use of scoring rubrics for formative assessment purposes revisited: A review. Educational Research Review, 9, 129–144.',
        },
        {
          text: 'Black, P., & Wiliam, D. (1998). Inside the black box: Raising standards through classroom assessment. Phi Delta Kappan, 80(2), 139–148.',
        },
      ],
    },
    resources: [
      {
        title: 'National Core Arts Standards',
        url: 'https://www.nationalartsstandards.org/',
        description: 'Includes the artistic processes of creating, and refining work through reflection.',
      },
      {
        title: 'Edutopia: Formative assessment',
        url: 'https://www.edutopia.org/topic/formative-assessment',
        description: 'Examples of self-assessment routines and student reflection protocols.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'studio-context',
            prompt: 'Describe your class and the project during which students self-assessed.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'criteria-process',
            prompt: 'How did students help develop the criteria, and what did the final criteria include?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        intro: 'Choose three students whose work shows a range. Remove names and do not show faces.',
        artifacts: [
          {
            id: 'criteria-tool',
            title: 'Criteria or rubric',
            prompt: 'Submit the student-facing criteria, checklist or rubric, with any exemplars used.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 50, max: 500 },
          },
          {
            id: 'self-assessments',
            title: 'Student self-assessments',
            prompt: 'Submit the mid-project self-assessments and goals of three students.',
            kinds: ['file', 'link'],
            count: { min: 3, max: 3 },
          },
          {
            id: 'before-after-images',
            title: 'Work before and after revision',
            prompt: "Submit images of each of the three students' work at the midpoint and after revision.",
            kinds: ['file', 'link'],
            count: { min: 3, max: 6 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'accuracy-and-growth',
            prompt:
              "How accurate were the three students' self-assessments compared with your judgment, and how did their work change after revision?",
            words: { min: 150, max: 400 },
          },
          {
            id: 'instructional-use',
            prompt:
              'How did you use the self-assessments to adjust your teaching, and what will you refine next time?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'shared-criteria',
          title: 'Shared criteria',
          part: 'part2',
          targets: ['criteria-tool'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'Criteria were co-constructed from examples, are written in student language, and describe quality in terms students can see in their own work.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Criteria are specific to the project and understandable to students.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Criteria are generic, focused on compliance (for example neatness, on time), or not shared with students.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'self-assessment-quality',
          title: 'Evidence-based self-assessment',
          part: 'part2',
          targets: ['self-assessments'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'All three students point to specific evidence in their work and set precise, actionable goals.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Students judge their work against the criteria and set a goal for revision.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Students only assign themselves a level or grade without reference to evidence or a goal.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'revision',
          title: 'Revision based on self-assessment',
          part: 'part2',
          targets: ['before-after-images'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor: "All revisions address the students' goals and show clear growth on the criteria.",
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Revisions show students acting on their self-assessment goals.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Work shows little or no change connected to the goals.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection and instructional use',
          part: 'part3',
          targets: ['accuracy-and-growth', 'instructional-use'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'Analyzes calibration between student and teacher judgments and describes specific instructional responses and refinements.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Discusses accuracy and growth and describes how self-assessments informed teaching.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection does not address accuracy, growth or instructional use.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '6', name: 'Assessment' },
      { framework: 'Danielson', code: '3d', name: 'Using Assessment in Instruction' },
    ],
    estimatedHours: 8,
    creditHours: 6,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
