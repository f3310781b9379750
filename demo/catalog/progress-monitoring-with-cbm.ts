import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'progress-monitoring-with-cbm',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Progress Monitoring with Curriculum-Based Measurement',
    summary:
      'Set an ambitious goal for a student receiving intervention, collect weekly curriculum-based measures, graph them against an aimline, and use decision rules to change instruction when progress stalls.',
    language: 'en',
    topic: 'data-literacy',
    subject: 'special-education',
    gradeBand: '3-5',
    tags: ['progress-monitoring', 'cbm', 'intervention', 'data-based-decisions'],
    competency:
      "The educator monitors a student's response to intervention with a valid curriculum-based measure, graphs the data against a goal line, and applies a decision rule to keep or change instruction at the right time.",
    keyMethod:
      'Curriculum-based measurement (CBM) with data-based decision rules. The educator selects a standardized, brief, sensitive measure (for example oral reading fluency or mathematics computation probes), establishes a baseline, sets an ambitious goal using growth norms, draws an aimline, administers equivalent probes weekly, graphs each score, and applies a decision rule (for example, if four consecutive points fall below the aimline, change the intervention; if they are above it, raise the goal).',
    methodComponents: [
      {
        title: 'Choose a valid measure',
        description:
          'Select a CBM tool with evidence of reliability, validity and sensitivity to growth that matches the skill targeted by the intervention.',
      },
      {
        title: 'Baseline and goal',
        description:
          'Collect at least three baseline probes, use the median, and set an ambitious end-of-period goal with published growth rates.',
      },
      {
        title: 'Weekly probes and graphing',
        description:
          'Administer equivalent probes under standard conditions each week and graph them against the aimline.',
      },
      {
        title: 'Apply decision rules',
        description:
          'Use a predetermined rule to decide whether to continue, change the intervention or raise the goal, and mark each change on the graph.',
      },
    ],
    research: {
      rationale:
        'Deno (1985) introduced curriculum-based measurement as a set of brief, standardized measures that can be given frequently to track growth in basic skills. In an early meta-analysis, Fuchs and Fuchs (1986) found that systematic formative evaluation raised achievement for students with disabilities, especially when teachers graphed data and used decision rules. Stecker, Fuchs and Fuchs (2005) reviewed the research and concluded that CBM improves achievement when teachers use the data to modify instruction, not merely when they collect it. This micro-credential therefore asks for evidence of a decision made from the graph, not just the graph.',
      citations: [
        {
          text: 'Deno, S. L. (1985). Curriculum-based measurement: The emerging alternative. Exceptional Children, 52(3), 219–232.',
        },
        {
          text: 'Fuchs, L. S., & Fuchs, D. (1986). Effects of systematic formative evaluation: A meta-analysis. Exceptional Children, 53(3), 199–208.',
        },
        {
          text: 'Stecker, P. M., Fuchs, L. S., & Fuchs, D. (2005). Using curriculum-based measurement to improve student achievement: Review of research. Psychology in the Schools, 42(8), 795–819.',
        },
      ],
    },
    resources: [
      {
        title: 'National Center on Intensive Intervention',
        url: 'https://intensiveintervention.org/',
        description:
          'Tools charts for progress-monitoring measures and free training modules on data-based individualization.',
      },
      {
        title: 'Intervention Central',
        url: 'https://www.interventioncentral.org/',
        description: 'Free CBM probe generators and guidance on graphing and decision rules.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'student-profile',
            prompt:
              'Describe the student (as "Student A"): grade, relevant needs and IEP goals, current intervention, and why progress monitoring was needed.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'measure-choice',
            prompt:
              'Which measure did you choose, why is it appropriate for this student and skill, and how did you set the goal?',
            words: { min: 100, max: 300 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'progress-graph',
            title: 'Progress-monitoring graph',
            prompt:
              'Submit a graph with the baseline, goal, aimline, at least eight weekly data points and any instructional changes marked.',
            kinds: ['file', 'link'],
            count: { min: 1, max: 1 },
          },
          {
            id: 'intervention-log',
            title: 'Intervention and decision log',
            prompt:
              'Submit a log of the intervention sessions and each decision point, stating the rule you applied and what you decided.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 700 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'graph-interpretation',
            prompt:
              "Interpret the graph: what does the trend show about the student's response to intervention, and how did you apply your decision rule?",
            words: { min: 150, max: 400 },
          },
          {
            id: 'instructional-change',
            prompt:
              'Describe the instructional change you made (or why none was needed) and what you would do next for this student.',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'measure-and-goal',
          title: 'Appropriate measure and ambitious goal',
          part: 'part1',
          targets: ['measure-choice'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The measure is valid for the skill and sensitive to growth; the goal is set from baseline using growth norms and is ambitious.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The measure is not a standardized CBM, or the goal is arbitrary or not based on baseline data.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'accurate-graphing',
          title: 'Accurate graphing',
          part: 'part2',
          targets: ['progress-graph'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The graph shows baseline, goal, aimline, at least eight data points and clearly marked phase changes.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Key elements are missing or the data are too sparse to make a decision.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'data-based-decision',
          title: 'Data-based decision',
          part: 'part3',
          targets: ['graph-interpretation', 'instructional-change'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Applies the decision rule correctly and makes a timely, specific instructional decision justified by the trend.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Ignores the trend, applies the rule incorrectly, or changes instruction without reference to the data.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '6', name: 'Assessment' },
      { framework: 'Danielson', code: '4b', name: 'Maintaining Accurate Records' },
    ],
    estimatedHours: 12,
    creditHours: 10,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
