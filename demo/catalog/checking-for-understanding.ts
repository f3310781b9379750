import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'checking-for-understanding',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Checking for Understanding with Hinge Questions',
    summary:
      'Plan a hinge-point question, collect an answer from every student at once, and use a decision rule set in advance to adjust instruction during the lesson.',
    language: 'en',
    topic: 'formative-assessment',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['hinge-questions', 'all-student-response', 'responsive-teaching', 'misconceptions'],
    competency:
      'The educator poses a planned hinge-point question, gathers a response from every student at the same moment, interprets the pattern of responses against a pre-set decision rule, and adjusts instruction during the same lesson.',
    keyMethod:
      'Hinge-point questioning with all-student response. At the point in a lesson where the next step depends on whether students have grasped a key idea, the teacher asks a short diagnostic question (often multiple choice, with each wrong answer tied to a known misconception), has every student answer at once using mini-whiteboards, lettered cards, finger voting or a digital poll, scans the responses in under a minute, and follows a decision rule written before the lesson: move on, reteach with a new representation, or pull a small group.',
    methodComponents: [
      {
        title: 'Locate the hinge point',
        description:
          'Identify the moment in the lesson where a key concept must be secure before students can succeed with what comes next, and connect it to the learning intention shared with students.',
      },
      {
        title: 'Write a diagnostic question',
        description:
          'Write a question that every student can answer in about a minute and whose wrong answers each reveal a specific, predictable misconception, so the pattern of answers tells you what to do next.',
      },
      {
        title: 'Collect every response at once',
        description:
          'Use a routine in which all students answer simultaneously and no one can opt out or copy, such as mini-whiteboards held up on a signal, lettered response cards or an anonymous-to-peers digital poll.',
      },
      {
        title: 'Decide in advance what you will do',
        description:
          'Before teaching, write a decision rule, for example: move on if at least 80 percent answer correctly, work with a small group if 50 to 80 percent do, and reteach with a different representation if fewer than half do.',
      },
      {
        title: 'Act on the evidence and follow up',
        description:
          'Respond in the moment according to the rule, ask students to explain their reasoning, and note which students need follow-up in the next lesson.',
      },
    ],
    research: {
      rationale:
        "Formative assessment is one of the best-studied levers for improving learning. Black and Wiliam's (1998) review of roughly 250 studies found that strengthening everyday classroom assessment produced substantial gains, with particularly large benefits for lower-achieving students. Wiliam (2011) names eliciting evidence of learning as one of five key strategies of formative assessment and describes hinge-point questions as a way to collect that evidence from every student quickly enough to act on it within the lesson. Leahy, Lyon, Thompson and Wiliam (2005) show how all-student response techniques such as mini-whiteboards turn questioning from an exchange with a few volunteers into a check on the whole class. The power of the practice lies in the adjustment: evidence that does not change what happens next is not formative.",
      citations: [
        {
          text: 'Black, P., & Wiliam, D. (1998). Assessment and classroom learning. Assessment in Education: Principles, Policy & Practice, 5(1), 7–74.',
          url: 'https://doi.org/10.1080/0969595980050102',
        },
        {
          text: 'Leahy, S., Lyon, C., Thompson, M., & Wiliam, D. (2005). Classroom assessment: Minute by minute, day by day. Educational Leadership, 63(3), 18–24.',
        },
        { text: 'Wiliam, D. (2011). Embedded formative assessment. Solution Tree Press.' },
      ],
    },
    resources: [
      {
        title: 'Edutopia: Formative assessment',
        url: 'https://www.edutopia.org/topic/formative-assessment',
        description:
          'Short articles and classroom videos showing quick whole-class checks for understanding.',
      },
      {
        title: 'Dylan Wiliam Center',
        url: 'https://www.dylanwiliamcenter.com/',
        description:
          'Free articles and videos on the five key strategies of formative assessment, including hinge questions.',
      },
    ],
    requirements: {
      part1: {
        intro:
          'Tell us about the class and your current practice so assessors can read your evidence in context.',
        questions: [
          {
            id: 'class-context',
            prompt:
              'Describe the class you taught for this micro-credential: grade level, subject, number of students, and any learner needs (for example multilingual learners or students with IEPs) that shaped your plan.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'current-practice',
            prompt:
              'How do you usually check for understanding during a lesson? Whose thinking do you tend to see, and whose do you tend to miss?',
            words: { min: 100, max: 300 },
          },
        ],
      },
      part2: {
        intro:
          'Submit evidence from one lesson in which you used a hinge-point question. Remove all student names.',
        artifacts: [
          {
            id: 'hinge-lesson-plan',
            title: 'Annotated lesson plan',
            prompt:
              'Submit the plan for the lesson. Mark the hinge point, state the learning intention, give the hinge question with its answer choices, explain the misconception each wrong answer reveals, name the all-student response technique, and state your decision rule.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 800 },
          },
          {
            id: 'response-record',
            title: 'Record of student responses',
            prompt:
              'Submit a record of how the whole class answered: a photo of mini-whiteboards with names removed, a tally you made while scanning, or an export from a digital poll. It must show the distribution of answers.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 40, max: 300 },
          },
          {
            id: 'adjustment-evidence',
            title: 'Evidence of the in-lesson adjustment',
            prompt:
              "Submit a classroom video of up to five minutes showing you pose the question, scan the responses and act on them. If you cannot record video, submit a written account (with a colleague's observation notes if possible) of exactly what you did after seeing the responses.",
            kinds: ['video', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 500 },
          },
        ],
      },
      part3: {
        intro: 'Reflect on what the evidence showed and what you did with it.',
        questions: [
          {
            id: 'interpreting-responses',
            prompt:
              'What did the responses show? Describe the pattern of answers, the misconceptions it revealed and the decision you made under your decision rule.',
            words: { min: 150, max: 400 },
          },
          {
            id: 'effect-on-learning',
            prompt:
              'What effect did your adjustment have on student learning, and what evidence (an exit ticket, a second question, student explanations) shows it?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'refining-practice',
            prompt: 'How will you refine your hinge questions or decision rules in future lessons, and why?',
            words: { min: 100, max: 300 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'question-design',
          title: 'Hinge question design',
          part: 'part2',
          targets: ['hinge-lesson-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The hinge question is aligned to the stated learning intention, can be answered by every student in about a minute, and each incorrect option is linked to a named misconception. A decision rule is written before the lesson.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The question is not clearly tied to the learning intention, its wrong answers do not point to specific misconceptions, or no decision rule is stated in advance.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'all-student-response',
          title: 'Evidence from every student',
          part: 'part2',
          targets: ['response-record', 'adjustment-evidence'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The evidence shows every student responding at the same moment and the educator taking in the whole set of responses before deciding what to do.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Only some students responded (for example volunteers or a few called-on students), or the record does not show how the whole class answered.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'responsive-adjustment',
          title: 'Interpretation and adjustment',
          part: 'part3',
          targets: ['interpreting-responses', 'effect-on-learning'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The educator accurately describes the response pattern, explains the adjustment made in terms of the decision rule, and cites specific evidence of its effect on student understanding.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The reflection does not connect the response pattern to a decision, the lesson continued unchanged despite mixed results, or no evidence of the effect on learning is given.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'refinement',
          title: 'Plans for refinement',
          part: 'part3',
          targets: ['refining-practice'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Names concrete changes to question design or decision rules grounded in what happened in this lesson.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Next steps are generic or are not connected to the evidence from this lesson.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '6', name: 'Assessment' },
      { framework: 'Danielson', code: '3d', name: 'Using Assessment in Instruction' },
    ],
    estimatedHours: 10,
    creditHours: 10,
    priceCents: 0,
    maxAttempts: 3,
    // Renewed every four months: the demo educator's copy is close to expiry, so she is offered renewal.
    validityMonths: 4,
  },
} satisfies DemoMicroCredential;
