import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'digital-speaking-practice',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Digital Audio Tools for Speaking Practice in World Languages',
    summary:
      'Use simple audio-recording tools so every student in a world-language class speaks more, receives targeted feedback on recordings, and re-records to show growth over a unit.',
    language: 'en',
    topic: 'technology-integration',
    subject: 'world-languages',
    gradeBand: '9-12',
    tags: ['speaking', 'audio-recording', 'feedback', 'proficiency'],
    competency:
      "The educator uses digital audio recording to increase every student's target-language speaking practice, gives targeted feedback on recordings, and uses a portfolio of recordings to document and respond to growth in speaking proficiency.",
    keyMethod:
      "Recorded speaking practice with feedback and re-recording. In a typical class few students get to speak the target language at length. The teacher designs short, communicative speaking tasks tied to the unit (for example, describing a photo, leaving a voice message, or responding to a partner's recording), has all students record using an accessible tool, listens and gives brief targeted feedback on one or two features, and asks students to re-record after practice. Recordings collected over the unit form a portfolio that shows growth against proficiency-based criteria.",
    methodComponents: [
      {
        title: 'Design communicative tasks',
        description:
          "Write short speaking tasks with a real purpose and audience that fit the unit's themes and proficiency targets.",
      },
      {
        title: 'Choose an accessible tool',
        description:
          'Use a recording tool students can access on school devices or phones, with privacy settings that keep recordings within the class.',
      },
      {
        title: 'Give targeted feedback',
        description:
          'Respond with brief oral or written feedback on one or two features, such as a structure or pronunciation pattern.',
      },
      {
        title: 'Re-record and build a portfolio',
        description:
          'Have students act on feedback by re-recording, and keep recordings in a portfolio across the unit.',
      },
    ],
    research: {
      rationale:
        "Swain (1985) argued that comprehensible input is not enough for second-language development: learners also need opportunities to produce language, which pushes them to notice gaps and process grammar more deeply. Golonka, Bowles, Frank, Richardson and Freynik's (2014) review of technologies for foreign language learning found the strongest evidence for tools that increase learners' output and interaction and that provide feedback, while noting that much research is descriptive, so teachers should evaluate tools with their own students. Hattie and Timperley (2007) show that feedback is most useful when it is specific and tells learners what to do next, which is why recordings are paired with targeted feedback and re-recording.",
      citations: [
        {
          text: 'Swain, M. (1985). Communicative competence: Some roles of comprehensible input and comprehensible output in its development. In S. M. Gass & C. G. Madden (Eds.), Input in second language acquisition (pp. 235–253). Newbury House.',
        },
        {
          text: 'Golonka, E. M., Bowles, A. R., Frank, V. M., Richardson, D. L., & Freynik, S. (2014). Technologies for foreign language learning: A review of technology types and their effectiveness. Computer Assisted Language Learning, 27(1), 70–105.',
        },
        {
          text: 'Hattie, J., & Timperley, H. (2007). The power of feedback. Review of Educational Research, 77(1), 81–112.',
          url: 'https://doi.org/10.3102/003465430298487',
        },
      ],
    },
    resources: [
      {
        title: 'ACTFL',
        url: 'https://www.actfl.org/',
        description: 'World-Readiness Standards and proficiency guidelines for speaking.',
      },
      {
        title: 'ISTE Standards for Educators',
        url: 'https://iste.org/standards/educators',
        description: 'Standards for designing technology-supported learning.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'language-class',
            prompt:
              'Describe your class (language, level, size) and how much students spoke the target language before this work.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'tool-and-privacy',
            prompt:
              "Which tool did you use, why, and how did you protect students' privacy and ensure everyone could access it?",
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'speaking-tasks',
            title: 'Speaking tasks and criteria',
            prompt:
              'Submit at least three speaking tasks from the unit and the proficiency-based criteria you used for feedback.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 3 },
            words: { min: 150, max: 700 },
          },
          {
            id: 'recording-pairs',
            title: 'Recordings before and after feedback',
            prompt:
              'Submit first and re-recorded versions from three students (with consent), each with the feedback you gave.',
            kinds: ['file', 'link'],
            count: { min: 3, max: 6 },
          },
          {
            id: 'practice-time',
            title: 'Speaking-time estimate',
            prompt:
              'Submit an estimate of how many minutes each student spoke the target language per week before and during the unit, with how you estimated it.',
            kinds: ['file', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 75, max: 400 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'speaking-growth',
            prompt: 'What growth do the recordings show, and which feedback was most useful to students?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'tool-evaluation',
            prompt:
              'Evaluate the tool: what did it make possible, what problems arose, and would you recommend it to colleagues?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'communicative-tasks',
          title: 'Communicative tasks',
          part: 'part2',
          targets: ['speaking-tasks'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Tasks have a communicative purpose, fit the unit and are assessed with proficiency-based criteria.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Tasks are reading aloud or reciting memorized text only.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'targeted-feedback',
          title: 'Targeted feedback and re-recording',
          part: 'part2',
          targets: ['recording-pairs'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Feedback targets one or two features, and re-recordings show students acting on it.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Feedback is a score or general comment, or there is no re-recording.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'increased-practice',
          title: 'Increased speaking practice',
          part: 'part2',
          targets: ['practice-time'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'A reasonable estimate shows more speaking time per student during the unit.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'No estimate is given, or speaking time did not increase.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection on growth and the tool',
          part: 'part3',
          targets: ['speaking-growth', 'tool-evaluation'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Describes growth with evidence from recordings and evaluates the tool critically.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection is general or uncritical.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'min-criteria', min: 3, required: ['targeted-feedback'] },
    },
    alignments: [
      { framework: 'ISTE', code: '2.5', name: 'Designer' },
      { framework: 'ISTE', code: '2.7', name: 'Analyst' },
      { framework: 'InTASC', code: '8', name: 'Instructional Strategies' },
    ],
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 1500,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
