import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'writing-to-learn-in-math',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Writing to Learn in Mathematics',
    summary:
      'Use short, frequent writing tasks in elementary math (explaining a strategy, comparing solutions, justifying an answer) to deepen reasoning and reveal student thinking.',
    language: 'en',
    topic: 'literacy-across-content',
    subject: 'math',
    gradeBand: '3-5',
    tags: ['writing-to-learn', 'mathematical-reasoning', 'math-journals', 'explanation'],
    competency:
      'The educator regularly engages students in short writing tasks that require explaining and justifying mathematical reasoning, supports the writing with models and language scaffolds, and uses the writing to assess and respond to student thinking.',
    keyMethod:
      'Writing to learn in mathematics. Several times a week students write briefly in response to prompts that require reasoning, such as explaining how they solved a problem and why it works, comparing two strategies, deciding whether a claim is always true, or describing a mistake and correcting it. The teacher models a strong explanation, co-builds a checklist of what a good math explanation includes (steps, reasons, math vocabulary, a representation), provides sentence starters for students who need them, and reads the writing to plan instruction and feedback.',
    methodComponents: [
      {
        title: 'Prompts that require reasoning',
        description:
          'Write prompts that ask why or how, not just what, and that fit the current math content.',
      },
      {
        title: 'Model and co-build criteria',
        description:
          'Show a strong and a weak explanation and build a class checklist for good math explanations.',
      },
      {
        title: 'Scaffold the language',
        description: 'Provide a word bank and sentence starters, and allow labeled drawings alongside words.',
      },
      {
        title: 'Read writing as assessment',
        description:
          'Sort student writing by the reasoning it shows and use it to plan small groups and feedback.',
      },
    ],
    research: {
      rationale:
        "Bangert-Drowns, Hurley and Wilkinson's (2004) meta-analysis of school-based writing-to-learn programs found small positive effects on academic achievement, with larger effects for prompts that asked students to reflect on their understanding and confusions. Graham and Hebert (2010) found that writing about content texts improves reading comprehension of those texts, and Graham, Kiuhara and MacKay's (2020) meta-analysis found that writing about content enhanced learning in science, social studies and mathematics. In mathematics in particular, explaining and justifying reasoning is itself part of the standards: students are expected to construct viable arguments and critique the reasoning of others.",
      citations: [
        {
          text: 'Bangert-Drowns, R. L., Hurley, M. M., & Wilkinson, B. (2004). The effects of school-based writing-to-learn interventions on academic achievement: A meta-analysis. Review of Educational Research, 74(1), 29–58.',
        },
        {
          text: 'Graham, S., & Hebert, M. (2010). Writing to read: Evidence for how writing can improve reading. Alliance for Excellent Education.',
        },
        {
          text: 'Graham, S., Kiuhara, S. A., & MacKay, M. (2020). The effects of writing on learning in science, social studies, and mathematics: A meta-analysis. Review of Educational Research, 90(2), 179–226.',
        },
      ],
    },
    resources: [
      {
        title: 'Achieve the Core',
        url: 'https://achievethecore.org/',
        description:
          'Free resources on the Standards for Mathematical Practice, including constructing arguments.',
      },
      {
        title: 'Illustrative Mathematics',
        url: 'https://illustrativemathematics.org/',
        description: 'Free tasks that ask students to explain and justify reasoning.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'class-and-content',
            prompt:
              'Describe your class, the math content during this work, and how much students had written in math before.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'writing-routine',
            prompt:
              'Describe your writing-to-learn routine: how often students wrote, for how long, and how you supported them.',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'prompts-and-criteria',
            title: 'Prompts and criteria',
            prompt:
              'Submit at least five prompts you used and the class checklist for a good math explanation.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 100, max: 600 },
          },
          {
            id: 'writing-over-time',
            title: 'Student writing over time',
            prompt: 'Submit early and later writing samples from three students, names removed.',
            kinds: ['file', 'link'],
            count: { min: 3, max: 6 },
          },
          {
            id: 'instructional-response',
            title: 'Instructional response',
            prompt:
              'Describe one lesson or small-group session you planned in response to what student writing showed, with the writing that prompted it.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'reasoning-growth',
            prompt:
              "How did the three students' mathematical reasoning and explanations change? Cite the samples.",
            words: { min: 150, max: 400 },
          },
          {
            id: 'writing-as-window',
            prompt:
              'What did student writing reveal that you would not have seen otherwise, and how will you continue the routine?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'reasoning-prompts',
          title: 'Prompts that require reasoning',
          part: 'part2',
          targets: ['prompts-and-criteria'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Prompts require explanation, justification or comparison, and criteria describe a strong mathematical explanation.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Prompts ask only for answers or procedures, or criteria focus on neatness and length.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'growth-in-writing',
          title: 'Growth in student explanations',
          part: 'part2',
          targets: ['writing-over-time'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Later samples show more complete reasoning, precise vocabulary or use of representations.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Samples show no change or are not comparable.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'writing-informs-teaching',
          title: 'Writing informs instruction',
          part: 'part2',
          targets: ['instructional-response'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'A specific instructional decision is clearly based on what the writing revealed.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Writing is collected but not used to plan instruction.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection on reasoning',
          part: 'part3',
          targets: ['reasoning-growth', 'writing-as-window'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Analyzes changes in reasoning with reference to samples and plans to sustain the routine.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection does not analyze the samples.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      {
        framework: 'CCSS',
        code: 'CCSS.MATH.PRACTICE.MP3',
        name: 'Construct viable arguments and critique the reasoning of others',
      },
      { framework: 'InTASC', code: '5', name: 'Application of Content' },
    ],
    estimatedHours: 8,
    creditHours: 6,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
