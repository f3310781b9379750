import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'purposeful-technology-in-math',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Purposeful Technology Integration in Mathematics',
    summary:
      'Design a middle-school math lesson in which a digital tool is chosen for what it lets students do with the mathematics, such as exploring relationships in dynamic graphs, and evaluate what it added.',
    language: 'en',
    topic: 'technology-integration',
    subject: 'math',
    gradeBand: '6-8',
    tags: ['tpack', 'dynamic-graphing', 'lesson-design', 'mathematical-reasoning'],
    competency:
      'The educator selects and uses a digital tool because it serves a specific mathematical learning goal and teaching approach, and evaluates with student evidence whether the tool deepened understanding compared with non-digital alternatives.',
    keyMethod:
      'Technology selection through the TPACK lens. The teacher starts from the mathematical idea students need to understand and the pedagogy that suits it (for example, conjecturing from many examples), then chooses a tool whose affordances support that pedagogy, such as a dynamic graphing or geometry environment where students can vary a parameter and see the effect at once. The lesson is designed so that students use the tool to investigate, record and justify conjectures, and the teacher uses student products and observation to judge what the technology added.',
    methodComponents: [
      {
        title: 'Start from content and pedagogy',
        description:
          'Name the mathematical idea, the typical misconceptions around it and the kind of student activity (exploring, conjecturing, representing, justifying) that builds understanding.',
      },
      {
        title: 'Match a tool to the purpose',
        description:
          'Choose a tool for a specific affordance (dynamic linking of representations, instant feedback, collaborative visibility) and explain why a non-digital version would be weaker.',
      },
      {
        title: 'Design the student task',
        description:
          'Write a task in which students use the tool to investigate and then explain or justify what they found, not just to practice or watch.',
      },
      {
        title: 'Orchestrate and monitor',
        description:
          "Monitor students' screens or products during the task, select contrasting work to discuss, and connect it to the mathematical goal.",
      },
      {
        title: 'Evaluate the added value',
        description:
          'Use student work to judge what the technology added to learning and what you would change.',
      },
    ],
    research: {
      rationale:
        "Mishra and Koehler (2006) argue that effective teaching with technology requires knowledge of how technology, pedagogy and content interact (technological pedagogical content knowledge), not technology skills alone. Tamim and colleagues' (2011) second-order meta-analysis of forty years of research found a small-to-moderate positive effect of technology use on achievement, larger when technology supported instruction than when it delivered content, suggesting that how the tool is used matters more than whether it is used. Ertmer and Ottenbreit-Leftwich (2010) show that meaningful integration depends on teachers' pedagogical beliefs and knowledge as well as on access, which is why this micro-credential asks educators to justify tool choices in pedagogical terms and to evaluate them with student evidence.",
      citations: [
        {
          text: 'Mishra, P., & Koehler, M. J. (2006). Technological pedagogical content knowledge: A framework for teacher knowledge. Teachers College Record, 108(6), 1017–1054.',
          url: 'https://doi.org/10.1111/j.1467-9620.2006.00684.x',
        },
        {
          text: 'Tamim, R. M., Bernard, R. M., Borokhovski, E., Abrami, P. C., & Schmid, R. F. (2011). What forty years of research says about the impact of technology on learning: A second-order meta-analysis and validation study. Review of Educational Research, 81(1), 4–28.',
        },
        {
          text: 'Ertmer, P. A., & Ottenbreit-Leftwich, A. T. (2010). Teacher technology change: How knowledge, confidence, beliefs, and culture intersect. Journal of Research on Technology in Education, 42(3), 255–284.',
        },
      ],
    },
    resources: [
      {
        title: 'ISTE Standards for Educators',
        url: 'https://iste.org/standards/educators',
        description:
          'The Designer and Facilitator standards describe purposeful use of technology for learning.',
      },
      {
        title: 'GeoGebra Classroom Resources',
        url: 'https://www.geogebra.org/',
        description: 'Free dynamic geometry and graphing tools with shared classroom activities.',
      },
      {
        title: 'Desmos Classroom',
        url: 'https://teacher.desmos.com/',
        description: 'Free graphing calculator and teacher dashboard for monitoring student work.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'math-goal',
            prompt:
              'Describe your class (grade, size, learner needs) and the mathematical learning goal of the lesson, including the misconceptions students commonly have about it.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'tool-rationale',
            prompt:
              'Which tool did you choose, and why? Explain the specific affordance that serves your content and pedagogy, and what a non-digital version of the lesson would lose.',
            words: { min: 100, max: 300 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'tech-lesson-plan',
            title: 'Lesson plan',
            prompt:
              'Submit the lesson plan, including the student task, how students use the tool, how you will monitor their work and how the lesson closes.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 700 },
          },
          {
            id: 'student-products',
            title: 'Student products',
            prompt:
              'Submit two to four student products made with the tool (screenshots, shared links or exported files), names removed, each with a sentence on what it shows.',
            kinds: ['file', 'link'],
            count: { min: 2, max: 4 },
          },
          {
            id: 'implementation-evidence',
            title: 'Implementation evidence',
            prompt:
              'Submit a short classroom video (up to six minutes) or written observation notes showing how students used the tool and how you used what you saw to lead the discussion.',
            kinds: ['video', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'added-value',
            prompt:
              "What did the technology add to students' understanding of the mathematics? Use the student products as evidence.",
            words: { min: 150, max: 400 },
          },
          {
            id: 'redesign',
            prompt:
              'What constraints or surprises did you encounter, and how would you redesign the lesson or your use of the tool?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'pedagogical-rationale',
          title: 'Pedagogical rationale for the tool',
          part: 'part1',
          targets: ['math-goal', 'tool-rationale'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The tool choice is justified by a specific affordance that serves the mathematical goal and the chosen pedagogy.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The tool is chosen for engagement or novelty without a link to the content or pedagogy.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'task-design',
          title: 'Task requires mathematical thinking with the tool',
          part: 'part2',
          targets: ['tech-lesson-plan', 'student-products'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Students use the tool to investigate, represent or justify, and their products show mathematical reasoning.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'The tool is used only for drill, presentation or answer checking.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'orchestration',
          title: 'Monitoring and orchestration',
          part: 'part2',
          targets: ['implementation-evidence'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The educator monitors student work during the task and uses it to select and connect ideas in the discussion.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Students work with the tool without monitoring, or the lesson closes without connecting their work to the goal.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'evaluation',
          title: 'Evaluation of added value',
          part: 'part3',
          targets: ['added-value', 'redesign'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Uses student evidence to evaluate what the tool contributed and proposes a specific redesign.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Claims the tool helped without evidence, or reflection is limited to logistics.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'ISTE', code: '2.5', name: 'Designer' },
      { framework: 'ISTE', code: '2.6', name: 'Facilitator' },
      { framework: 'InTASC', code: '8', name: 'Instructional Strategies' },
    ],
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
