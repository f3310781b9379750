import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'structured-academic-conversations',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Structured Academic Conversations for Multilingual Learners',
    summary:
      'Design partner conversations about texts with a clear purpose, conversation skills and language supports so multilingual learners build ideas together in academic English.',
    language: 'en',
    topic: 'multilingual-learners',
    subject: 'ela',
    gradeBand: '6-8',
    tags: ['academic-language', 'oral-language', 'partner-talk', 'english-learners'],
    competency:
      'The educator plans and facilitates structured academic conversations in which multilingual learners use targeted conversation skills and academic language to build and deepen ideas about content, and assesses the quality of their talk.',
    keyMethod:
      "Structured academic conversations. The teacher designs a conversation prompt that requires students to build an idea together (for example, deciding which character changed most and why), explicitly teaches one or two conversation skills such as elaborating, supporting ideas with examples from the text, building on or challenging a partner's idea, and paraphrasing, and provides language supports matched to students' English proficiency (sentence frames, word banks, models). Students hold the conversation in pairs, the teacher listens in and records evidence of the target skills, and students use what they discussed in a short written response.",
    methodComponents: [
      {
        title: 'Design a conversation-worthy prompt',
        description:
          'Write a prompt with more than one defensible answer that requires evidence from the text and cannot be answered in a single turn.',
      },
      {
        title: 'Teach conversation skills explicitly',
        description:
          'Model one or two skills (for example "build on" and "support with evidence") with a fishbowl or a teacher-student demonstration, naming what they sound like.',
      },
      {
        title: 'Provide differentiated language supports',
        description:
          'Offer frames and word banks matched to proficiency levels, and allow home-language planning or clarification when useful.',
      },
      {
        title: 'Listen in and assess talk',
        description:
          'Circulate with a simple observation tool to record evidence of the target skills and academic language.',
      },
      {
        title: 'Connect talk to writing',
        description:
          'Have students write a short response drawing on ideas and language from their conversation.',
      },
    ],
    research: {
      rationale:
        'Multilingual learners need frequent, purposeful opportunities to use academic language, not only to hear it. Zwiers and Crawford (2011) describe conversation skills (elaborating, supporting ideas with examples, building on or challenging ideas, paraphrasing and synthesizing) that can be taught explicitly so that student talk builds content understanding and academic language together. The IES practice guide by Baker and colleagues (2014) recommends integrating oral and written English language instruction into content teaching and providing regular, structured opportunities to develop written language, with strong evidence for intensive academic vocabulary instruction. Gibbons (2015) shows how well-designed interaction tasks and teacher scaffolding move learners from everyday to academic registers.',
      citations: [
        {
          text: 'Zwiers, J., & Crawford, M. (2011). Academic conversations: Classroom talk that fosters critical thinking and content understandings. Stenhouse.',
        },
        {
          text: 'Baker, S., Lesaux, N., Jayanthi, M., Dimino, J., Proctor, C. P., Morris, J., Gersten, R., Haymond, K., Kieffer, M. J., Linan-Thompson, S., & Newman-Gonchar, R. (2014). Teaching academic content and literacy to English learners in elementary and middle school (NCEE 2014-4012). National Center for Education Evaluation and Regional Assistance, Institute of Education Sciences, U.S. Department of Education.',
        },
        {
          text: 'Gibbons, P. (2015). Scaffolding language, scaffolding learning: Teaching English language learners in the mainstream classroom (2nd ed.). Heinemann.',
        },
      ],
    },
    resources: [
      {
        title: 'Colorín Colorado',
        url: 'https://www.colorincolorado.org/',
        description: 'Articles and videos on oral language development and academic conversations.',
      },
      {
        title: 'WIDA',
        url: 'https://wida.wisc.edu/',
        description: 'Proficiency level descriptors for speaking, useful for planning supports.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'learners-and-text',
            prompt:
              'Describe your class, including the multilingual learners and their English proficiency levels (no names), and the text or content the conversation was about.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'talk-baseline',
            prompt:
              "What did partner or group talk sound like in your class before this work? What did you notice about multilingual learners' participation?",
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        intro:
          'Remove student names from all artifacts; audio is preferred to video if faces would be visible.',
        artifacts: [
          {
            id: 'conversation-plan',
            title: 'Conversation plan',
            prompt:
              'Submit the plan: the prompt, the conversation skills you taught and how you modeled them, the language supports by proficiency level, and your observation tool.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 700 },
          },
          {
            id: 'conversation-recording',
            title: 'Conversation recording or transcript',
            prompt:
              "Submit an audio or video recording (up to six minutes) or a transcript of one pair's conversation that includes at least one multilingual learner.",
            kinds: ['video', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 150, max: 900 },
          },
          {
            id: 'follow-up-writing',
            title: 'Follow-up writing',
            prompt:
              'Submit the written responses of the students in the recorded conversation, names removed.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 3 },
            words: { min: 50, max: 400 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'talk-analysis',
            prompt:
              'Analyze the recorded conversation: where did students use the target skills and academic language, where did the conversation stall, and what supports did they use?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'next-conversations',
            prompt:
              'What will you teach or change for the next conversation, and how will you fade supports over time?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'purposeful-design',
          title: 'Purposeful conversation design',
          part: 'part2',
          targets: ['conversation-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The prompt requires students to build an idea with evidence; target skills are modeled; supports are differentiated by proficiency.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The prompt has a single short answer, skills are not taught, or supports are the same for everyone.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'student-talk',
          title: 'Students build ideas together',
          part: 'part2',
          targets: ['conversation-recording'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Partners take several turns, use the target skills and academic language, and their ideas develop during the conversation.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Partners take turns reading prepared answers without responding to each other.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'talk-to-writing',
          title: 'Talk supports writing',
          part: 'part2',
          targets: ['follow-up-writing'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Written responses draw on ideas and language from the conversation.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Writing shows no connection to the conversation.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'analysis-and-next-steps',
          title: 'Analysis of talk',
          part: 'part3',
          targets: ['talk-analysis', 'next-conversations'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Cites specific moments from the conversation to analyze skill and language use and plans next steps, including fading supports.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Analysis is general and does not refer to the recorded conversation.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '2', name: 'Learning Differences' },
      { framework: 'Danielson', code: '3b', name: 'Using Questioning and Discussion Techniques' },
      {
        framework: 'CCSS',
        code: 'CCSS.ELA-LITERACY.SL.7.1',
        name: "Engage effectively in a range of collaborative discussions, building on others' ideas and expressing their own clearly",
      },
    ],
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
