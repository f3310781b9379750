import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'content-and-language-objectives',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Content and Language Objectives for Multilingual Learners',
    summary:
      'Plan and teach sheltered content lessons with paired content and language objectives, comprehensible input and structured practice with academic language.',
    language: 'en',
    topic: 'multilingual-learners',
    subject: 'all-subjects',
    gradeBand: '3-5',
    tags: ['sheltered-instruction', 'language-objectives', 'academic-language', 'english-learners'],
    competency:
      'The educator writes and teaches paired content and language objectives, makes grade-level content comprehensible to multilingual learners at different English proficiency levels, and assesses students against both objectives.',
    keyMethod:
      'Sheltered content instruction. For each lesson the teacher writes a content objective and a language objective that names the language function and forms students need (for example, comparing with "-er than" and "whereas"). The lesson connects to students\' background knowledge, uses comprehensible input (visuals, gestures, realia, modeling and adjusted speech), teaches key academic vocabulary explicitly, gives every student structured opportunities to speak and write using the target language, and closes by checking both objectives.',
    methodComponents: [
      {
        title: 'Write paired objectives',
        description:
          'State a content objective and a language objective in student-friendly terms, post them, and refer to them at the start and end of the lesson.',
      },
      {
        title: 'Build background and vocabulary',
        description:
          "Link the lesson to students' experiences and prior learning, and explicitly teach a small set of essential academic words and phrases.",
      },
      {
        title: 'Make input comprehensible',
        description:
          'Use visuals, demonstrations, graphic organizers, and clear, paced speech so students at different proficiency levels can access grade-level content.',
      },
      {
        title: 'Structure interaction with supports',
        description:
          'Plan partner and small-group tasks with sentence frames and word banks matched to proficiency levels so every student uses the target language.',
      },
      {
        title: 'Assess both objectives',
        description:
          "Check each student's progress on both the content and the language objective at the end of the lesson.",
      },
    ],
    research: {
      rationale:
        'Multilingual learners are asked to learn grade-level content while still acquiring the language in which it is taught. The Sheltered Instruction Observation Protocol (SIOP) model described by Echevarría, Vogt and Short (2017) organizes research-based practices for doing both at once into eight components, including lesson preparation with content and language objectives, comprehensible input and interaction. In a quasi-experimental study, Short, Fidelman and Louguit (2012) found that middle and high school English learners whose teachers were trained in and implemented the SIOP model made significantly greater gains in academic English than comparison students. The IES practice guide by Baker and colleagues (2014) likewise recommends teaching academic vocabulary intensively across several days and integrating oral and written English language instruction into content-area teaching.',
      citations: [
        {
          text: 'Echevarría, J., Vogt, M., & Short, D. J. (2017). Making content comprehensible for English learners: The SIOP model (5th ed.). Pearson.',
        },
        {
          text: 'Short, D. J., Fidelman, C. G., & Louguit, M. (2012). Developing academic language in English language learners through sheltered instruction. TESOL Quarterly, 46(2), 334–361.',
        },
        {
          text: 'Baker, S., Lesaux, N., Jayanthi, M., Dimino, J., Proctor, C. P., Morris, J., Gersten, R., Haymond, K., Kieffer, M. J., Linan-Thompson, S., & Newman-Gonchar, R. (2014). Teaching academic content and literacy to English learners in elementary and middle school (NCEE 2014-4012). National Center for Education Evaluation and Regional Assistance, Institute of Education Sciences, U.S. Department of Education.',
        },
      ],
    },
    resources: [
      {
        title: 'Colorín Colorado',
        url: 'https://www.colorincolorado.org/',
        description: 'Free articles and videos on teaching English language learners in content classes.',
      },
      {
        title: 'WIDA',
        url: 'https://wida.wisc.edu/',
        description: 'English language development standards and proficiency level descriptors.',
      },
      {
        title: 'What Works Clearinghouse',
        url: 'https://ies.ed.gov/ncee/wwc/',
        description: 'Practice guide on teaching academic content and literacy to English learners.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'learner-profiles',
            prompt:
              'Describe the multilingual learners in your class: home languages, English proficiency levels (without names), and what you know about their prior schooling and strengths.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'language-demands',
            prompt:
              'Describe the content of the lesson and analyze its language demands: which words, sentence structures and language functions students need to learn the content.',
            words: { min: 100, max: 300 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'sheltered-lesson-plan',
            title: 'Sheltered lesson plan',
            prompt:
              'Submit your lesson plan with the content and language objectives, key vocabulary, comprehensible input strategies, interaction tasks with supports by proficiency level, and the assessment of both objectives.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 200, max: 800 },
          },
          {
            id: 'lesson-video',
            title: 'Lesson video',
            prompt:
              'Submit a video of up to ten minutes showing you introducing the objectives and students interacting with the target language.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 1 },
          },
          {
            id: 'language-work-samples',
            title: 'Student work samples',
            prompt:
              'Submit work from two or three multilingual learners at different proficiency levels, names removed, showing their use of the target language and content.',
            kinds: ['file', 'link'],
            count: { min: 2, max: 3 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'objective-attainment',
            prompt:
              'To what extent did the students whose work you submitted meet the content objective and the language objective? Cite the samples.',
            words: { min: 150, max: 400 },
          },
          {
            id: 'supports-reflection',
            prompt:
              'Which supports helped students at each proficiency level, and how will you adjust supports or objectives in the next lesson?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'paired-objectives',
          title: 'Paired content and language objectives',
          part: 'part2',
          targets: ['sheltered-lesson-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Objectives are measurable and student-friendly; the language objective names a language function and forms that students need for the content.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'A language objective is missing, repeats the content objective, or names an activity rather than language students will learn.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'comprehensible-input',
          title: 'Comprehensible input and interaction',
          part: 'part2',
          targets: ['sheltered-lesson-plan', 'lesson-video'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The lesson uses several strategies to make content comprehensible, and all students use the target language in structured interaction with supports matched to their proficiency.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Instruction is mainly teacher talk, or supports are the same for all students regardless of proficiency.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'dual-assessment',
          title: 'Assessment of both objectives',
          part: 'part2',
          targets: ['language-work-samples'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Student work is assessed against both the content and the language objective.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Only content is assessed, or the samples do not show use of the target language.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection-on-learners',
          title: "Reflection on multilingual learners' progress",
          part: 'part3',
          targets: ['objective-attainment', 'supports-reflection'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                "Analyzes each student's progress on both objectives and adjusts supports by proficiency level based on that evidence.",
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Reflection treats multilingual learners as one group or does not use the work samples.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '2', name: 'Learning Differences' },
      { framework: 'Danielson', code: '3a', name: 'Communicating with Students' },
    ],
    estimatedHours: 12,
    creditHours: 10,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
