import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'co-planning-and-co-teaching',
  issuer: 'brightwater-educators-learning-center',
  content: {
    title: 'Co-Planning and Co-Teaching for Inclusive Classrooms',
    summary:
      'With a co-teacher, plan and deliver lessons that use the strengths of both educators and choose co-teaching approaches, such as station, parallel or alternative teaching, for specific student needs.',
    language: 'en',
    topic: 'inclusive-practice',
    subject: 'special-education',
    gradeBand: '6-8',
    tags: ['co-teaching', 'collaboration', 'inclusion', 'specially-designed-instruction'],
    competency:
      "The educator co-plans with a general or special education partner, selects co-teaching approaches that match lesson goals and student needs, shares instructional roles so both educators teach, and uses student data to evaluate the partnership's impact.",
    keyMethod:
      "Purposeful co-teaching. The co-teachers hold a regular co-planning time in which they review student data, identify where specially designed instruction is needed, and choose among co-teaching approaches (one teach/one observe, station teaching, parallel teaching, alternative teaching, teaming, and one teach/one assist) for each part of the lesson based on the goal and students' needs rather than habit. Both educators take active instructional roles, groupings are flexible, and students with disabilities receive the supports in their IEPs within rigorous grade-level instruction.",
    methodComponents: [
      {
        title: 'Protected co-planning',
        description: 'Meet regularly with a shared agenda that starts from student data and IEP goals.',
      },
      {
        title: 'Match approach to purpose',
        description:
          'Choose a co-teaching approach for each lesson segment for a reason (for example parallel teaching to lower group size for discussion).',
      },
      {
        title: 'Parity of roles',
        description:
          'Ensure both educators lead instruction and are seen by students as teachers of the whole class.',
      },
      {
        title: 'Flexible, data-based grouping',
        description:
          'Form groups from recent data and change them often so groups do not become fixed tracks.',
      },
      {
        title: 'Evaluate impact together',
        description: 'Review student progress and partnership practices together and adjust.',
      },
    ],
    research: {
      rationale:
        "Friend, Cook, Hurley-Chamberlain and Shamberger (2010) describe co-teaching as a service delivery option that combines the curricular expertise of general educators with the specialized instructional expertise of special educators, and they identify the conditions (shared planning, parity and clear approaches) on which its success depends. Scruggs, Mastropieri and McDuffie's (2007) metasynthesis of qualitative research found that co-teachers valued the practice, but that 'one teach, one assist' dominated, with special educators often in a subordinate role, and that co-planning time was a critical need. This micro-credential therefore focuses on deliberate selection of approaches and shared roles. Collaboration with colleagues to increase student success is also one of the high-leverage practices for special educators (McLeskey et al., 2017).",
      citations: [
        {
          text: 'Friend, M., Cook, L., Hurley-Chamberlain, D., & Shamberger, C. (2010). Co-teaching: An illustration of the complexity of collaboration in special education. Journal of Educational and Psychological Consultation, 20(1), 9–27.',
        },
        {
          text: 'Scruggs, T. E., Mastropieri, M. A., & McDuffie, K. A. (2007). Co-teaching in inclusive classrooms: A metasynthesis of qualitative research. Exceptional Children, 73(4), 392–416.',
        },
        {
          text: 'McLeskey, J., Barringer, M.-D., Billingsley, B., Brownell, M., Jackson, D., Kennedy, M., Lewis, T., Maheady, L., Rodriguez, J., Scheeler, M. C., Winn, J., & Ziegler, D. (2017). High-leverage practices in special education. Council for Exceptional Children & CEEDAR Center.',
        },
      ],
    },
    resources: [
      {
        title: 'High-Leverage Practices for Students with Disabilities',
        url: 'https://highleveragepractices.org/',
        description: 'Videos and guides on collaboration practices.',
      },
      {
        title: 'IRIS Center',
        url: 'https://iris.peabody.vanderbilt.edu/',
        description: 'Free modules including collaboration and co-teaching.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'partnership-context',
            prompt:
              'Describe the co-taught class (subject, grade, number of students and students with IEPs) and how you and your partner have worked together so far.',
            words: { min: 100, max: 300 },
          },
          {
            id: 'student-needs',
            prompt:
              'Describe the learning needs in the class that co-teaching should address, without naming students.',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        artifacts: [
          {
            id: 'co-planning-record',
            title: 'Co-planning record',
            prompt:
              'Submit agendas or notes from at least two co-planning meetings showing data reviewed, decisions made and roles assigned.',
            kinds: ['file', 'text'],
            count: { min: 2, max: 3 },
            words: { min: 100, max: 600 },
          },
          {
            id: 'co-taught-lessons',
            title: 'Co-taught lesson plans',
            prompt:
              "Submit two lesson plans that use at least two different co-teaching approaches, with the reason for each choice and each teacher's role.",
            kinds: ['file', 'link', 'text'],
            count: { min: 2, max: 2 },
            words: { min: 150, max: 700 },
          },
          {
            id: 'co-teaching-video',
            title: 'Co-teaching video',
            prompt: 'Submit a video of up to ten minutes showing both educators teaching.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 1 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'approach-choices',
            prompt:
              "How did your choice of co-teaching approaches affect students' access and learning? Use student data or work.",
            words: { min: 150, max: 400 },
          },
          {
            id: 'partnership-growth',
            prompt:
              'How has your partnership changed, what challenges remain, and what will you and your partner work on next?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'data-based-co-planning',
          title: 'Data-based co-planning',
          part: 'part2',
          targets: ['co-planning-record'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Co-planning is regular and starts from student data and IEP goals, with clear roles for both teachers.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Planning is done by one teacher, or does not consider student data and IEP goals.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'purposeful-approaches',
          title: 'Purposeful co-teaching approaches',
          part: 'part2',
          targets: ['co-taught-lessons'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Lessons use varied approaches chosen for specific purposes and include specially designed instruction.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Lessons rely on one teach/one assist without a stated reason.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'parity',
          title: 'Parity in instruction',
          part: 'part2',
          targets: ['co-teaching-video'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: 'Both educators actively teach and interact with all students.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'One educator mainly supports or monitors, or works only with students with IEPs.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection',
          title: 'Reflection on impact and partnership',
          part: 'part3',
          targets: ['approach-choices', 'partnership-growth'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Uses student evidence to evaluate approach choices and reflects candidly on the partnership.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Reflection lacks student evidence or does not address the partnership.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '2', name: 'Learning Differences' },
      { framework: 'InTASC', code: '10', name: 'Leadership and Collaboration' },
    ],
    estimatedHours: 14,
    creditHours: 12,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
