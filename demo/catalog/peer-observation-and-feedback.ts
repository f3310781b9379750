import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'peer-observation-and-feedback',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Leading Non-Evaluative Peer Observation',
    summary:
      'Lead a complete peer observation cycle with a colleague (pre-conference, low-inference observation and a coaching post-conference) that helps the colleague refine a practice they chose.',
    language: 'en',
    topic: 'teacher-leadership',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['peer-observation', 'coaching', 'collegial-feedback', 'teacher-leader'],
    competency:
      'The educator leads a non-evaluative observation cycle in which a colleague sets the focus, the educator records low-inference evidence, and a reflective post-conference helps the colleague reach their own conclusions and a next step.',
    keyMethod:
      "A partnership-based observation cycle. In a pre-conference the colleague chooses a focus connected to student learning and the observer agrees what evidence to collect. During the observation the observer records what students and the teacher say and do, without judgment. In the post-conference the observer shares the evidence, asks open questions that help the colleague analyze it, and supports the colleague in choosing a concrete next step. Confidentiality and the colleague's ownership of the focus are explicit throughout.",
    methodComponents: [
      {
        title: 'Pre-conference and agreements',
        description:
          'Agree on the focus, the evidence to collect, confidentiality and how the post-conference will run; the colleague owns the focus.',
      },
      {
        title: 'Low-inference evidence',
        description:
          'Record verbatim talk, counts, timings and seating-chart data related to the focus, avoiding evaluative language.',
      },
      {
        title: 'Reflective post-conference',
        description:
          'Present the evidence neutrally and use open, mediational questions so the colleague interprets it and draws conclusions.',
      },
      {
        title: 'Next step and follow-up',
        description: 'Help the colleague choose a specific next step and agree how you will follow up.',
      },
    ],
    research: {
      rationale:
        "Kraft, Blazar and Hogan's (2018) meta-analysis of 60 causal studies found that teacher coaching had large positive effects on instructional practice and positive effects on student achievement, supporting observation-and-feedback cycles as a form of professional learning. Knight (2007) describes partnership principles for this work (equality, choice, voice, reflection, dialogue, praxis and reciprocity) and argues that teachers are more likely to change practice when they choose the focus and interpret evidence themselves. City, Elmore, Fiarman and Teitel (2009) show the value of disciplined, descriptive, non-evaluative observation for building shared understanding of instruction. Teacher leaders who can run these cycles well help spread effective practice among colleagues.",
      citations: [
        {
          text: 'Kraft, M. A., Blazar, D., & Hogan, D. (2018). The effect of teacher coaching on instruction and achievement: A meta-analysis of the causal evidence. Review of Educational Research, 88(4), 547–588.',
        },
        {
          text: 'Knight, J. (2007). Instructional coaching: A partnership approach to improving instruction. Corwin Press.',
        },
        {
          text: 'City, E. A., Elmore, R. F., Fiarman, S. E., & Teitel, L. (2009). Instructional rounds in education: A network approach to improving teaching and learning. Harvard Education Press.',
        },
      ],
    },
    resources: [
      {
        title: 'Learning Forward: Standards for Professional Learning',
        url: 'https://learningforward.org/standards-for-professional-learning/',
        description:
          'Standards describing the conditions, processes and content of effective professional learning.',
      },
      {
        title: 'School Reform Initiative protocols',
        url: 'https://www.schoolreforminitiative.org/protocols/',
        description: 'Free protocols for observation debriefs and collegial conversations.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'leadership-context',
            prompt:
              'Describe your role, your relationship with the colleague you observed (without naming them), and the norms for peer observation in your school.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'observation-focus',
            prompt: 'What focus did your colleague choose, and how is it connected to student learning?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        intro:
          "Have your colleague's written consent before submitting recordings. Remove all student and colleague names.",
        artifacts: [
          {
            id: 'pre-conference-notes',
            title: 'Pre-conference notes',
            prompt:
              'Submit notes or an agenda from the pre-conference showing the agreed focus, evidence plan and agreements.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 100, max: 500 },
          },
          {
            id: 'observation-evidence',
            title: 'Observation evidence',
            prompt: 'Submit the low-inference evidence you collected during the observation.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 200, max: 1200 },
          },
          {
            id: 'post-conference-recording',
            title: 'Post-conference recording or transcript',
            prompt:
              "Submit an audio or video recording (up to fifteen minutes) or a transcript of the post-conference, with your colleague's consent.",
            kinds: ['video', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 400, max: 2500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'facilitation-reflection',
            prompt:
              'Analyze your post-conference: which questions helped your colleague think, where did you tell rather than ask, and what was the effect?',
            words: { min: 200, max: 450 },
          },
          {
            id: 'colleague-outcome',
            prompt:
              'What next step did your colleague choose, what happened when they tried it, and what have you learned about leading peer learning?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'colleague-ownership',
          title: 'Colleague owns the focus',
          part: 'part2',
          targets: ['pre-conference-notes'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The colleague chose a focus tied to student learning, and clear agreements on evidence and confidentiality were made.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'The observer set the focus, or no agreements about the observation were made.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'low-inference-evidence',
          title: 'Low-inference evidence',
          part: 'part2',
          targets: ['observation-evidence'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Notes record what was said and done, with counts or timings related to the focus, free of judgment.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Notes are mostly opinions, ratings or suggestions, or are unrelated to the agreed focus.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflective-conversation',
          title: 'Reflective post-conference',
          part: 'part2',
          targets: ['post-conference-recording'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The observer shares evidence neutrally, asks open questions, and the colleague does most of the analysis and names a next step.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The observer mostly evaluates or prescribes; the colleague has little opportunity to reflect.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'leadership-reflection',
          title: 'Reflection on leading peer learning',
          part: 'part3',
          targets: ['facilitation-reflection', 'colleague-outcome'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Critically analyzes own facilitation moves with examples from the conference and describes the follow-up and its effect.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Describes the cycle without analyzing own facilitation or the outcome for the colleague.',
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
    creditHours: 15,
    priceCents: 4900,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
