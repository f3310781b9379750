import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'lateral-reading-online-sources',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Teaching Lateral Reading to Evaluate Online Sources',
    summary:
      'Teach high-school students to do what professional fact-checkers do: leave an unfamiliar website to find out who is behind it and what others say before trusting its claims.',
    language: 'en',
    topic: 'technology-integration',
    subject: 'ela',
    gradeBand: '9-12',
    tags: ['digital-literacy', 'lateral-reading', 'media-literacy', 'civic-online-reasoning'],
    competency:
      "The educator teaches and assesses lateral reading, so that students evaluate unfamiliar online sources by investigating who is behind them and what trusted sources say, rather than judging by the site's appearance.",
    keyMethod:
      'Lateral reading instruction. Students first evaluate a realistic but misleading site on their own, which usually shows that they judge by surface features such as design, a ".org" address or an "About" page. The teacher then models how fact-checkers open new tabs to search for the organization or author, check what reliable sources say about it, and trace claims to their original source, using click restraint when reading search results. Students practice with short, authentic tasks and explain their reasoning, and the teacher assesses with a new pre/post task.',
    methodComponents: [
      {
        title: 'Start with a diagnostic task',
        description:
          'Give students a short, authentic evaluation task to reveal how they currently judge websites.',
      },
      {
        title: 'Model lateral reading',
        description:
          'Think aloud while leaving the site to investigate its sponsor, checking independent sources and reading search results before clicking.',
      },
      {
        title: 'Practice with authentic tasks',
        description:
          'Use brief tasks with real websites, posts and claims, and debrief the moves students used.',
      },
      {
        title: 'Assess reasoning, not just answers',
        description: "Score students' explanations of how they judged a source on a pre and post task.",
      },
    ],
    research: {
      rationale:
        "Wineburg and McGrew (2019) compared professional fact-checkers with historians and university students and found that fact-checkers evaluated sources more accurately and quickly because they read laterally, leaving a site to see what others said about it, while the others read vertically and were misled by surface features. McGrew and colleagues (2018) found in assessments of thousands of students that most struggled to evaluate online sources, often trusting slick sites and failing to investigate who was behind them. In a district-wide field study, Wineburg, Breakstone, McGrew, Smith and Ortega (2022) found that a short series of lessons on lateral reading in high-school government classes improved students' ability to evaluate digital sources.",
      citations: [
        {
          text: 'Wineburg, S., & McGrew, S. (2019). Lateral reading and the nature of expertise: Reading less and learning more when evaluating digital information. Teachers College Record, 121(11).',
        },
        {
          text: 'McGrew, S., Breakstone, J., Ortega, T., Smith, M., & Wineburg, S. (2018). Can students evaluate online sources? Learning from assessments of civic online reasoning. Theory & Research in Social Education, 46(2), 165–193.',
        },
        {
          text: 'Wineburg, S., Breakstone, J., McGrew, S., Smith, M. D., & Ortega, T. (2022). Lateral reading on the open Internet: A district-wide field study in high school government classes. Journal of Educational Psychology, 114(5), 893–909.',
        },
      ],
    },
    resources: [
      {
        title: 'Civic Online Reasoning',
        url: 'https://cor.inquirygroup.org/',
        description: 'Free lessons and assessments for teaching lateral reading and click restraint.',
      },
      {
        title: 'Common Sense Education: Digital citizenship',
        url: 'https://www.commonsense.org/education/digital-citizenship',
        description: 'Free lessons on news and media literacy.',
      },
      {
        title: 'News Literacy Project',
        url: 'https://newslit.org/',
        description: 'Free resources for teaching students to evaluate news and information.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'course-context',
            prompt:
              'Describe your course and students, and where evaluating online sources fits in your curriculum.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'diagnostic-findings',
            prompt: 'What did the diagnostic task reveal about how your students judged online sources?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'lesson-sequence',
            title: 'Lesson sequence',
            prompt:
              'Submit the plans for the diagnostic task, the modeling lesson and at least two practice tasks.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 3 },
            words: { min: 200, max: 900 },
          },
          {
            id: 'modeling-recording',
            title: 'Modeling recording',
            prompt:
              'Submit a screen recording or classroom video (up to eight minutes) of your lateral-reading think-aloud.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 1 },
          },
          {
            id: 'pre-post-responses',
            title: 'Pre and post responses',
            prompt:
              'Submit pre and post responses from four students, names removed, with your scoring, and a class summary of pre and post results.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 5 },
            words: { min: 100, max: 800 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'reasoning-change',
            prompt:
              "How did students' reasoning about sources change from the pre task to the post task? Quote student responses.",
            words: { min: 150, max: 400 },
          },
          {
            id: 'transfer',
            prompt:
              'How will you help students use lateral reading in research and everyday life beyond these lessons?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'authentic-tasks',
          title: 'Authentic tasks and modeling',
          part: 'part2',
          targets: ['lesson-sequence', 'modeling-recording'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Tasks use real online content, and the modeling shows leaving the site, investigating the source and click restraint, with reasoning made explicit.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Instruction relies on checklists of surface features (design, URL ending, About page) without lateral reading.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'assessment-of-reasoning',
          title: 'Assessment of reasoning',
          part: 'part2',
          targets: ['pre-post-responses'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                "Pre and post tasks are comparable and scored for students' reasoning, with a class summary.",
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Only final judgments are scored, or pre and post tasks are not comparable.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection-on-reasoning',
          title: "Reflection on students' reasoning",
          part: 'part3',
          targets: ['reasoning-change', 'transfer'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Uses quoted student responses to analyze change and plans for transfer.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection is not grounded in student responses.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'ISTE', code: '2.3', name: 'Citizen' },
      {
        framework: 'CCSS',
        code: 'CCSS.ELA-LITERACY.W.9-10.8',
        name: 'Gather relevant information from multiple authoritative print and digital sources and assess the usefulness of each source',
      },
    ],
    estimatedHours: 8,
    creditHours: 6,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
