import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'cultivating-belonging',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Cultivating Belonging in the Secondary Classroom',
    summary:
      "Use student voice data and a small set of research-based practices (relationship check-ins, normalizing struggle and wise feedback) to strengthen high-school students' sense that they belong and can succeed.",
    language: 'en',
    topic: 'social-emotional-learning',
    subject: 'all-subjects',
    gradeBand: '9-12',
    tags: ['belonging', 'student-voice', 'relationships', 'wise-feedback'],
    competency:
      "The educator measures students' sense of belonging, uses the results to apply targeted practices that signal every student is valued and capable, and measures again to evaluate the effect.",
    keyMethod:
      'A belonging improvement cycle. The teacher gives a short anonymous student survey about belonging and teacher caring, looks at the results (including which students feel least connected), and then uses three practices for several weeks: intentional relationship-building with students who are less connected (for example a few minutes of non-academic conversation on consecutive days), messages that normalize difficulty as a common, temporary part of learning, and "wise feedback" that pairs high standards with an explicit assurance that the teacher believes the student can meet them. The teacher then surveys again and compares.',
    methodComponents: [
      {
        title: 'Listen to students',
        description:
          'Give a brief anonymous survey on belonging, being known and feeling respected; disaggregate results where numbers allow without identifying students.',
      },
      {
        title: 'Intentional connection',
        description:
          'Plan short, regular personal conversations with students who seem least connected, and keep a simple private log.',
      },
      {
        title: 'Normalize struggle',
        description:
          'Tell students, with examples, that worry about fitting in and difficulty with hard work are common and improve with time and effort.',
      },
      {
        title: 'Give wise feedback',
        description:
          'When giving critical feedback, state that you hold high standards and that you believe the student can reach them, then give specific guidance.',
      },
      {
        title: 'Measure again',
        description: 'Repeat the survey after several weeks and compare results to judge the effect.',
      },
    ],
    research: {
      rationale:
        "Osterman's (2000) review found that students' sense of belonging in school is associated with engagement, motivation and achievement, and that teachers' everyday practices shape it. Walton and Cohen (2011) showed that a brief intervention that framed worries about belonging as common and temporary improved the grades and health of Black college students over three years. Yeager and colleagues (2014) found that when critical feedback on essays was accompanied by a note conveying high standards and confidence in the student's ability to meet them, students (especially Black students) were more likely to revise and improved their work. These studies suggest that belonging is malleable and that specific teacher messages matter.",
      citations: [
        {
          text: "Osterman, K. F. (2000). Students' need for belonging in the school community. Review of Educational Research, 70(3), 323–367.",
        },
        {
          text: 'Walton, G. M., & Cohen, G. L. (2011). A brief social-belonging intervention improves academic and health outcomes of minority students. Science, 331(6023), 1447–1451.',
          url: 'https://doi.org/10.1126/science.1198364',
        },
        {
          text: 'Yeager, D. S., Purdie-Vaughns, V., Garcia, J., Apfel, N., Brzustoski, P., Master, A., Hessert, W. T., Williams, M. E., & Cohen, G. L. (2014). Breaking the cycle of mistrust: Wise interventions to provide critical feedback across the racial divide. Journal of Experimental Psychology: General, 143(2), 804–824.',
        },
      ],
    },
    resources: [
      {
        title: 'PERTS',
        url: 'https://www.perts.net/',
        description: 'Free tools for gathering student feedback on learning conditions such as belonging.',
      },
      {
        title: 'Greater Good in Education',
        url: 'https://ggie.berkeley.edu/',
        description: 'Practices for building belonging and positive teacher-student relationships.',
      },
      {
        title: 'CASEL: Fundamentals of SEL',
        url: 'https://casel.org/fundamentals-of-sel/',
        description: 'The CASEL framework, including social awareness and relationship skills.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'class-climate',
            prompt:
              "Describe the class or classes you worked with (grade, subject, size) and what you noticed about students' sense of belonging before you began.",
            words: { min: 100, max: 300 },
          },
          {
            id: 'survey-design',
            prompt:
              'Describe the survey you used, how you kept it anonymous, and why you chose these questions.',
            words: { min: 75, max: 250 },
          },
        ],
      },
      part2: {
        intro: 'Never submit identifiable survey responses. Use codes for students in any log.',
        artifacts: [
          {
            id: 'survey-results',
            title: 'Survey results before and after',
            prompt:
              'Submit summarized results of the first and second survey, with a short note on the biggest changes.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 100, max: 600 },
          },
          {
            id: 'connection-log',
            title: 'Connection log',
            prompt:
              'Submit an anonymized log of intentional connection conversations (student code, date, topic) over at least three weeks.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 100, max: 600 },
          },
          {
            id: 'belonging-messages',
            title: 'Normalizing and wise-feedback messages',
            prompt:
              'Submit examples of how you normalized struggle with the class and at least two examples of wise feedback on student work, names removed.',
            kinds: ['file', 'link', 'text'],
            count: { min: 2, max: 4 },
            words: { min: 50, max: 400 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'interpreting-change',
            prompt:
              'What changed between the two surveys, and what else (observations, student comments) helps you interpret the change?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'equity-and-next',
            prompt:
              'Which students still feel less connected, what might explain it, and what will you do next to reach them?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'student-voice',
          title: 'Student voice data',
          part: 'part2',
          targets: ['survey-results'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'An anonymous survey was given twice, results are summarized accurately and differences among students are examined without identifying anyone.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Only one survey was given, results are not summarized, or privacy was not protected.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'targeted-practices',
          title: 'Targeted belonging practices',
          part: 'part2',
          targets: ['connection-log', 'belonging-messages'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Connection efforts prioritize less-connected students consistently, and messages normalize struggle and pair high standards with assurance.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Practices are sporadic, reach mainly students who are already connected, or feedback lacks the assurance of belief in the student.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'evaluation',
          title: 'Evaluation and next steps',
          part: 'part3',
          targets: ['interpreting-change', 'equity-and-next'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Interprets change cautiously using several sources and plans specific next steps for students who remain less connected.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Overstates or ignores the data, or does not address students who remain less connected.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'CASEL', code: 'Social awareness', name: 'Social awareness' },
      { framework: 'Danielson', code: '2a', name: 'Creating an Environment of Respect and Rapport' },
      { framework: 'InTASC', code: '3', name: 'Learning Environments' },
    ],
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
