import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'sourcing-and-corroboration-in-history',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Sourcing and Corroboration with Primary Sources',
    summary:
      'Teach high-school students to read historical documents as historians do (sourcing, contextualizing, close reading and corroborating) in an inquiry built around a central question.',
    language: 'en',
    topic: 'literacy-across-content',
    subject: 'social-studies',
    gradeBand: '9-12',
    tags: ['historical-thinking', 'primary-sources', 'document-based-inquiry', 'argument-writing'],
    competency:
      'The educator designs and teaches a document-based inquiry in which students source, contextualize and corroborate primary sources to build and defend an evidence-based answer to a historical question.',
    keyMethod:
      "Document-based historical inquiry. The teacher poses a central historical question with more than one defensible answer, assembles a short set of excerpted and adapted primary sources that disagree, explicitly models the historian's reading heuristics (sourcing: who wrote this, when and why; contextualization: what was happening at the time; close reading; corroboration: how do documents agree or conflict), and has students discuss the documents and write an argument that weighs their reliability.",
    methodComponents: [
      {
        title: 'Pose a central historical question',
        description:
          'Frame an open question that historians could debate and that the document set can inform.',
      },
      {
        title: 'Build an accessible document set',
        description:
          'Choose three to five sources with different perspectives, and excerpt or adapt them (with headnotes and vocabulary support) so all students can read them.',
      },
      {
        title: 'Model and practice historical reading',
        description:
          'Think aloud through sourcing, contextualization, close reading and corroboration with the first document, then gradually release the work to students with a graphic organizer.',
      },
      {
        title: 'Discuss and argue from evidence',
        description:
          'Hold a structured discussion about the question, then have students write an argument that cites documents and explains why some evidence is more trustworthy than other evidence.',
      },
    ],
    research: {
      rationale:
        "Wineburg's (1991) comparison of historians and strong high-school readers found that historians routinely sourced and corroborated documents while students treated texts as neutral carriers of information. These heuristics can be taught: in a field study in five urban high schools, Reisman (2012) found that a document-based history curriculum improved students' historical thinking, their factual knowledge and their general reading comprehension. Shanahan and Shanahan (2008) situate this work within disciplinary literacy, arguing that adolescents need instruction in the specialized ways each discipline reads and writes, and Wineburg, Martin and Monte-Sano (2011) provide classroom models for teaching these practices to students with a wide range of reading skills.",
      citations: [
        {
          text: 'Reisman, A. (2012). Reading like a historian: A document-based history curriculum intervention in urban high schools. Cognition and Instruction, 30(1), 86–112.',
        },
        {
          text: 'Wineburg, S. S. (1991). Historical problem solving: A study of the cognitive processes used in the evaluation of documentary and pictorial evidence. Journal of Educational Psychology, 83(1), 73–87.',
        },
        {
          text: 'Wineburg, S., Martin, D., & Monte-Sano, C. (2011). Reading like a historian: Teaching literacy in middle and high school history classrooms. Teachers College Press.',
        },
        {
          text: 'Shanahan, T., & Shanahan, C. (2008). Teaching disciplinary literacy to adolescents: Rethinking content-area literacy. Harvard Educational Review, 78(1), 40–59.',
        },
      ],
    },
    resources: [
      {
        title: 'Library of Congress: Teachers',
        url: 'https://www.loc.gov/programs/teachers/',
        description: 'Free primary source sets and analysis tools for the classroom.',
      },
      {
        title: 'DocsTeach (National Archives)',
        url: 'https://www.docsteach.org/',
        description: 'Primary sources from the National Archives with free activity tools.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'course-context',
            prompt:
              'Describe the course, grade, class size and reading needs of your students, and where this inquiry fell in the curriculum.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'central-question',
            prompt:
              'What central question did you pose, and why does it support genuine historical argument rather than a single right answer?',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'document-set-and-plan',
            title: 'Document set and lesson plan',
            prompt:
              'Submit the document set (with any adaptations and headnotes) and the plan for the inquiry, showing where you modeled each historical reading heuristic.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 3 },
            words: { min: 200, max: 900 },
          },
          {
            id: 'modeling-video',
            title: 'Modeling or discussion video',
            prompt:
              'Submit a video of up to ten minutes showing either your modeling of sourcing and corroboration or the student discussion of the documents.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 1 },
          },
          {
            id: 'student-arguments',
            title: 'Student arguments',
            prompt:
              'Submit written arguments from three students at different levels, names removed, with your feedback.',
            kinds: ['file', 'link'],
            count: { min: 3, max: 4 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'historical-thinking-growth',
            prompt:
              'Using the student arguments, describe which historical reading heuristics students used well and which they did not yet use. Quote or describe specific passages.',
            words: { min: 200, max: 450 },
          },
          {
            id: 'adjusting-inquiry',
            prompt:
              'What would you change about the question, the documents or the scaffolds the next time you teach this inquiry?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'inquiry-design',
          title: 'Inquiry design',
          part: 'part2',
          targets: ['document-set-and-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The question is open to argument; the documents offer differing perspectives, are accessible to all students, and include sourcing information.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The question has one factual answer, the documents all agree, or sources lack the information students need to source them.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'heuristic-instruction',
          title: 'Teaching historical reading',
          part: 'part2',
          targets: ['modeling-video'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The video shows explicit modeling of sourcing and corroboration or a discussion in which students weigh documents against each other.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Documents are used for information retrieval only; reliability and perspective are not discussed.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'student-argument',
          title: 'Evidence-based student arguments',
          part: 'part2',
          targets: ['student-arguments'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Student arguments answer the central question, cite multiple documents, and at least some address the reliability or perspective of their sources.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Student writing summarizes documents without building an argument or evaluating sources.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflective-analysis',
          title: 'Analysis of historical thinking',
          part: 'part3',
          targets: ['historical-thinking-growth', 'adjusting-inquiry'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Analyzes student work for specific historical thinking practices and proposes changes grounded in that analysis.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection is general and does not use student work as evidence.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      {
        framework: 'CCSS',
        code: 'CCSS.ELA-LITERACY.RH.9-10.1',
        name: 'Cite specific textual evidence to support analysis of primary and secondary sources',
      },
      {
        framework: 'CCSS',
        code: 'CCSS.ELA-LITERACY.RH.9-10.9',
        name: 'Compare and contrast treatments of the same topic in several primary and secondary sources',
      },
      { framework: 'InTASC', code: '5', name: 'Application of Content' },
    ],
    estimatedHours: 15,
    creditHours: 12,
    priceCents: 2500,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
