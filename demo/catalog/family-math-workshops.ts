import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'family-math-workshops',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Family Math Workshops for the Early Grades',
    summary:
      'Plan and lead an interactive workshop where families of young children learn and practice math games and talk routines they can use at home, in their home languages.',
    language: 'en',
    topic: 'family-engagement',
    subject: 'math',
    gradeBand: 'PK-2',
    tags: ['family-workshops', 'early-math', 'home-learning', 'dual-capacity'],
    competency:
      "The educator designs and leads an interactive family workshop, linked to current classroom learning, that builds families' capacity to support early math at home, and gathers family feedback and follow-up evidence of home use.",
    keyMethod:
      'A learning-linked, interactive family workshop. Rather than a presentation, the workshop models two or three simple math activities tied to what children are learning now (for example counting collections, dot-card quick looks or a number game), lets families practice them with their children or each other, invites families to share the ways they already do math at home, and sends everyone home with free materials and instructions in their home languages. The teacher follows up with a short check-in about how activities are going at home.',
    methodComponents: [
      {
        title: 'Link to current learning',
        description: 'Choose activities that practice the math children are learning in class that month.',
      },
      {
        title: 'Design for interaction',
        description:
          'Spend most of the time with families doing the activities, not listening to the teacher.',
      },
      {
        title: 'Honor family knowledge',
        description:
          'Invite families to share games, songs, cooking or counting practices they already use at home.',
      },
      {
        title: 'Remove barriers',
        description:
          'Schedule with families, provide interpretation, translated materials, child care or food where possible, and offer a recorded version.',
      },
      {
        title: 'Follow up',
        description: 'Check in after one to two weeks about home use and adjust the next workshop.',
      },
    ],
    research: {
      rationale:
        "Henderson and Mapp's (2002) synthesis found that family involvement activities linked to learning have a greater effect on achievement than general involvement, and that programs engaging families in supporting learning at home are associated with higher achievement. Mapp and Kuttner's (2013) Dual Capacity-Building Framework identifies features of effective engagement opportunities: linked to learning, relational, developmental, collaborative and interactive, which this workshop design follows. Jeynes's (2012) meta-analysis of parental involvement programs for urban students found significant positive associations with achievement, including for programs focused on shared reading and partnership between parents and teachers.",
      citations: [
        {
          text: 'Henderson, A. T., & Mapp, K. L. (2002). A new wave of evidence: The impact of school, family, and community connections on student achievement. Southwest Educational Development Laboratory.',
        },
        {
          text: 'Mapp, K. L., & Kuttner, P. J. (2013). Partners in education: A dual capacity-building framework for family–school partnerships. SEDL and U.S. Department of Education.',
        },
        {
          text: 'Jeynes, W. H. (2012). A meta-analysis of the efficacy of different types of parental involvement programs for urban students. Urban Education, 47(4), 706–742.',
        },
      ],
    },
    resources: [
      {
        title: 'The Dual Capacity-Building Framework',
        url: 'https://www.dualcapacity.org/',
        description: 'The framework and planning tools for family engagement activities.',
      },
      {
        title: 'Family Math (DREME Network)',
        url: 'https://familymath.stanford.edu/',
        description: 'Free early math activities for families in several languages.',
      },
      {
        title: 'Global Family Research Project',
        url: 'https://globalfrp.org/',
        description: "Free briefs on family engagement in children's learning.",
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'families-and-goals',
            prompt:
              'Describe the families in your class (languages, schedules, prior engagement) and the math your students were learning at the time.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'barriers',
            prompt:
              'What barriers to attending or participating did you anticipate, and how did you plan to address them?',
            words: { min: 75, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'workshop-plan',
            title: 'Workshop plan and materials',
            prompt:
              'Submit the agenda, activity instructions and take-home materials, including translated versions.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 4 },
            words: { min: 150, max: 800 },
          },
          {
            id: 'workshop-evidence',
            title: 'Workshop evidence',
            prompt:
              'Submit photos (with consent) or a short video of families doing the activities, plus attendance numbers.',
            kinds: ['file', 'video', 'link'],
            count: { min: 1, max: 4 },
          },
          {
            id: 'family-feedback',
            title: 'Family feedback and follow-up',
            prompt:
              'Submit a summary of family feedback from the workshop and from the follow-up check-in about home use.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 100, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'what-families-learned',
            prompt:
              "What did families take away, what did you learn from them, and how did it show up in children's learning?",
            words: { min: 150, max: 400 },
          },
          {
            id: 'next-workshop',
            prompt: 'Who did not attend or participate, and what will you change to reach them next time?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'linked-and-interactive',
          title: 'Linked to learning and interactive',
          part: 'part2',
          targets: ['workshop-plan', 'workshop-evidence'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Activities connect to current classroom math, and most of the workshop is hands-on practice by families.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The workshop is mainly a presentation, or activities are not connected to classroom learning.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'accessibility',
          title: 'Accessible to all families',
          part: 'part1',
          targets: ['barriers'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Plans address language, scheduling and other barriers, with alternatives for families who cannot attend.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Barriers are not considered, or materials are available only in English when families need other languages.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'feedback-and-follow-up',
          title: 'Feedback and follow-up',
          part: 'part2',
          targets: ['family-feedback'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Family feedback and follow-up on home use are gathered and summarized.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'No feedback or follow-up is reported.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection on partnership',
          part: 'part3',
          targets: ['what-families-learned', 'next-workshop'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Reflects on two-way learning with families and plans specific changes to reach more families.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Reflection treats families only as recipients or does not consider who was missing.',
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
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
