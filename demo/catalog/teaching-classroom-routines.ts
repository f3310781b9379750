import type { DemoMicroCredential } from '../types.js';

export default {
  slug: 'teaching-classroom-routines',
  issuer: 'lanternhill-teaching-practice-institute',
  content: {
    title: 'Teaching Classroom Routines Explicitly',
    summary:
      'Teach a high-frequency classroom routine the way you would teach academic content (explain, model, practice, give feedback and reteach) and measure the instructional time it recovers.',
    language: 'en',
    topic: 'classroom-management',
    subject: 'all-subjects',
    gradeBand: 'PK-2',
    tags: ['routines', 'procedures', 'transitions', 'proactive-management'],
    competency:
      'The educator explicitly teaches a classroom routine through explanation, modeling, rehearsal and specific feedback, reinforces it until students carry it out independently, and measures its effect on instructional time.',
    keyMethod:
      'Explicit instruction of routines. The teacher chooses a routine that costs time or causes friction (for example transitioning to the carpet or lining up), breaks it into a few observable steps, explains why it matters, models it (including a non-example), has students rehearse it with specific feedback until it is fluent, uses a consistent cue, acknowledges students who follow it, and reteaches calmly and quickly when it slips. Transition times are recorded before and after to judge the effect.',
    methodComponents: [
      {
        title: 'Define the routine in observable steps',
        description:
          'Write three to five steps describing exactly what students do and say, with a consistent start cue.',
      },
      {
        title: 'Explain and model',
        description:
          'Tell students why the routine matters, then model it yourself or with students, including what it does not look like.',
      },
      {
        title: 'Rehearse with feedback',
        description:
          'Have the class practice the routine several times, giving specific feedback and re-running it until it meets the standard.',
      },
      {
        title: 'Reinforce and reteach',
        description:
          'Acknowledge accurate use with behavior-specific praise and briefly reteach and re-practice when the routine slips, especially after breaks.',
      },
      {
        title: 'Measure the effect',
        description:
          'Time the routine before teaching it and across the following weeks to see how much time it recovers.',
      },
    ],
    research: {
      rationale:
        "Well-taught routines are a foundation of effective classroom management. In a review of classroom management research, Emmer and Stough (2001) describe how effective managers invest time at the start of the year teaching procedures and routines, which prevents many problems rather than reacting to them. Simonsen and colleagues (2008) identified maximizing structure and predictability, and explicitly teaching and reinforcing expectations, among the evidence-based practices of classroom management. Korpershoek and colleagues' (2016) meta-analysis found that classroom management strategies and programs had small but significant positive effects on students' academic, behavioral and social-emotional outcomes. Marzano, Marzano and Pickering (2003) likewise identify rules and procedures as a core component of classroom management.",
      citations: [
        {
          text: 'Emmer, E. T., & Stough, L. M. (2001). Classroom management: A critical part of educational psychology, with implications for teacher education. Educational Psychologist, 36(2), 103–112.',
        },
        {
          text: 'Simonsen, B., Fairbanks, S., Briesch, A., Myers, D., & Sugai, G. (2008). Evidence-based practices in classroom management: Considerations for research to practice. Education and Treatment of Children, 31(3), 351–380.',
        },
        {
          text: "Korpershoek, H., Harms, T., de Boer, H., van Kuijk, M., & Doolaard, S. (2016). A meta-analysis of the effects of classroom management strategies and classroom management programs on students' academic, behavioral, emotional, and motivational outcomes. Review of Educational Research, 86(3), 643–680.",
        },
        {
          text: 'Marzano, R. J., Marzano, J. S., & Pickering, D. J. (2003). Classroom management that works: Research-based strategies for every teacher. ASCD.',
        },
      ],
    },
    resources: [
      {
        title: 'Center on PBIS: Classroom PBIS',
        url: 'https://www.pbis.org/topics/classroom-pbis',
        description: 'Free guides on classroom routines, expectations and acknowledgment systems.',
      },
      {
        title: 'Edutopia: Classroom management',
        url: 'https://www.edutopia.org/topic/classroom-management',
        description: 'Videos of teachers modeling and rehearsing routines with young students.',
      },
    ],
    requirements: {
      part1: {
        questions: [
          {
            id: 'class-context',
            prompt:
              'Describe your class: grade, number of students, the daily schedule and any needs that affect routines.',
            words: { min: 100, max: 250 },
          },
          {
            id: 'routine-choice',
            prompt:
              'Which routine did you choose to teach, and why? Describe what typically happened during it before you taught it explicitly.',
            words: { min: 100, max: 250 },
          },
        ],
      },
      part2: {
        intro: "Do not show students' faces in videos unless you have consent; remove all names.",
        artifacts: [
          {
            id: 'routine-plan',
            title: 'Routine lesson plan',
            prompt:
              'Submit your plan for teaching the routine: the steps, the cue, how you explained and modeled it, how students rehearsed it, and how you will reinforce and reteach it.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 100, max: 600 },
          },
          {
            id: 'routine-video',
            title: 'Video of the routine',
            prompt:
              'Submit a video (up to five minutes, or a link to one) showing you teaching or rehearsing the routine, and a second clip from at least two weeks later if possible.',
            kinds: ['video', 'link'],
            count: { min: 1, max: 2 },
          },
          {
            id: 'timing-log',
            title: 'Timing log',
            prompt:
              'Submit a log of how long the routine took on at least three days before you taught it and at least five days after.',
            kinds: ['file', 'link', 'text'],
            count: { min: 1, max: 1 },
            words: { min: 50, max: 400 },
          },
        ],
      },
      part3: {
        questions: [
          {
            id: 'effect-of-teaching',
            prompt:
              'What changed after you taught the routine? Use your timing log and observations to describe the effect on time and on student behavior.',
            words: { min: 150, max: 400 },
          },
          {
            id: 'sustaining',
            prompt:
              'Which students or moments still need support, and how will you sustain the routine and teach others the same way?',
            words: { min: 150, max: 350 },
          },
        ],
      },
    },
    rubric: {
      criteria: [
        {
          id: 'clear-steps',
          title: 'Clear, observable steps',
          part: 'part2',
          targets: ['routine-plan'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The routine is broken into a few observable steps with a consistent cue, and the plan includes explanation, modeling, rehearsal and reteaching.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Steps are vague (for example "be ready") or the plan relies on telling students without modeling and practice.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'explicit-teaching',
          title: 'Explicit teaching and feedback',
          part: 'part2',
          targets: ['routine-video'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'The video shows the educator modeling the routine, students rehearsing it, and specific, positive feedback or calm reteaching.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'The routine is announced but not modeled or practiced, or feedback is general or punitive.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'measured-effect',
          title: 'Measured effect',
          part: 'part2',
          targets: ['timing-log'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Before-and-after timings are recorded consistently and show the effect of the routine.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor: 'Timings are missing, incomplete, or not comparable before and after.',
              demonstrated: false,
            },
          ],
        },
        {
          id: 'reflection-on-routine',
          title: 'Reflection and sustainability',
          part: 'part3',
          targets: ['effect-of-teaching', 'sustaining'],
          levels: [
            {
              id: 'demonstrated',
              label: 'Demonstrated',
              descriptor:
                'Interprets the evidence honestly, identifies who still needs support, and plans how to maintain and extend the approach.',
              demonstrated: true,
            },
            {
              id: 'not-yet',
              label: 'Not yet',
              descriptor:
                'Reflection is not connected to the evidence or has no plan for sustaining the routine.',
              demonstrated: false,
            },
          ],
        },
      ],
      earnRule: { kind: 'all-criteria' },
    },
    alignments: [
      { framework: 'InTASC', code: '3', name: 'Learning Environments' },
      { framework: 'Danielson', code: '2c', name: 'Managing Classroom Procedures' },
    ],
    estimatedHours: 8,
    creditHours: 6,
    priceCents: 0,
    maxAttempts: 3,
  },
} satisfies DemoMicroCredential;
