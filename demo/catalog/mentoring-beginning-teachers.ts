import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'mentoring-beginning-teachers',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Mentoring a Beginning Teacher Through a Goal Cycle',
    summary:
      'Guide a beginning teacher through an evidence-based goal cycle (setting a focused goal, co-planning, observing, analyzing student evidence together and reflecting) while building trust and independence.',
    language: 'en',
    topic: 'teacher-leadership',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['mentoring', 'induction', 'new-teachers', 'teacher-leader'],
    competency:
      "The educator mentors a beginning teacher through a goal cycle grounded in student evidence, using a mix of instructive, collaborative and facilitative stances that build the mentee's capacity to analyze and improve their own practice.",
    keyMethod:
      'Educative mentoring in a goal cycle. Mentor and mentee agree on confidentiality and ways of working, then use student work or observation evidence to choose one focused goal. Together they co-plan a lesson that addresses it; the mentor models, co-teaches or observes, collecting evidence tied to the goal; they analyze student work together; and the mentee reflects and sets the next step. The mentor moves deliberately between instructive (sharing expertise), collaborative (solving together) and facilitative (asking questions) stances, shifting toward facilitation as the mentee grows.',
    methodComponents: [
      {
        title: 'Build a trusting relationship',
        description:
          'Agree on confidentiality, how you will communicate, and the non-evaluative nature of mentoring.',
      },
      {
        title: 'Set a goal from evidence',
        description:
          'Use student work or observation data to identify one focused, high-leverage goal with the mentee.',
      },
      {
        title: 'Co-plan, model and observe',
        description:
          'Plan a lesson together and choose whether to model, co-teach or observe, collecting evidence linked to the goal.',
      },
      {
        title: 'Analyze student work together',
        description: 'Look at what students produced to judge progress toward the goal.',
      },
      {
        title: 'Shift stances over time',
        description:
          "Match instructive, collaborative or facilitative support to the mentee's needs, moving toward independence.",
      },
    ],
    research: {
      rationale:
        "Ingersoll and Strong's (2011) review of rigorous studies found that induction and mentoring for beginning teachers had positive effects on teacher commitment and retention, classroom practice and, in most studies, student achievement. Feiman-Nemser (2001) describes 'educative mentoring' in which mentors help novices learn to learn from practice, focusing on student thinking and work rather than only offering emotional support or tips. Knight's (2007) partnership principles (choice, voice, dialogue and reflection) describe how a more experienced colleague can support growth without undermining the novice's ownership.",
      citations: [
        {
          text: 'Ingersoll, R. M., & Strong, M. (2011). The impact of induction and mentoring programs for beginning teachers: A critical review of the research. Review of Educational Research, 81(2), 201–233.',
        },
        {
          text: 'Feiman-Nemser, S. (2001). From preparation to practice: Designing a continuum to strengthen and sustain teaching. Teachers College Record, 103(6), 1013–1055.',
        },
        {
          text: 'Knight, J. (2007). Instructional coaching: A partnership approach to improving instruction. Corwin Press.',
        },
      ],
    },
    resources: [
      {
        title: 'Learning Forward: Standards for Professional Learning',
        url: 'https://learningforward.org/standards-for-professional-learning/',
        description: 'Standards describing effective collegial learning, including mentoring.',
      },
      {
        title: 'New Teacher Center resources',
        url: 'https://newteachercenter.org/',
        description: 'Free articles on instructional mentoring and induction.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'mentee-context',
            prompt:
              'Describe your mentee (role, experience, teaching context, without naming them) and the mentoring structure in your school or district.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'relationship-building',
            prompt: 'How did you build trust and agree on ways of working with your mentee?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        intro: "Obtain your mentee's consent to share artifacts; remove all names.",
        artifacts: [
          {
            id: 'goal-and-evidence',
            title: 'Goal and baseline evidence',
            prompt:
              'Submit the goal you and your mentee set and the student or observation evidence it was based on.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 150, max: 600 },
          },
          {
            id: 'cycle-documentation',
            title: 'Cycle documentation',
            prompt:
              'Submit the co-planned lesson, your observation notes and notes or a recording from the debrief where you analyzed student work together.',
            kinds: ['file', 'video', 'link', 'text'],
            count: { min: 2, max: 4 },
            words: { min: 150, max: 1200 },
          },
          {
            id: 'mentee-reflection',
            title: 'Mentee reflection',
            prompt:
              'Submit a short written reflection from your mentee on what they learned and their next step.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 100, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'mentoring-stances',
            prompt:
              'Describe moments when you took an instructive, a collaborative and a facilitative stance. Why did you choose each, and how did your mentee respond?',
            words: { min: 200, max: 450 },
          },
          {
            id: 'mentee-growth',
            prompt:
              "What growth did you see in your mentee's practice and in their students' work, and what will the next cycle focus on?",
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'evidence-based-goal',
          title: 'Evidence-based goal',
          part: 'part2',
          targets: ['goal-and-evidence'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'The goal is focused, high-leverage, owned by the mentee and grounded in several sources of student evidence.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'The goal is focused and grounded in student or observation evidence.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'The goal is broad, set by the mentor alone, or not connected to evidence.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'complete-cycle',
          title: 'Complete goal cycle',
          part: 'part2',
          targets: ['cycle-documentation'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'Documentation shows co-planning, observation or modeling, and joint analysis of student work, with the mentee doing much of the analysis.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Documentation shows co-planning, observation or modeling, and a debrief using student work.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Key steps are missing, or the debrief does not use student evidence.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'mentee-voice',
          title: 'Mentee ownership',
          part: 'part2',
          targets: ['mentee-reflection'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'The mentee articulates specific learning and a self-chosen next step grounded in student evidence.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'The mentee describes what they learned and a next step.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'The mentee reflection is missing or generic.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'mentor-reflection',
          title: 'Reflection on mentoring stances',
          part: 'part3',
          targets: ['mentoring-stances', 'mentee-growth'],
          levels: [
            {
              id: 'exceeds',
              label: 'Exceeds',
              descriptor:
                'Analyzes stance choices with specific examples and evidence of effect, and plans a deliberate shift toward facilitation.',
              demonstrated: true,
            },
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: "Describes stance choices and the mentee's growth with examples.",
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection describes activities without analyzing mentoring choices or growth.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '10', name: 'Leadership and Collaboration' },
      { framework: 'Danielson', code: '4d', name: 'Participating in a Professional Community' },
      { framework: 'NBPTS', code: 'Proposition 5', name: 'Teachers are members of learning communities' },
    ],
    estimatedHours: 15,
    creditHours: 12,
    priceCents: 4900,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
