import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'universal-design-for-learning',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Designing Lessons with Universal Design for Learning',
    summary:
      'Identify barriers in a lesson before teaching and design flexible options for engagement, representation and expression so that every learner can reach the same firm goal.',
    language: 'en',
    topic: 'inclusive-practice',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['udl', 'lesson-design', 'accessibility', 'learner-variability'],
    competency:
      'The educator analyzes a lesson for barriers to learning, designs options for engagement, representation, and action and expression that keep the learning goal constant, and evaluates how students used those options.',
    keyMethod:
      "Universal Design for Learning (UDL). Instead of retrofitting accommodations for individual students after a lesson fails, the teacher plans for learner variability from the start: a clearly stated goal that separates what must be learned from how it may be shown, an analysis of where the lesson's materials and methods may create barriers, and proactively designed options across the three UDL principles (multiple means of engagement, of representation, and of action and expression) that all students may use.",
    methodComponents: [
      {
        title: 'State a firm goal with flexible means',
        description:
          'Write the learning goal so that it names what students must understand or be able to do without unnecessarily restricting how they get there or show it.',
      },
      {
        title: 'Analyze barriers',
        description:
          'Review materials, methods and assessments for barriers to perception, language, motivation, executive function or physical action, using what you know about the range of learners in the class.',
      },
      {
        title: 'Design options across the three principles',
        description:
          'Build options for recruiting interest and sustaining effort, for perceiving and comprehending information, and for expressing learning, available to every student.',
      },
      {
        title: 'Support choice with reflection',
        description:
          'Teach students how to choose options that work for them and ask them to reflect on their choices.',
      },
    ],
    research: {
      rationale:
        "The UDL framework (Meyer, Rose, & Gordon, 2014) draws on research in the learning sciences showing that learner variability is the norm, and it shifts the source of difficulty from the learner to the design of the curriculum. CAST's UDL Guidelines (2018) translate the framework into specific checkpoints for providing multiple means of engagement, representation, and action and expression. Capp's (2017) meta-analysis of studies published between 2013 and 2016 found that UDL is an effective teaching methodology for improving the learning process for all students, while noting that more research is needed on outcomes; this micro-credential therefore asks educators to collect evidence of how their design choices affected student learning.",
      citations: [
        {
          text: 'CAST. (2018). Universal Design for Learning Guidelines version 2.2.',
          url: 'https://udlguidelines.cast.org/',
        },
        {
          text: 'Meyer, A., Rose, D. H., & Gordon, D. (2014). Universal design for learning: Theory and practice. CAST Professional Publishing.',
        },
        {
          text: 'Capp, M. J. (2017). The effectiveness of universal design for learning: A meta-analysis of literature between 2013 and 2016. International Journal of Inclusive Education, 21(8), 791–807.',
        },
      ],
    },
    resources: [
      {
        title: 'The UDL Guidelines',
        url: 'https://udlguidelines.cast.org/',
        description: 'The full set of principles, guidelines and checkpoints with examples.',
      },
      {
        title: 'CAST',
        url: 'https://www.cast.org/',
        description: 'Free articles and tools on designing for learner variability.',
      },
      {
        title: 'Understood for educators',
        url: 'https://www.understood.org/',
        description: 'Practical articles on learning and thinking differences and classroom supports.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'learner-variability',
            prompt:
              'Describe the range of learners in the class you designed for (strengths, interests, disabilities, language backgrounds), without naming any student.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'barrier-analysis',
            prompt:
              'Describe the lesson as you previously taught it (or as written in your curriculum) and the barriers it created for some learners.',
            words: { min: 100, max: 300 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'udl-lesson-plan',
            title: 'UDL lesson plan',
            prompt:
              'Submit the redesigned lesson plan with the firm goal, the barriers you identified, and the options you built for engagement, representation, and action and expression, labeled by principle.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 200, max: 900 },
          },
          {
            id: 'options-in-use',
            title: 'Options in use',
            prompt:
              'Submit a video of up to eight minutes, photos, or written observation notes showing students using the options during the lesson.',
            kinds: ['video', 'file', 'link', 'text'],
            count: { min: 1, max: 3 },
            words: { min: 100, max: 500 },
          },
          {
            id: 'varied-student-work',
            title: 'Student work showing different pathways',
            prompt:
              'Submit work from three students who used different options to meet the same goal, names removed.',
            kinds: ['file', 'link'],
            count: { min: 3, max: 4 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'impact-on-access',
            prompt:
              'How did the options change access to the learning goal for different learners? Use the student work as evidence.',
            words: { min: 150, max: 400 },
          },
          {
            id: 'design-lessons',
            prompt:
              'What did you learn about designing for variability, and how will you apply it to your next unit?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'barrier-identification',
          title: 'Barrier identification',
          part: 'part1',
          targets: ['learner-variability', 'barrier-analysis'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Locates barriers in the design of the lesson (materials, methods, assessment) rather than in students, and relates them to the range of learners.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Describes difficulties as deficits of particular students rather than features of the design.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'firm-goal-flexible-means',
          title: 'Firm goal, flexible means',
          part: 'part2',
          targets: ['udl-lesson-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The goal is clear and constant for all students, and the plan includes options under each of the three UDL principles that address the identified barriers.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Options lower the goal for some students, address only one principle, or are unrelated to the barriers identified.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'options-enacted',
          title: 'Options enacted and used',
          part: 'part2',
          targets: ['options-in-use', 'varied-student-work'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Evidence shows options available to all students and different students reaching the same goal by different pathways.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Options were assigned to particular students rather than offered, or the work shows a single pathway.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection-on-design',
          title: 'Reflection on design',
          part: 'part3',
          targets: ['impact-on-access', 'design-lessons'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Uses evidence to evaluate how design choices affected access and plans specific applications.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection is general or not grounded in student evidence.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '2', name: 'Learning Differences' },
      { framework: 'InTASC', code: '7', name: 'Planning for Instruction' },
      { framework: 'Danielson', code: '1e', name: 'Designing Coherent Instruction' },
    ],
    estimatedHours: 12,
    creditHours: 10,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
