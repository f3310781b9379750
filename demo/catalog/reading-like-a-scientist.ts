import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'reading-like-a-scientist',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Reading Like a Scientist',
    summary:
      'Teach middle-school students the reading moves scientists use (weighing claims against data, reading graphs and methods critically) through modeling, annotation and evidence-based talk.',
    language: 'en',
    topic: 'literacy-across-content',
    subject: 'science',
    gradeBand: '6-8',
    tags: ['disciplinary-literacy', 'science-texts', 'claim-evidence-reasoning', 'think-aloud'],
    competency:
      'The educator explicitly models and coaches the discipline-specific reading practices of science, so that students read scientific texts by identifying claims, evaluating the evidence and methods behind them, and interpreting data displays.',
    keyMethod:
      'Disciplinary literacy instruction in science. Rather than applying generic reading strategies, the teacher makes visible how scientists read: asking what the claim is and what evidence supports it, checking how data were gathered, reading graphs and tables as part of the argument, and holding conclusions tentatively. The teacher thinks aloud with an authentic or adapted science text, gives students an annotation routine built on these questions, and has them discuss and write claims supported by evidence from the text.',
    methodComponents: [
      {
        title: 'Choose texts that carry scientific argument',
        description:
          'Select a short article, data set or study summary suited to the unit that contains a claim, evidence and a data display students must interpret.',
      },
      {
        title: 'Think aloud as a scientist reader',
        description:
          'Model your own reading of the text, narrating the questions you ask about claims, methods, sample size, graphs and uncertainty.',
      },
      {
        title: 'Give students a disciplinary annotation routine',
        description:
          'Provide a small set of annotation codes or questions (claim, evidence, method, data, question) that students apply while reading in pairs.',
      },
      {
        title: 'Talk and write from evidence',
        description:
          'Have students discuss whether the evidence supports the claim and write a short claim-evidence-reasoning response citing the text.',
      },
    ],
    research: {
      rationale:
        "Shanahan and Shanahan (2008) showed that as texts become more specialized, readers need discipline-specific ways of reading: chemists, historians and mathematicians attend to different features of text and use different strategies, and these practices are rarely taught explicitly. Fang and Schleppegrell (2010) describe how the language of science (dense nominalizations, technical vocabulary, and the integration of text with graphs and tables) creates particular challenges that teachers can address by analyzing that language with students. The Reading Apprenticeship framework (Schoenbach, Greenleaf, & Murphy, 2012) provides evidence that making expert reading processes visible through think-alouds and metacognitive conversation improves secondary students' comprehension of disciplinary texts.",
      citations: [
        {
          text: 'Shanahan, T., & Shanahan, C. (2008). Teaching disciplinary literacy to adolescents: Rethinking content-area literacy. Harvard Educational Review, 78(1), 40–59.',
        },
        {
          text: 'Fang, Z., & Schleppegrell, M. J. (2010). Disciplinary literacies across content areas: Supporting secondary reading through functional language analysis. Journal of Adolescent & Adult Literacy, 53(7), 587–597.',
        },
        {
          text: 'Schoenbach, R., Greenleaf, C., & Murphy, L. (2012). Reading for understanding: How Reading Apprenticeship improves disciplinary learning in secondary and college classrooms (2nd ed.). Jossey-Bass.',
        },
      ],
    },
    resources: [
      {
        title: 'Reading Apprenticeship',
        url: 'https://readingapprenticeship.org/',
        description: 'Free articles and examples of metacognitive conversation in science classrooms.',
      },
      {
        title: 'Next Generation Science Standards',
        url: 'https://www.nextgenscience.org/',
        description:
          'The science and engineering practices, including obtaining, evaluating and communicating information.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'unit-context',
            prompt:
              'Describe the class (grade, number of students, learner needs) and the science unit in which you taught this lesson.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'student-readers',
            prompt:
              'What do your students currently do when they read science texts, and what difficulties have you seen?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'text-and-lesson',
            title: 'Text and lesson plan',
            prompt:
              'Submit the text (or a link to it) and your lesson plan, including the disciplinary reading practices you targeted and the annotation routine.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 150, max: 700 },
          },
          {
            id: 'think-aloud',
            title: 'Think-aloud modeling',
            prompt:
              'Submit a video (up to eight minutes) or a transcript of your think-aloud, showing how you modeled reading like a scientist.',
            kinds: ['video', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 600 },
          },
          {
            id: 'student-annotations',
            title: 'Student annotations and written responses',
            prompt:
              'Submit annotated readings and claim-evidence-reasoning responses from three students, names removed, showing a range of performance.',
            kinds: ['file', 'link'],
            count: { min: 3, max: 3 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'disciplinary-moves',
            prompt:
              'Which scientific reading practices did students take up, and which were still difficult? Use the three student samples as evidence.',
            words: { min: 150, max: 400 },
          },
          {
            id: 'next-texts',
            prompt:
              'How will you continue to build these reading practices across the rest of the unit or year?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'disciplinary-focus',
          title: 'Disciplinary focus of the lesson',
          part: 'part2',
          targets: ['text-and-lesson'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The text contains a scientific argument and data; the lesson targets reading practices specific to science rather than generic strategies.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The lesson relies on generic strategies (for example summarizing or finding the main idea) without attention to how scientists read.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'explicit-modeling',
          title: 'Explicit modeling',
          part: 'part2',
          targets: ['think-aloud'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The think-aloud makes expert reading visible: the educator voices questions about claims, evidence, methods and data and shows how they resolve them.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The educator explains the content of the text rather than modeling how to read it.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'student-evidence',
          title: 'Students reading like scientists',
          part: 'part2',
          targets: ['student-annotations'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Student annotations and responses identify claims, use evidence from the text or data display, and evaluate whether the evidence supports the claim.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Student work shows summarizing or copying without evaluation of claims and evidence.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'analysis-of-learning',
          title: 'Analysis of student learning',
          part: 'part3',
          targets: ['disciplinary-moves', 'next-texts'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Uses the samples to analyze which practices students have and have not taken up and plans specific next steps.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Makes general statements about the lesson without reference to the student evidence.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '4', name: 'Content Knowledge' },
      {
        framework: 'NGSS',
        code: 'SEP 8',
        name: 'Obtaining, Evaluating, and Communicating Information',
      },
      {
        framework: 'CCSS',
        code: 'CCSS.ELA-LITERACY.RST.6-8.1',
        name: 'Cite specific textual evidence to support analysis of science and technical texts',
      },
    ],
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
