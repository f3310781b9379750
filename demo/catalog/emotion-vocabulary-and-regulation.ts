import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'emotion-vocabulary-and-regulation',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Teaching Emotion Vocabulary and Regulation Strategies',
    summary:
      'Teach upper-elementary students words for a wide range of feelings and a small set of regulation strategies, and build short daily check-ins where they practice using them.',
    language: 'en',
    topic: 'social-emotional-learning',
    subject: 'all-subjects',
    gradeBand: '3-5',
    tags: ['emotion-regulation', 'self-awareness', 'check-ins', 'feelings-vocabulary'],
    competency:
      'The educator explicitly teaches emotion vocabulary and regulation strategies, provides regular structured opportunities for students to identify their feelings and choose a strategy, and models regulation in their own responses.',
    keyMethod:
      'Explicit emotion-skills instruction integrated into the day. The teacher introduces a few precise feeling words at a time (for example frustrated, disappointed, anxious, content), connecting them to body sensations, causes and literature or content examples. The class co-creates a short menu of regulation strategies (such as slow breathing, a movement break, reframing the situation or asking for help), practices them when calm, and uses brief daily check-ins in which students name how they feel and, when needed, choose a strategy. The teacher models naming and regulating their own emotions.',
    methodComponents: [
      {
        title: 'Build precise emotion vocabulary',
        description:
          "Teach a few feeling words at a time with examples from students' lives and from texts, distinguishing intensity (annoyed, frustrated, furious).",
      },
      {
        title: 'Co-create a strategy menu',
        description:
          'Teach and practice four to six regulation strategies when students are calm, and post them as a class menu.',
      },
      {
        title: 'Daily check-ins',
        description:
          'Use a brief, private check-in (for example a written card or a chart) in which students name their feeling and, if needed, a strategy.',
      },
      {
        title: 'Model and coach',
        description:
          'Name your own emotions and strategies aloud, and coach students to use the vocabulary and strategies during real moments.',
      },
    ],
    research: {
      rationale:
        "Brackett, Rivers, Reyes and Salovey (2012) found that upper-elementary classrooms using an emotional literacy curriculum built around feeling words showed higher end-of-year grades and better teacher-rated social and emotional competence than comparison classrooms. Durlak and colleagues' (2011) meta-analysis showed that well-implemented SEL programs improve students' skills, behavior and academic performance. Jennings and Greenberg (2009) argue that teachers' own social and emotional competence shapes the classroom climate and their ability to support students, which is why modeling is part of this method.",
      citations: [
        {
          text: 'Brackett, M. A., Rivers, S. E., Reyes, M. R., & Salovey, P. (2012). Enhancing academic performance and social and emotional competence with the RULER feeling words curriculum. Learning and Individual Differences, 22(2), 218–224.',
        },
        {
          text: "Durlak, J. A., Weissberg, R. P., Dymnicki, A. B., Taylor, R. D., & Schellinger, K. B. (2011). The impact of enhancing students' social and emotional learning: A meta-analysis of school-based universal interventions. Child Development, 82(1), 405–432.",
          url: 'https://doi.org/10.1111/j.1467-8624.2010.01564.x',
        },
        {
          text: 'Jennings, P. A., & Greenberg, M. T. (2009). The prosocial classroom: Teacher social and emotional competence in relation to student and classroom outcomes. Review of Educational Research, 79(1), 491–525.',
        },
      ],
    },
    resources: [
      {
        title: 'CASEL: Fundamentals of SEL',
        url: 'https://casel.org/fundamentals-of-sel/',
        description: 'Descriptions of self-awareness and self-management competencies.',
      },
      {
        title: 'Greater Good in Education',
        url: 'https://ggie.berkeley.edu/',
        description: 'Free practices for teaching emotion recognition and regulation.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'class-needs',
            prompt:
              'Describe your class and what you observed about how students recognize, talk about and manage their emotions.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'plan-overview',
            prompt:
              'Which feeling words and regulation strategies did you teach, and how did you decide on them?',
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
              'Submit plans for at least three short lessons introducing feeling words and strategies, including how students practiced when calm.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 3 },
            words: { min: 150, max: 800 },
          },
          {
            id: 'check-in-tool',
            title: 'Check-in tool and summary',
            prompt:
              'Submit your check-in tool and an anonymized summary of two weeks of check-ins showing which feelings and strategies students named.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 100, max: 500 },
          },
          {
            id: 'coaching-moment',
            title: 'Coaching moment',
            prompt:
              'Submit a video of up to five minutes, or a written account, of a moment when you coached a student or the class to use the vocabulary and a strategy.',
            kinds: ['video', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'student-change',
            prompt:
              "How did students' use of emotion vocabulary and strategies change? Use the check-in summary as evidence.",
            words: { min: 150, max: 400 },
          },
          {
            id: 'own-modeling',
            prompt:
              'Reflect on modeling your own emotions and regulation. What felt natural, what was hard, and what effect did it have?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'explicit-instruction',
          title: 'Explicit instruction',
          part: 'part2',
          targets: ['lesson-sequence'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Lessons teach precise feeling words and strategies with examples and include practice while students are calm.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Vocabulary is limited to basic words (happy, sad, mad) or strategies are introduced only during conflicts.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'structured-practice',
          title: 'Structured daily practice',
          part: 'part2',
          targets: ['check-in-tool', 'coaching-moment'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Check-ins are regular and private, and the coaching moment shows the educator prompting the vocabulary and a strategy supportively.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Check-ins are irregular or public in ways that may embarrass students, or coaching is directive rather than supportive.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection-on-growth',
          title: 'Reflection on growth and modeling',
          part: 'part3',
          targets: ['student-change', 'own-modeling'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Uses check-in evidence to describe change and reflects honestly on own modeling and its effect.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: "Reflection lacks evidence or does not address the educator's own modeling.",
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'CASEL', code: 'Self-awareness', name: 'Self-awareness' },
      { framework: 'CASEL', code: 'Self-management', name: 'Self-management' },
    ],
    estimatedHours: 8,
    creditHours: 6,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
