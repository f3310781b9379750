import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'explicit-instruction-for-students-with-disabilities',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Explicit Instruction for Students with Disabilities',
    summary:
      'Teach a critical skill to students with disabilities through clear goals, modeling, guided practice with fading support, frequent responses and immediate corrective feedback.',
    language: 'en',
    topic: 'inclusive-practice',
    subject: 'special-education',
    gradeBand: '3-5',
    tags: ['explicit-instruction', 'high-leverage-practices', 'modeling', 'guided-practice'],
    competency:
      'The educator delivers an explicit instruction sequence for a critical skill (clear goal, modeling, guided practice with gradually faded prompts, frequent student responses, corrective feedback and independent practice) and uses student responses to decide when to move on.',
    keyMethod:
      'Explicit, systematic instruction (a high-leverage practice in special education). The teacher breaks a critical skill into manageable steps, states the goal and its relevance, activates prerequisite knowledge, models each step with clear language and think-alouds ("I do"), leads guided practice with prompts that are faded as students succeed ("we do"), elicits frequent responses from every student, gives immediate affirmative and corrective feedback, and moves to independent practice ("you do") only when accuracy is high, followed by distributed review.',
    methodComponents: [
      {
        title: 'Segment the skill',
        description:
          'Break the skill into steps small enough to teach and check, and sequence them from simple to complex.',
      },
      {
        title: 'Model with clear language',
        description:
          'Demonstrate each step and think aloud, using consistent, concise wording students can repeat.',
      },
      {
        title: 'Guided practice with fading prompts',
        description: 'Practice together with prompts, then reduce prompts as students respond accurately.',
      },
      {
        title: 'Frequent responses and feedback',
        description:
          'Have every student respond often (choral, written, gestures or partner responses) and give immediate affirmative or corrective feedback.',
      },
      {
        title: 'Check mastery before independence',
        description:
          'Use a criterion (for example 80 to 90 percent accuracy in guided practice) before moving to independent practice, and schedule review.',
      },
    ],
    research: {
      rationale:
        'Explicit instruction is one of the high-leverage practices identified for special educators by McLeskey and colleagues (2017) because it is supported by strong research evidence and is fundamental to teaching students with disabilities. Archer and Hughes (2011) synthesize decades of research into the elements of explicit instruction (segmenting complex skills, modeling, guided practice with faded prompts, frequent responses, feedback and distributed practice) and show how to apply them across content areas. Rosenshine (2012) draws on research on cognitive processing, on master teachers and on cognitive supports to describe closely related principles, such as presenting new material in small steps, guiding practice and checking for understanding, that benefit all learners and are especially important for students who struggle.',
      citations: [
        {
          text: 'McLeskey, J., Barringer, M.-D., Billingsley, B., Brownell, M., Jackson, D., Kennedy, M., Lewis, T., Maheady, L., Rodriguez, J., Scheeler, M. C., Winn, J., & Ziegler, D. (2017). High-leverage practices in special education. Council for Exceptional Children & CEEDAR Center.',
        },
        {
          text: 'Archer, A. L., & Hughes, C. A. (2011). Explicit instruction: Effective and efficient teaching. Guilford Press.',
        },
        {
          text: 'Rosenshine, B. (2012). Principles of instruction: Research-based strategies that all teachers should know. American Educator, 36(1), 12–19, 39.',
        },
      ],
    },
    resources: [
      {
        title: 'High-Leverage Practices for Students with Disabilities',
        url: 'https://highleveragepractices.org/',
        description:
          'Free videos and guides for each high-leverage practice, including explicit instruction.',
      },
      {
        title: 'Explicit Instruction (Anita Archer)',
        url: 'https://explicitinstruction.org/',
        description: 'Free video examples of explicit lessons at different grade levels.',
      },
      {
        title: 'IRIS Center',
        url: 'https://iris.peabody.vanderbilt.edu/',
        description: 'Free modules on evidence-based practices for students with disabilities.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'students-and-setting',
            prompt:
              'Describe the setting (resource room, co-taught class, small group) and the students (as Student A, Student B and so on), including relevant IEP goals.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'skill-selection',
            prompt:
              'Which skill did you teach, why is it critical for these students, and how did you break it into steps?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'explicit-lesson-plan',
            title: 'Explicit lesson plan',
            prompt:
              'Submit the lesson plan showing the goal, prerequisite review, modeling script, guided practice with planned prompts and fading, response methods, mastery criterion and independent practice.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 200, max: 900 },
          },
          {
            id: 'lesson-video',
            title: 'Lesson video',
            prompt: 'Submit a video of up to fifteen minutes covering the modeling and guided practice.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 1 },
          },
          {
            id: 'response-data',
            title: 'Student response data',
            prompt:
              'Submit a record of student accuracy during guided and independent practice, and on a follow-up check a few days later.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 50, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'decision-points',
            prompt:
              'Describe the decisions you made during the lesson based on student responses, such as re-modeling, adding prompts or moving on.',
            words: { min: 150, max: 400 },
          },
          {
            id: 'outcomes-and-next',
            prompt: "What do the data show about each student's learning, and what will you teach next?",
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'lesson-design',
          title: 'Explicit lesson design',
          part: 'part2',
          targets: ['explicit-lesson-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The plan includes all elements of explicit instruction, with a segmented skill, concise modeling language, planned prompt fading and a mastery criterion.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Key elements such as modeling, guided practice or a mastery criterion are missing.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'delivery',
          title: 'Delivery with frequent responses',
          part: 'part2',
          targets: ['lesson-video'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The video shows clear modeling, brisk guided practice, frequent responses from every student and immediate, specific feedback.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Few student responses are elicited, or errors go uncorrected.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'data-use',
          title: 'Use of response data',
          part: 'part2',
          targets: ['response-data'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Accuracy is recorded for each student at each phase and on a follow-up check.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Data are missing, not per student, or lack a follow-up check.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'responsive-decisions',
          title: 'Responsive decisions',
          part: 'part3',
          targets: ['decision-points', 'outcomes-and-next'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Explains in-lesson decisions and next steps for each student with reference to the data.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Decisions are not explained or not connected to student responses.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '8', name: 'Instructional Strategies' },
      { framework: 'InTASC', code: '2', name: 'Learning Differences' },
    ],
    estimatedHours: 12,
    creditHours: 10,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
