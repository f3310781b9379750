import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'disaggregating-student-data',
  issuer: 'northfield-school-of-education',
  content: {
    title: 'Disaggregating Student Data to Target Instruction',
    summary:
      'Break down the results of a common assessment by standard and by student group, find a learner-centered problem, and plan and test an instructional response.',
    language: 'en',
    topic: 'data-literacy',
    subject: 'all-subjects',
    gradeBand: 'K-12',
    tags: ['data-inquiry', 'disaggregation', 'equity', 'common-assessment'],
    competency:
      'The educator disaggregates assessment results by skill and by student group, identifies a learner-centered problem supported by more than one source of evidence, and plans, carries out and evaluates a targeted instructional response.',
    keyMethod:
      'A structured data inquiry cycle. The educator starts with a focused question, organizes results from a common assessment by item or standard and by student group (for example multilingual learners, students with IEPs, or class periods), looks beneath the scores at student work to confirm what the pattern means, states a learner-centered problem, chooses an instructional change aimed at that problem, and checks its effect with a short follow-up assessment.',
    methodComponents: [
      {
        title: 'Pose a focused question',
        description:
          'Frame a question about student learning that the available data can answer, such as which skills on the unit assessment were least secure and for which students.',
      },
      {
        title: 'Disaggregate the results',
        description:
          'Organize results by item or standard and by at least two student groups, keeping identities protected with codes, and look for gaps that would be hidden by a class average.',
      },
      {
        title: 'Dig into student work',
        description:
          'Examine the actual responses behind the pattern to understand the thinking that produced it, and write a learner-centered problem statement.',
      },
      {
        title: 'Plan and test a response',
        description:
          'Choose an instructional change that addresses the problem, teach it, and compare results on a short follow-up assessment of the same skill.',
      },
    ],
    research: {
      rationale:
        "Averages hide patterns that matter for instruction. The Institute of Education Sciences practice guide by Hamilton and colleagues (2009) recommends that teachers make data part of an ongoing cycle of instructional improvement: collect and prepare a variety of data, interpret it, form hypotheses about how to improve learning, and test those changes. Boudett, City and Murnane's Data Wise process (2013) adds that teams should move from assessment data to student work to a learner-centered problem before choosing a strategy, so that the response targets the thinking behind the scores. Mandinach and Gummer (2016) describe this data literacy for teaching as the ability to turn information into instructional knowledge and action, which includes attending to which groups of students are and are not being served.",
      citations: [
        {
          text: 'Boudett, K. P., City, E. A., & Murnane, R. J. (Eds.). (2013). Data wise: A step-by-step guide to using assessment results to improve teaching and learning (Rev. and expanded ed.). Harvard Education Press.',
        },
        {
          text: 'Hamilton, L., Halverson, R., Jackson, S., Mandinach, E., Supovitz, J., & Wayman, J. (2009). Using student achievement data to support instructional decision making (NCEE 2009-4067). National Center for Education Evaluation and Regional Assistance, Institute of Education Sciences, U.S. Department of Education.',
        },
        {
          text: 'Mandinach, E. B., & Gummer, E. S. (2016). Data literacy for educators: Making it count in teacher preparation and practice. Teachers College Press.',
        },
      ],
    },
    resources: [
      {
        title: 'Data Wise Project',
        url: 'https://datawise.gse.harvard.edu/',
        description: 'Free overview of the eight-step Data Wise improvement process and protocols.',
      },
      {
        title: 'What Works Clearinghouse',
        url: 'https://ies.ed.gov/ncee/wwc/',
        description:
          'Practice guides, including Using Student Achievement Data to Support Instructional Decision Making.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'data-context',
            prompt:
              'Describe the students, the assessment you analyzed (what it measures, when it was given) and the student groups you chose to compare and why.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'inquiry-question',
            prompt:
              'State the question you set out to answer with the data and why it matters for your students.',
            words: { min: 50, max: 200 },
          },
        ],
      },
      part2: {
        intro: 'Replace student names with codes in every artifact.',
        artifacts: [
          {
            id: 'disaggregated-display',
            title: 'Disaggregated data display',
            prompt:
              'Submit a table or chart of the results broken down by item or standard and by at least two student groups, with a short note on what stands out.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 100, max: 600 },
          },
          {
            id: 'learner-centered-problem',
            title: 'Learner-centered problem',
            prompt:
              'State the learner-centered problem you identified and describe the student work you examined that confirms it.',
            kinds: ['text', 'file'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 500 },
          },
          {
            id: 'action-and-results',
            title: 'Instructional response and results',
            prompt:
              'Describe the instructional change you made, how long you used it, and the follow-up assessment results compared with the original results for the same skill and groups.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 150, max: 600 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'what-data-showed',
            prompt:
              'What did disaggregating the data reveal that the overall results did not? How did the student work change or sharpen your first reading of the numbers?',
            words: { min: 150, max: 400 },
          },
          {
            id: 'equity-reflection',
            prompt:
              'What did you learn about how well your instruction serves different groups of students, and what will you change in your regular practice as a result?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'accurate-disaggregation',
          title: 'Accurate disaggregation',
          part: 'part2',
          targets: ['disaggregated-display'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Results are correctly organized by skill and by at least two groups, identities are protected, and the note identifies patterns that an overall average would hide.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Results are shown only as totals or averages, groups are not compared, the display contains errors, or students can be identified.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'problem-identification',
          title: 'Learner-centered problem grounded in evidence',
          part: 'part2',
          targets: ['learner-centered-problem'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The problem describes student thinking (not a deficit in students), is specific enough to act on, and is confirmed by student work beyond the scores.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The problem is vague, attributes results to student characteristics, or rests on the scores alone.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'targeted-response',
          title: 'Targeted response and follow-up',
          part: 'part2',
          targets: ['action-and-results'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The instructional change addresses the stated problem, and follow-up results for the same skill and groups are reported and compared honestly.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The change is generic (for example "more practice"), is not connected to the problem, or no follow-up evidence is reported.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection-on-equity',
          title: 'Reflection on data and equity',
          part: 'part3',
          targets: ['what-data-showed', 'equity-reflection'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Explains what disaggregation revealed, reflects on how instruction serves different groups, and names concrete changes to ongoing practice.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Restates the results without drawing conclusions about instruction or about different groups.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '6', name: 'Assessment' },
      { framework: 'Danielson', code: '1b', name: 'Demonstrating Knowledge of Students' },
      {
        framework: 'NBPTS',
        code: 'Proposition 3',
        name: 'Teachers are responsible for managing and monitoring student learning',
      },
    ],
    estimatedHours: 14,
    creditHours: 12,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
