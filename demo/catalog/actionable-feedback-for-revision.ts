import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'actionable-feedback-for-revision',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Actionable Feedback for Revision in Writing',
    summary:
      'Give students written feedback on drafts that names where they are against clear success criteria and what to do next, then build in time for them to act on it.',
    language: 'en',
    topic: 'formative-assessment',
    subject: 'ela',
    gradeBand: '6-8',
    tags: ['feedback', 'writing', 'revision', 'success-criteria'],
    competency:
      'The educator gives students timely, criteria-referenced feedback on drafts that identifies a specific next step, and structures class time in which students use that feedback to revise their work.',
    keyMethod:
      'Feedback for revision. Feedback is written against success criteria students already know and answers three questions for the learner: where am I going, how am I doing, and what should I do next. It focuses on the task and on the writing process rather than on the student as a person, is limited to one or two priorities, is given while there is still time to improve the draft, and is followed by protected revision time in which students respond to it.',
    methodComponents: [
      {
        title: 'Share clear success criteria',
        description:
          'Before drafting, make the criteria for quality visible to students through co-constructed checklists, annotated models or a student-friendly rubric.',
      },
      {
        title: 'Prioritize one or two next steps',
        description:
          'Read the draft against the criteria and choose the one or two changes that would most improve it, rather than marking every error.',
      },
      {
        title: 'Write feedback as an actionable prompt',
        description:
          'Phrase feedback as a task the student can act on (a question, a reminder of a strategy, or a model to imitate) rather than as a grade or general praise.',
      },
      {
        title: 'Protect time to act on feedback',
        description:
          'Schedule revision time in class soon after feedback is returned so students can use it, and ask them to note what they changed and why.',
      },
    ],
    research: {
      rationale:
        'Hattie and Timperley (2007) synthesized research showing that feedback is among the most powerful influences on learning, but only when it tells students where they are going, how they are progressing and where to go next, and when it addresses the task, the process or self-regulation rather than the self. Kluger and DeNisi (1996) found in a large meta-analysis that about a third of feedback interventions actually lowered performance, most often when feedback drew attention to the person rather than the task. Shute (2008) concluded from her review that effective formative feedback is specific, clear, manageable in size and delivered in a way that supports the learner in closing the gap. Together these findings argue for a small number of specific, criteria-referenced next steps and for time in which students act on them.',
      citations: [
        {
          text: 'Hattie, J., & Timperley, H. (2007). The power of feedback. Review of Educational Research, 77(1), 81–112.',
          url: 'https://doi.org/10.3102/003465430298487',
        },
        {
          text: 'Kluger, A. N., & DeNisi, A. (1996). The effects of feedback interventions on performance: A historical review, a meta-analysis, and a preliminary feedback intervention theory. Psychological Bulletin, 119(2), 254–284.',
          url: 'https://doi.org/10.1037/0033-2909.119.2.254',
        },
        {
          text: 'Shute, V. J. (2008). Focus on formative feedback. Review of Educational Research, 78(1), 153–189.',
          url: 'https://doi.org/10.3102/0034654307313795',
        },
      ],
    },
    resources: [
      {
        title: 'What Works Clearinghouse practice guides',
        url: 'https://ies.ed.gov/ncee/wwc/',
        description: 'Includes the free practice guide on teaching secondary students to write effectively.',
      },
      {
        title: 'Edutopia: Formative assessment',
        url: 'https://www.edutopia.org/topic/formative-assessment',
        description: 'Classroom examples of feedback routines and revision workshops.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'writing-task',
            prompt:
              'Describe the writing task students completed, the class (grade, number of students, learner needs) and the success criteria students used.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'feedback-habits',
            prompt:
              'How have you typically given feedback on student writing, and what have you noticed about how students use it?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        intro: 'Choose three students who were at different points against the criteria. Remove all names.',
        artifacts: [
          {
            id: 'success-criteria',
            title: 'Task and success criteria',
            prompt: 'Submit the assignment and the success criteria or rubric students used while drafting.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 100, max: 600 },
          },
          {
            id: 'drafts-with-feedback',
            title: 'Drafts with your feedback',
            prompt:
              'Submit the three first drafts with your written feedback visible (scans, photos or a shared document with comments).',
            kinds: ['file', 'link'],
            count: { min: 3, max: 3 },
          },
          {
            id: 'revised-drafts',
            title: 'Revised drafts',
            prompt:
              'Submit the three revised drafts, with the changes that responded to your feedback highlighted or described by the student.',
            kinds: ['file', 'link'],
            count: { min: 3, max: 3 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'feedback-choices',
            prompt:
              'For each of the three students, explain why you chose the next step you did and how it related to the success criteria.',
            words: { min: 200, max: 450 },
          },
          {
            id: 'use-of-feedback',
            prompt:
              'How did each student use the feedback? What does the revision show about what they learned, and what would you do differently?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'criteria-clarity',
          title: 'Clear success criteria',
          part: 'part2',
          targets: ['success-criteria'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'Criteria are specific, student-friendly and illustrated with models, and students helped to build or unpack them.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Criteria are specific to the task and written in language students can use to judge a draft.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Criteria are missing, generic (for example "good organization") or only visible to the teacher.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'feedback-quality',
          title: 'Feedback names a next step',
          part: 'part2',
          targets: ['drafts-with-feedback'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'Feedback on every draft is tied to the criteria, limited to one or two priorities, phrased as an action, and differentiated to where each student is.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Feedback on every draft is tied to the criteria and names at least one specific action the student can take.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Feedback is mainly grades, praise, or corrections of surface errors without a next step, or it addresses the student rather than the work.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'revision-evidence',
          title: 'Students act on feedback',
          part: 'part2',
          targets: ['revised-drafts'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'All three revisions show substantive improvement on the targeted criteria and students explain what they changed and why.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The revisions show students responding to the feedback with changes on the targeted criteria.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Revisions are absent, copied corrections only, or unrelated to the feedback given.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflective-analysis',
          title: 'Reflection on feedback and learning',
          part: 'part3',
          targets: ['feedback-choices', 'use-of-feedback'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'Explains each feedback decision with reference to the criteria and to the student, analyzes the revisions as evidence of learning, and draws specific lessons for future feedback.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Explains the feedback choices and uses the revisions to judge what students learned.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Describes the activity without analyzing why feedback was chosen or what the revisions show.',
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
      {
        framework: 'CCSS',
        code: 'CCSS.ELA-LITERACY.W.7.5',
        name: 'Develop and strengthen writing as needed by planning, revising, editing, rewriting, or trying a new approach',
      },
    ],
    estimatedHours: 12,
    creditHours: 10,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
