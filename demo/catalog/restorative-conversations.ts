import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'restorative-conversations',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Restorative Conversations After Conflict',
    summary:
      'Respond to conflict and misbehavior with structured restorative conversations that help students understand the harm, take responsibility and repair relationships, and follow up to sustain the repair.',
    language: 'en',
    topic: 'classroom-management',
    subject: 'all-subjects',
    gradeBand: '6-8',
    tags: ['restorative-practices', 'relationships', 'discipline', 'empathic-mindset'],
    competency:
      'The educator responds to classroom conflict with an empathic mindset and a structured restorative conversation in which students describe what happened, consider who was affected, and agree on how to repair the harm, and follows up to see that the agreement holds.',
    keyMethod:
      'Restorative conversations grounded in an empathic mindset. Instead of relying on exclusion, the teacher treats misbehavior as a sign of a problem to understand and a relationship to repair. Day to day, the teacher uses affective statements ("I felt worried when...") to make the effects of behavior visible. After an incident, once everyone is calm, the teacher holds a short private conversation using consistent restorative questions: what happened, what were you thinking at the time, who has been affected and how, and what needs to happen to make things right. The conversation ends with a concrete agreement, and the teacher checks in within a few days.',
    methodComponents: [
      {
        title: 'Adopt an empathic mindset',
        description:
          "Approach students' behavior with curiosity about its causes and a commitment to the relationship.",
      },
      {
        title: 'Use affective statements',
        description:
          'Name your own feelings and the effect of behavior on others, in brief, non-blaming statements.',
      },
      {
        title: 'Ask restorative questions',
        description:
          'In private and when calm, use consistent questions about what happened, who was affected and what is needed to repair it.',
      },
      {
        title: 'Reach a repair agreement',
        description:
          'Help the student choose a specific, realistic action to repair harm, agreed with those affected where appropriate.',
      },
      {
        title: 'Follow up',
        description: 'Check in with everyone involved within a few days and acknowledge the repair.',
      },
    ],
    research: {
      rationale:
        'In a randomized field experiment, Okonofua, Paunesku and Walton (2016) found that a brief intervention encouraging middle-school teachers to adopt an empathic mindset about discipline halved student suspension rates over the school year. Gregory, Clawson, Davis and Gerewitz (2016) found that high-school teachers who implemented restorative practices more fully had better relationships with students and issued fewer disciplinary referrals, with smaller racial gaps in referrals. A randomized trial in a mid-sized urban district found that restorative practices improved teacher-reported classroom climate and reduced suspensions, particularly in the elementary grades, although academic outcomes did not improve and declined for middle-grade students (Augustine et al., 2018). These findings support restorative conversations as part of a relational approach to classroom management, implemented with attention to fidelity and follow-up.',
      citations: [
        {
          text: 'Okonofua, J. A., Paunesku, D., & Walton, G. M. (2016). Brief intervention to encourage empathic discipline cuts suspension rates in half among adolescents. Proceedings of the National Academy of Sciences, 113(19), 5221–5226.',
          url: 'https://doi.org/10.1073/pnas.1523698113',
        },
        {
          text: 'Gregory, A., Clawson, K., Davis, A., & Gerewitz, J. (2016). The promise of restorative practices to transform teacher-student relationships and achieve equity in school discipline. Journal of Educational and Psychological Consultation, 26(4), 325–353.',
        },
        {
          text: 'Augustine, C. H., Engberg, J., Grimm, G. E., Lee, E., Wang, E. L., Christianson, K., & Joseph, A. A. (2018). Can restorative practices improve school climate and curb suspensions? An evaluation of the impact of restorative practices in a mid-sized urban school district. RAND Corporation.',
        },
      ],
    },
    resources: [
      {
        title: 'Center on PBIS',
        url: 'https://www.pbis.org/',
        description: 'Guidance on integrating restorative approaches within a positive behavior framework.',
      },
      {
        title: 'Greater Good in Education',
        url: 'https://ggie.berkeley.edu/',
        description: 'Free practices for repairing harm and building relationships.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'discipline-context',
            prompt:
              'Describe your class and how conflict and misbehavior were typically handled before this work, in your classroom and in the school.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'mindset',
            prompt:
              'How do you think about the causes of student misbehavior, and how has that shaped your responses?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        intro:
          'Do not submit recordings of real restorative conversations. Use written accounts with all names removed.',
        artifacts: [
          {
            id: 'conversation-accounts',
            title: 'Restorative conversation accounts',
            prompt:
              'Submit written accounts of two restorative conversations: the incident, the questions you asked, how the students responded and the agreement reached.',
            kinds: ['text', 'file'],
            count: { min: 2, max: 3 },
            words: { min: 200, max: 600 },
          },
          {
            id: 'follow-up-log',
            title: 'Follow-up log',
            prompt:
              'Submit a log of follow-up check-ins for each conversation and whether the agreement held.',
            kinds: ['text', 'file'],
            count: { min: 1, max: 1 },
            words: { min: 100, max: 500 },
          },
          {
            id: 'affective-statements',
            title: 'Affective statements in daily practice',
            prompt:
              'Submit a short video or audio clip (up to five minutes) from regular teaching, or a week-long log of affective statements you used and student responses.',
            kinds: ['video', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 100, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'effects',
            prompt:
              'What effects did restorative conversations have on the students involved, on relationships and on the class?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'limits-and-next',
            prompt:
              'When did the approach not work as intended, and what support or changes would help next time?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'empathic-stance',
          title: 'Empathic stance',
          part: 'part1',
          targets: ['mindset'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Describes misbehavior in terms of causes and relationships and reflects critically on past responses.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Describes misbehavior mainly in terms of punishment or student character.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'restorative-dialogue',
          title: 'Restorative dialogue',
          part: 'part2',
          targets: ['conversation-accounts'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Conversations happen privately when students are calm, use restorative questions, center the harm to others and end in a specific, student-owned agreement.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Conversations are lectures or interrogations, or end with a consequence imposed without repair.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'follow-through',
          title: 'Follow-through',
          part: 'part2',
          targets: ['follow-up-log'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Each agreement is followed up within a few days and the outcome is recorded.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Follow-up is missing or inconsistent.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'daily-practice',
          title: 'Restorative language in daily practice',
          part: 'part2',
          targets: ['affective-statements'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Affective statements are used regularly and respectfully in ordinary classroom moments.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Restorative language appears only after serious incidents, or statements are sarcastic or shaming.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection on effects and limits',
          part: 'part3',
          targets: ['effects', 'limits-and-next'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Describes effects with evidence and analyzes honestly where the approach fell short.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection is uncritical or lacks evidence.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'min-criteria', min: 4, required: ['restorative-dialogue', 'follow-through'] },
    },
    alignments: [
      { framework: 'InTASC', code: '3', name: 'Learning Environments' },
      { framework: 'Danielson', code: '2d', name: 'Managing Student Behavior' },
      { framework: 'CASEL', code: 'Relationship skills', name: 'Relationship skills' },
    ],
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
