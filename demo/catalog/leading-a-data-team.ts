import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'leading-a-data-team',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Leading a Collaborative Data Team',
    summary:
      'Facilitate a team of colleagues through a full inquiry cycle (norms, a protocol-driven look at student work and data, a shared instructional focus, and a common check of its effect).',
    language: 'en',
    topic: 'teacher-leadership',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['data-teams', 'facilitation', 'professional-learning-community', 'teacher-leader'],
    competency:
      "The educator facilitates a team of teachers through a collaborative inquiry cycle that uses agreed norms and protocols to examine student evidence, reach a shared instructional focus, and assess the effect of the team's action on student learning.",
    keyMethod:
      'Facilitated collaborative inquiry. The teacher leader convenes a grade-level or course team, co-creates and revisits norms, and uses structured protocols so that the team describes evidence before interpreting it. The team examines a common assessment and samples of student work, agrees on a learner-centered problem, chooses one instructional strategy everyone will try, sets a common short assessment, and reconvenes to compare results and decide what to do next. The leader balances participation, keeps the focus on student learning and documents decisions.',
    methodComponents: [
      {
        title: 'Establish norms and purpose',
        description:
          'Co-create norms for how the team will work and agree on the purpose and timeline of the cycle.',
      },
      {
        title: 'Use protocols to look at evidence',
        description:
          'Use structured protocols that separate describing evidence from interpreting it, so every voice is heard.',
      },
      {
        title: 'Agree on a shared focus and action',
        description:
          'Guide the team to a learner-centered problem and one instructional strategy everyone will try.',
      },
      {
        title: 'Check results together',
        description:
          'Agree on a common assessment, reconvene to compare results, and decide whether to continue, adjust or move on.',
      },
      {
        title: 'Facilitate equitably',
        description:
          'Monitor participation, surface disagreements productively and keep discussion on student learning rather than on blame.',
      },
    ],
    research: {
      rationale:
        "York-Barr and Duke's (2004) review of two decades of research found that teacher leadership is most influential when it is focused on teaching and learning and exercised through collaborative work with colleagues. Vescio, Ross and Adams (2008) found that professional learning communities changed teaching practice and improved student learning when teams focused persistently on student learning and examined student work. Ronfeldt, Farmer, McQueen and Grissom (2015) found that teachers and schools with better-quality collaboration in instructional teams had higher achievement gains. Boudett, City and Murnane (2013) provide a tested process and protocols for teams that inquire into data together.",
      citations: [
        {
          text: 'York-Barr, J., & Duke, K. (2004). What do we know about teacher leadership? Findings from two decades of scholarship. Review of Educational Research, 74(3), 255–316.',
        },
        {
          text: 'Vescio, V., Ross, D., & Adams, A. (2008). A review of research on the impact of professional learning communities on teaching practice and student learning. Teaching and Teacher Education, 24(1), 80–91.',
        },
        {
          text: 'Ronfeldt, M., Farmer, S. O., McQueen, K., & Grissom, J. A. (2015). Teacher collaboration in instructional teams and student achievement. American Educational Research Journal, 52(3), 475–514.',
        },
        {
          text: 'Boudett, K. P., City, E. A., & Murnane, R. J. (Eds.). (2013). Data wise: A step-by-step guide to using assessment results to improve teaching and learning (Rev. and expanded ed.). Harvard Education Press.',
        },
      ],
    },
    resources: [
      {
        title: 'Data Wise Project',
        url: 'https://datawise.gse.harvard.edu/',
        description: 'The Data Wise improvement process and free protocols for teams.',
      },
      {
        title: 'National School Reform Faculty protocols',
        url: 'https://nsrfharmony.org/protocols/',
        description: 'Free protocols for looking at student work and data together.',
      },
      {
        title: 'Learning Forward: Standards for Professional Learning',
        url: 'https://learningforward.org/standards-for-professional-learning/',
        description: 'Standards for collaborative professional learning.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'team-context',
            prompt:
              'Describe the team you led (roles, subjects, experience, how often you meet) and how the team worked together before this cycle.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'leadership-role',
            prompt:
              'Describe your leadership role: how you came to facilitate this team and what authority or support you have.',
            words: { min: 75, max: 250 },
          },
        ],
      },
      part2: {
        intro: 'Remove student and colleague names; use roles (for example "Teacher 2") instead.',
        artifacts: [
          {
            id: 'norms-and-agendas',
            title: 'Norms and meeting agendas',
            prompt:
              'Submit the team norms and the agendas for at least three meetings in the cycle, naming the protocols used.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 4 },
            words: { min: 150, max: 900 },
          },
          {
            id: 'meeting-notes',
            title: 'Meeting notes',
            prompt:
              'Submit notes from the meeting where the team examined evidence and from the meeting where it reviewed results, showing decisions made.',
            kinds: ['file', 'text'],
            count: { min: 2, max: 3 },
            words: { min: 150, max: 800 },
          },
          {
            id: 'team-results',
            title: 'Team action plan and results',
            prompt:
              "Submit the team's agreed strategy and common assessment, and a summary of results across the team's classes.",
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 150, max: 700 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'facilitation-moves',
            prompt:
              "Describe two moments in the cycle when your facilitation shaped the team's work (for example redirecting from blame to evidence, or drawing in a quiet colleague). What did you do and what happened?",
            words: { min: 200, max: 450 },
          },
          {
            id: 'impact-and-growth',
            prompt:
              "What was the impact on teachers' practice and on student learning, and what will you do differently as a leader in the next cycle?",
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'structures',
          title: 'Norms and protocols',
          part: 'part2',
          targets: ['norms-and-agendas'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Norms are co-created and revisited; agendas use protocols that separate description from interpretation and keep the focus on student learning.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Meetings lack norms or protocols, or agendas are mainly administrative.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'evidence-based-decisions',
          title: 'Evidence-based team decisions',
          part: 'part2',
          targets: ['meeting-notes'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Notes show the team examining student work and data and reaching a shared focus and decisions grounded in that evidence.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Decisions are not connected to evidence, or the team does not reach a shared focus.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'collective-action',
          title: 'Collective action and results',
          part: 'part2',
          targets: ['team-results'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'All members tried the agreed strategy and the team compared results from a common assessment.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'There is no common strategy or assessment, or results were not reviewed together.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'leadership-reflection',
          title: 'Reflection on facilitation',
          part: 'part3',
          targets: ['facilitation-moves', 'impact-and-growth'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Analyzes specific facilitation moves and their effects, describes impact with evidence and names concrete growth goals as a leader.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Describes meetings without analyzing own facilitation or the impact of the cycle.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '10', name: 'Leadership and Collaboration' },
      { framework: 'PSEL', code: '7', name: 'Professional Community for Teachers and Staff' },
      { framework: 'Danielson', code: '4d', name: 'Participating in a Professional Community' },
    ],
    estimatedHours: 15,
    creditHours: 15,
    priceCents: 7500,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
