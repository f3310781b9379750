import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'daily-community-meetings',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Daily Community Meetings in the Early Grades',
    summary:
      'Open each day with a short, predictable class meeting (greeting, sharing, a cooperative activity and a message) that builds belonging and explicitly teaches social skills.',
    language: 'en',
    topic: 'social-emotional-learning',
    subject: 'all-subjects',
    gradeBand: 'PK-2',
    tags: ['community-building', 'class-meeting', 'relationship-skills', 'early-childhood'],
    competency:
      "The educator leads a consistent daily class meeting that gives every child a voice, explicitly teaches and practices a targeted social skill, and uses observation to track children's growth in that skill.",
    keyMethod:
      'A structured daily community meeting. For 15 to 20 minutes each morning, children sit in a circle for four predictable parts: a greeting in which every child is welcomed by name, a sharing time in which a few children share and others practice listening and asking questions, a short cooperative activity, and a message that previews the day. The teacher chooses one social skill at a time (for example greeting with eye contact or a friendly voice, listening and responding, or taking turns), models it, lets children practice it in the meeting and reinforces it throughout the day.',
    methodComponents: [
      {
        title: 'Predictable structure',
        description:
          'Hold the meeting at the same time every day with the same four parts so children know what to expect and can focus on the skills.',
      },
      {
        title: 'Every voice, every day',
        description:
          'Make sure every child is greeted by name and has regular turns to speak and to be listened to.',
      },
      {
        title: 'Explicit skill focus',
        description:
          'Choose one social skill for a week or two; model it, name what it looks and sounds like, and practice it during the meeting.',
      },
      {
        title: 'Carry skills into the day',
        description:
          'Notice and name the target skill during other parts of the day, and refer back to the meeting when problems arise.',
      },
    ],
    research: {
      rationale:
        "Durlak and colleagues' (2011) meta-analysis of 213 school-based universal SEL programs found improvements in social-emotional skills, attitudes and behavior, and an 11-percentile-point gain in academic achievement. Jones and Bouffard (2012) argue that SEL is most effective when it is woven into everyday routines and interactions rather than delivered only as a stand-alone program, and highlight daily practices such as class meetings as a way to do this. In a three-year randomized trial of an approach built around daily morning meetings and related practices, Rimm-Kaufman and colleagues (2014) found that students in classrooms where teachers implemented the practices with high fidelity showed greater gains in mathematics and reading achievement, underlining the importance of consistent implementation.",
      citations: [
        {
          text: "Durlak, J. A., Weissberg, R. P., Dymnicki, A. B., Taylor, R. D., & Schellinger, K. B. (2011). The impact of enhancing students' social and emotional learning: A meta-analysis of school-based universal interventions. Child Development, 82(1), 405–432.",
          url: 'https://doi.org/10.1111/j.1467-8624.2010.01564.x',
        },
        {
          text: 'Jones, S. M., & Bouffard, S. M. (2012). Social and emotional learning in schools: From programs to strategies. Social Policy Report, 26(4), 1–33.',
        },
        {
          text: 'Rimm-Kaufman, S. E., Larsen, R. A. A., Baroody, A. E., Curby, T. W., Ko, M., Thomas, J. B., Merritt, E. G., Abry, T., & DeCoster, J. (2014). Efficacy of the Responsive Classroom approach: Results from a 3-year, longitudinal randomized controlled trial. American Educational Research Journal, 51(3), 567–603.',
        },
      ],
    },
    resources: [
      {
        title: 'CASEL: Fundamentals of SEL',
        url: 'https://casel.org/fundamentals-of-sel/',
        description: 'The CASEL framework of five social and emotional competencies.',
      },
      {
        title: 'Greater Good in Education',
        url: 'https://ggie.berkeley.edu/',
        description: 'Free classroom practices for building community and belonging.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'class-community',
            prompt:
              'Describe your class and its community at the start of this work: ages, needs, and what you noticed about how children interact.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'target-skill',
            prompt: 'Which social skill did you focus on, and why did you choose it for these children?',
            words: { min: 75, max: 200 },
          },
        ],
      },
      part2: {
        intro: "Protect children's privacy: do not show faces without family consent and remove all names.",
        artifacts: [
          {
            id: 'meeting-plans',
            title: 'Meeting plans',
            prompt:
              'Submit plans for five consecutive meetings, showing the four parts and how each taught or practiced the target skill.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 5 },
            words: { min: 150, max: 800 },
          },
          {
            id: 'meeting-video',
            title: 'Meeting video',
            prompt:
              'Submit a video of up to ten minutes from one meeting, including the greeting and the skill practice.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 1 },
          },
          {
            id: 'skill-observations',
            title: 'Skill observation notes',
            prompt:
              "Submit observation notes or a checklist tracking children's use of the target skill at the start and after at least three weeks.",
            kinds: ['file', 'text'],
            count: { min: 1, max: 2 },
            words: { min: 100, max: 500 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'skill-growth',
            prompt:
              'What growth did you see in the target skill, inside and outside the meeting? Use your observation notes as evidence.',
            words: { min: 150, max: 400 },
          },
          {
            id: 'inclusion-reflection',
            prompt:
              'Which children were less comfortable participating, and how did you adapt the meeting so every child had a voice?',
            words: { min: 150, max: 400 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'consistent-structure',
          title: 'Consistent, inclusive structure',
          part: 'part2',
          targets: ['meeting-plans', 'meeting-video'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Meetings follow a predictable structure, every child is greeted by name, and children have turns to speak and listen.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Meetings are irregular, teacher-dominated, or leave some children out.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'explicit-skill-teaching',
          title: 'Explicit skill teaching',
          part: 'part2',
          targets: ['meeting-plans', 'meeting-video'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The target skill is modeled, named and practiced with feedback during the meeting.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'The skill is mentioned but not modeled or practiced.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'growth-evidence',
          title: 'Evidence of growth',
          part: 'part2',
          targets: ['skill-observations'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor: "Observations at two points in time show how children's use of the skill changed.",
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Observation data are missing or collected at only one point.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflective-practice',
          title: 'Reflection',
          part: 'part3',
          targets: ['skill-growth', 'inclusion-reflection'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Interprets the evidence of growth and describes specific adaptations for children who participated less.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: "Reflection is general and does not address individual children's participation.",
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'CASEL', code: 'Relationship skills', name: 'Relationship skills' },
      { framework: 'CASEL', code: 'Social awareness', name: 'Social awareness' },
      { framework: 'Danielson', code: '2a', name: 'Creating an Environment of Respect and Rapport' },
    ],
    estimatedHours: 10,
    creditHours: 8,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
