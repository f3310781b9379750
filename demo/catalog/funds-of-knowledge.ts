import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'funds-of-knowledge',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: "Building on Families' Funds of Knowledge",
    summary:
      "Learn about the knowledge and skills in students' households through respectful conversations with families, and design a literacy unit that draws on that knowledge.",
    language: 'en',
    topic: 'family-engagement',
    subject: 'ela',
    gradeBand: '3-5',
    tags: ['funds-of-knowledge', 'culturally-sustaining', 'home-school-connection', 'family-expertise'],
    competency:
      "The educator learns about the knowledge and practices of students' households from families themselves and designs and teaches learning experiences in which that knowledge is a resource for academic learning.",
    keyMethod:
      "A funds-of-knowledge inquiry. The teacher approaches families as learners, not as experts coming to fix something: through home visits (where welcome), conversations at school or calls in the family's language, the teacher asks open questions about family histories, work, routines, traditions and skills. The teacher records the knowledge that emerges (for example cooking and measurement, construction, agriculture, caregiving, storytelling, languages) and designs a unit that uses it, such as a family-stories writing unit with family members as guest experts, and invites families to see and respond to the finished work.",
    methodComponents: [
      {
        title: 'Enter as a learner',
        description:
          'Invite families to share about their lives and knowledge with open questions and no agenda of correction.',
      },
      {
        title: 'Document household knowledge',
        description:
          'Record, with permission, the skills, practices and stories families share, and look for connections across families.',
      },
      {
        title: 'Design a connected unit',
        description:
          'Plan lessons in which household knowledge is a resource for reading, writing, speaking and listening.',
      },
      {
        title: 'Bring families in',
        description:
          'Invite family members as guest experts or audiences, in person or through recordings, in any language.',
      },
    ],
    research: {
      rationale:
        "Moll, Amanti, Neff and González (1992) documented the rich 'funds of knowledge' in working-class Mexican-American households (bodies of knowledge and skill developed through work and daily life) and showed that teachers who visited homes as learners could draw on that knowledge to design more engaging, rigorous instruction. González, Moll and Amanti (2005) extended this work across many classrooms and communities, describing how the approach changes teachers' views of students and families. Mapp and Kuttner (2013) identify relational, culturally responsive engagement that recognizes families' existing knowledge as a key condition for effective family-school partnerships.",
      citations: [
        {
          text: 'Moll, L. C., Amanti, C., Neff, D., & González, N. (1992). Funds of knowledge for teaching: Using a qualitative approach to connect homes and classrooms. Theory Into Practice, 31(2), 132–141.',
        },
        {
          text: 'González, N., Moll, L. C., & Amanti, C. (Eds.). (2005). Funds of knowledge: Theorizing practices in households, communities, and classrooms. Lawrence Erlbaum Associates.',
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
        description: 'Guidance on relational, culturally responsive family engagement.',
      },
      {
        title: 'Colorín Colorado: Family engagement',
        url: 'https://www.colorincolorado.org/',
        description: 'Guidance on partnering with multilingual families.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'community-context',
            prompt:
              'Describe your students and the community they come from, and what you knew about their households before this work.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'approach-to-families',
            prompt:
              'How did you invite families to share their knowledge, and how did you make that invitation respectful and accessible?',
            words: { min: 100, max: 300 },
          },
        ],
      },
      part2: {
        intro: "Obtain families' permission for anything you share; use codes instead of names.",
        artifacts: [
          {
            id: 'conversation-notes',
            title: 'Family conversation notes',
            prompt:
              'Submit anonymized notes from conversations with at least three families, highlighting knowledge and practices you learned about.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 3 },
            words: { min: 150, max: 900 },
          },
          {
            id: 'unit-plan',
            title: 'Connected unit plan',
            prompt:
              'Submit the unit plan, marking where household knowledge is used and how families take part.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 200, max: 900 },
          },
          {
            id: 'student-work',
            title: 'Student work',
            prompt: "Submit work from three students that draws on their families' knowledge, names removed.",
            kinds: ['file', 'link'],
            count: { min: 3, max: 4 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'changed-perceptions',
            prompt: 'How did learning about households change how you see your students and their families?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'learning-impact',
            prompt:
              "How did drawing on funds of knowledge affect students' engagement and learning? Use the student work as evidence.",
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'respectful-inquiry',
          title: 'Respectful inquiry with families',
          part: 'part2',
          targets: ['conversation-notes'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Notes show open, respectful questions and document specific knowledge and practices in several households.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Conversations focus on problems or school expectations, or notes contain stereotypes rather than specifics.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'knowledge-as-resource',
          title: 'Household knowledge as a resource for learning',
          part: 'part2',
          targets: ['unit-plan', 'student-work'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Household knowledge is central to rigorous literacy tasks, and student work shows it being used to meet grade-level goals.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Family knowledge appears only as a one-time celebration disconnected from academic goals.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection',
          part: 'part3',
          targets: ['changed-perceptions', 'learning-impact'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Reflects candidly on changed perceptions and uses evidence to describe effects on students.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection is general or lacks evidence.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '2', name: 'Learning Differences' },
      { framework: 'Danielson', code: '1b', name: 'Demonstrating Knowledge of Students' },
      { framework: 'Danielson', code: '4c', name: 'Communicating with Families' },
    ],
    estimatedHours: 14,
    creditHours: 12,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
