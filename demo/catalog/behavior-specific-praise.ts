import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'behavior-specific-praise',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Behavior-Specific Praise',
    summary:
      'Raise the rate of specific, sincere praise for expected behavior relative to corrections, self-monitor with simple counts, and track the effect on student engagement.',
    language: 'en',
    topic: 'classroom-management',
    subject: 'all-subjects',
    gradeBand: '3-5',
    tags: ['praise', 'positive-reinforcement', 'self-monitoring', 'engagement'],
    competency:
      'The educator delivers behavior-specific praise linked to classroom expectations at a high positive-to-corrective ratio, monitors their own rate of praise and correction, and documents the effect on student on-task behavior.',
    keyMethod:
      'Behavior-specific praise with self-monitoring. Praise names the exact behavior the student showed and ties it to a classroom expectation ("You started the warm-up right away. That is what being ready looks like"). The teacher records baseline counts of praise and corrective statements during a set lesson segment, sets a goal (commonly at least four positive statements for each correction), uses a tally, counter or audio recording to self-monitor, and samples student engagement before and after.',
    methodComponents: [
      {
        title: 'Anchor praise to expectations',
        description: 'Use the posted classroom expectations as the source of behaviors to notice and name.',
      },
      {
        title: 'Make it specific and sincere',
        description:
          'Name the behavior, connect it to why it matters, and deliver it in a tone and manner that fits the student and age group (publicly or privately).',
      },
      {
        title: 'Collect a baseline',
        description:
          'Count your praise and corrective statements during the same 15 to 20 minute segment on several days before changing anything.',
      },
      {
        title: 'Set a ratio goal and self-monitor',
        description:
          'Aim for at least four positive statements for each correction, and keep counting with a tally, clicker or audio recording.',
      },
      {
        title: 'Check student engagement',
        description:
          'Sample on-task behavior (for example with a momentary time sample) before and after to see the effect.',
      },
    ],
    research: {
      rationale:
        "Sutherland, Wehby and Copeland (2000) found that when a teacher increased behavior-specific praise in a classroom for students with emotional and behavioral disorders, students' on-task behavior rose substantially. Simonsen and colleagues (2008) list specific praise and other acknowledgment of appropriate behavior among the evidence-based practices of classroom management. Reinke, Lewis-Palmer and Merrell (2008) showed that a brief classwide consultation model using feedback on teachers' own praise rates increased teachers' use of praise and reduced disruptive behavior, which supports self-monitoring as a way to change this habit.",
      citations: [
        {
          text: 'Sutherland, K. S., Wehby, J. H., & Copeland, S. R. (2000). Effect of varying rates of behavior-specific praise on the on-task behavior of students with EBD. Journal of Emotional and Behavioral Disorders, 8(1), 2–8.',
        },
        {
          text: 'Simonsen, B., Fairbanks, S., Briesch, A., Myers, D., & Sugai, G. (2008). Evidence-based practices in classroom management: Considerations for research to practice. Education and Treatment of Children, 31(3), 351–380.',
        },
        {
          text: 'Reinke, W. M., Lewis-Palmer, T., & Merrell, K. (2008). The classroom check-up: A classwide teacher consultation model for increasing praise and decreasing disruptive behavior. School Psychology Review, 37(3), 315–332.',
        },
      ],
    },
    resources: [
      {
        title: 'Center on PBIS',
        url: 'https://www.pbis.org/',
        description: 'Free guidance on acknowledging expected behavior in classroom settings.',
      },
      {
        title: 'IRIS Center',
        url: 'https://iris.peabody.vanderbilt.edu/',
        description: 'Free modules on classroom behavior management, including praise and acknowledgment.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'class-and-expectations',
            prompt:
              'Describe your class and the expectations your praise is linked to. How were the expectations developed and taught?',
            words: { min: 100, max: 250 },
          },
          {
            id: 'baseline-reflection',
            prompt:
              'What did you notice about your own use of praise and correction when you collected baseline counts?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'praise-data',
            title: 'Praise and correction counts',
            prompt:
              'Submit your counts of behavior-specific praise, general praise and corrective statements for at least three baseline sessions and at least six later sessions, with the ratio for each.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 50, max: 500 },
          },
          {
            id: 'praise-recording',
            title: 'Audio or video sample',
            prompt:
              'Submit a recording of up to ten minutes from a later session in which your praise statements can be heard.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 1 },
          },
          {
            id: 'engagement-data',
            title: 'Engagement data',
            prompt: 'Submit before-and-after samples of student on-task behavior collected the same way.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 50, max: 400 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'ratio-change',
            prompt: 'How did your praise-to-correction ratio change, and what helped you change it?',
            words: { min: 150, max: 350 },
          },
          {
            id: 'student-response',
            prompt:
              'How did students respond? Discuss the engagement data and any students for whom praise needed to be delivered differently.',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'specificity',
          title: 'Specific praise linked to expectations',
          part: 'part2',
          targets: ['praise-recording'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Most praise in the recording names a specific behavior and connects it to a classroom expectation, and is delivered sincerely.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Praise is mostly general ("good job") or not tied to expectations.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'ratio-goal',
          title: 'Positive-to-corrective ratio',
          part: 'part2',
          targets: ['praise-data'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Data show an increase from baseline and a ratio of at least four positive statements to each correction in most later sessions.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Data are incomplete, or the ratio did not reach the goal in most later sessions.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'student-outcomes',
          title: 'Effect on students',
          part: 'part3',
          targets: ['ratio-change', 'student-response'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Uses engagement data to describe the effect on students and reflects on adapting praise for individual students.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Describes the effect without data or does not consider individual students.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '3', name: 'Learning Environments' },
      { framework: 'Danielson', code: '2d', name: 'Managing Student Behavior' },
    ],
    estimatedHours: 6,
    creditHours: 5,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
