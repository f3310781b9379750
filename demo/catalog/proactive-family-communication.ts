import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'proactive-family-communication',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Proactive, Two-Way Communication with Families',
    summary:
      'Reach every family early and regularly with positive, specific and actionable messages in their preferred language and channel, and invite them to share what they know about their child.',
    language: 'en',
    topic: 'family-engagement',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['family-communication', 'positive-contact', 'two-way-communication', 'equity'],
    competency:
      "The educator establishes regular, two-way communication with every family in a class that is positive, specific about learning, actionable at home, accessible in families' preferred languages, and responsive to what families share.",
    keyMethod:
      "Proactive two-way communication. Early in the term the teacher learns each family's preferred language, channel and best times, and makes a positive first contact with every family before any problem arises. From then on the teacher sends brief, regular messages that name something specific the student did or learned and one thing the family can do at home, asks families questions about their child's strengths and interests, keeps a contact log to make sure no family is missed, and follows up on what families say.",
    methodComponents: [
      {
        title: "Learn families' preferences",
        description:
          'Ask every family for their preferred language, channel (call, text, app, note) and times, and honor them.',
      },
      {
        title: 'Positive first contact for every family',
        description:
          'Within the first weeks, reach each family with a specific positive message and a question about their child.',
      },
      {
        title: 'Specific, actionable messages',
        description:
          'Keep messages short, name a concrete learning behavior or accomplishment, and suggest one simple way to support learning at home.',
      },
      {
        title: 'Make it two-way',
        description:
          "Invite replies, ask about the child's strengths and interests, and show families how you used what they shared.",
      },
      {
        title: 'Track reach and equity',
        description:
          'Keep a contact log to ensure every family hears from you regularly, not only families who are easy to reach.',
      },
    ],
    research: {
      rationale:
        "In a randomized field experiment, Kraft and Dougherty (2013) found that frequent teacher-to-family communication increased student homework completion, on-task behavior and participation. Kraft and Rogers (2015) found that brief weekly messages from teachers to parents cut the share of students who failed to earn course credit, with messages about what students could improve being especially effective. Bergman and Chan (2021) showed that low-cost, high-frequency text messages to parents about missed assignments, grades and absences improved student outcomes. Mapp and Kuttner's (2013) Dual Capacity-Building Framework argues that effective family engagement is relational, linked to learning, and collaborative, which is why this micro-credential emphasizes two-way communication and reaching every family.",
      citations: [
        {
          text: 'Kraft, M. A., & Dougherty, S. M. (2013). The effect of teacher–family communication on student engagement: Evidence from a randomized field experiment. Journal of Research on Educational Effectiveness, 6(3), 199–222.',
        },
        {
          text: 'Kraft, M. A., & Rogers, T. (2015). The underutilized potential of teacher-to-parent communication: Evidence from a field experiment. Economics of Education Review, 47, 49–63.',
        },
        {
          text: 'Bergman, P., & Chan, E. W. (2021). Leveraging parents through low-cost technology: The impact of high-frequency information on student achievement. Journal of Human Resources, 56(1), 125–158.',
        },
        {
          text: 'Mapp, K. L., & Kuttner, P. J. (2013). Partners in education: A dual capacity-building framework for family–school partnerships. SEDL and U.S. Department of Education.',
        },
      ],
    },
    resources: [
      {
        title: 'The Dual Capacity-Building Framework',
        url: 'https://www.dualcapacity.org/',
        description: 'The framework and free materials for family–school partnerships.',
      },
      {
        title: 'Global Family Research Project',
        url: 'https://globalfrp.org/',
        description: 'Free briefs and tools on family engagement in learning.',
      },
      {
        title: 'Colorín Colorado: Connecting with families',
        url: 'https://www.colorincolorado.org/',
        description: 'Guidance on communicating with multilingual families.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'family-context',
            prompt:
              'Describe the families in your class: languages spoken at home, preferred ways of communicating, and any barriers to communication you were aware of (no names).',
            words: { min: 100, max: 300 },
          },
          {
            id: 'prior-communication',
            prompt:
              'How did you communicate with families before this work, and which families did you hear from least?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'communication-plan',
            title: 'Communication plan',
            prompt:
              "Submit your plan: how you learned families' preferences, your schedule for first contacts and regular messages, channels and languages, and how you invite replies.",
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 600 },
          },
          {
            id: 'contact-log',
            title: 'Contact log',
            prompt:
              "Submit an anonymized log covering at least six weeks: each contact's date, family code, channel, language, purpose and whether the family replied.",
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 900 },
          },
          {
            id: 'sample-messages',
            title: 'Sample messages and replies',
            prompt:
              'Submit three sample messages you sent (with names removed) and any replies, including at least one in a language other than English if applicable.',
            kinds: ['file', 'text'],
            count: { min: 3, max: 5 },
            words: { min: 30, max: 300 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'reach-and-response',
            prompt:
              'What does your log show about reach and response? Which families did you reach more often than before, and who is still missing?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'learning-from-families',
            prompt:
              'What did you learn from families, and how did it change your teaching or your relationship with students?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'accessible-plan',
          title: 'Accessible, proactive plan',
          part: 'part2',
          targets: ['communication-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                "The plan reflects families' preferred languages and channels, schedules a positive first contact for every family, and builds in regular two-way contact.",
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The plan relies on one channel or language, or contact happens mainly when problems arise.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reach-every-family',
          title: 'Reaching every family',
          part: 'part2',
          targets: ['contact-log'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The log shows every family contacted, most more than once, with positive contacts outnumbering concerns.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Some families were never reached or contacts were mostly about problems.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'message-quality',
          title: 'Specific, actionable messages',
          part: 'part2',
          targets: ['sample-messages'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Messages are brief, name specific learning, suggest an action at home and invite a reply, in language families understand.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Messages are generic announcements or use jargon, or do not invite a response.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection-on-partnership',
          title: 'Reflection on partnership',
          part: 'part3',
          targets: ['reach-and-response', 'learning-from-families'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Analyzes reach with attention to equity and describes how family knowledge informed teaching.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection does not use the log or treats communication as one-way.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'Danielson', code: '4c', name: 'Communicating with Families' },
      { framework: 'InTASC', code: '10', name: 'Leadership and Collaboration' },
    ],
    estimatedHours: 8,
    creditHours: 6,
    priceCents: 0,
    maxAttempts: 3,
    // A short validity, so the demo shows an expired credential.
    validityMonths: 2,
  },
} satisfies DemoMicroCredential;
