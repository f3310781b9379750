import type { DemoResponse } from '../types.js';

export default {
  part1: {
    'class-context':
      'I teach first grade in a neighborhood elementary school. There are 22 students in my class, including five multilingual learners, one student with an IEP for speech and language, and one student with a behavior support plan who benefits from clear, predictable routines. Our day is divided into many short blocks: morning meeting, a literacy block with whole-group and small-group time, math, specials, recess, lunch and science or social studies. Because first graders move between the carpet, their tables and small-group areas many times a day, transitions add up to a large share of our instructional time. This year the class also includes several students who did not attend kindergarten in person, so many of the routines that children usually arrive knowing had to be taught from the beginning.',
    'routine-choice':
      'I chose the transition from tables to the carpet for whole-group lessons, which happens at least five times a day. Before I taught it explicitly, I would say "Come to the carpet, please," and what followed took anywhere from two to four minutes. Some children went straight to the carpet, while others stopped to sharpen pencils, went to the bathroom, chatted in the aisle or brought toys from their tables. Once on the carpet, several students argued about spots or lay down. I usually ended up repeating directions, calling out names and waiting, and by the time everyone was settled I had lost the energy of the lesson. The student with a behavior support plan found this unstructured time especially hard, and it often led to conflicts that carried into the lesson.',
  },
  part2: {
    'routine-plan': [
      {
        kind: 'text',
        title: 'Plan for teaching the table-to-carpet routine',
        text: 'Cue: I ring a chime once and say "Carpet time." The chime is used only for this routine.\n\nSteps (posted on a chart with photos of students modeling each step, faces not shown):\n1. Freeze and look at the teacher when you hear the chime.\n2. Push in your chair and leave your materials on the table.\n3. Walk to the carpet the short way.\n4. Sit on your spot with crisscross legs and hands in your lap.\n5. Show you are ready by looking at the easel.\n\nDay 1 lesson (15 minutes): Explain why the routine matters ("so we have more time for stories and games"). Model the steps myself while narrating. Model a non-example (wandering, bringing a toy) and ask students what step I missed. Have two students model while the class names each step. Whole-class rehearsal three times, with the timer visible. After each rehearsal, I give specific feedback ("Table 3 pushed in chairs without being reminded") and we try to beat our time while staying safe.\n\nDays 2 to 5: One rehearsal each morning before the first carpet lesson, then use the cue for real. Acknowledge specific behaviors with praise; add one class marble to our jar when everyone is ready within one minute.\n\nReteaching: If the routine slips, calmly say "Let\'s try that again," send everyone back to their tables and redo it. Reteach fully after long weekends and breaks.\n\nSupport: Preview the cue privately each morning with the student with a behavior support plan and give him the job of ringing the chime on some days.',
      },
    ],
    'routine-video': [
      {
        kind: 'link',
        title: 'Video: modeling and rehearsing the carpet routine (day 1), faces blurred',
        url: 'https://example.org/videos/first-grade-carpet-routine-day-1',
      },
    ],
    'timing-log': [
      {
        kind: 'text',
        title: 'Transition timing log (start of cue to all students ready)',
        text: 'Before teaching (first carpet lesson of the day): Monday 3 min 40 s; Tuesday 2 min 55 s; Wednesday 3 min 20 s. Average 3 min 18 s.\n\nAfter teaching: Day 1 (rehearsal day, first real use) 1 min 50 s; Day 2 1 min 25 s; Day 3 1 min 05 s; Day 4 58 s; Day 5 52 s; Day 8 47 s; Day 10 55 s; Day 12 (after a long weekend, before reteaching) 1 min 40 s; Day 13 (after reteaching) 50 s.\n\nAverage for days 3 to 13, excluding Day 12: about 55 s. At five transitions a day, that is roughly eleven to twelve minutes of instruction recovered each day.',
      },
    ],
  },
  part3: {
    'effect-of-teaching':
      'The timing log shows the clearest effect. The transition went from an average of over three minutes to under a minute within a week, and it stayed there except after a long weekend. Because we make this transition about five times a day, that adds up to more than ten minutes of learning time every day, almost an extra read-aloud. The change in behavior was as important as the time. Before, I was repeating directions and calling names; now the chime does that work and I can stand at the easel and greet students as they arrive. Students began to remind each other of steps, and I heard one child tell a classmate, "Step two, push in your chair." The student with a behavior support plan had no conflicts during the transition in the two weeks I tracked, compared with three in the week before. The dip after the long weekend was a useful reminder that routines need maintenance. When I retaught it with one quick rehearsal, the time dropped back to under a minute the next day, which showed me that reteaching quickly and calmly works better than reminding and waiting.',
    sustaining:
      'A few moments still need support. Two students still stop at their cubbies on some days, so I have started giving them a private reminder before the chime. The routine is weakest after specials and lunch, when students come back excited, so I plan to add a short rehearsal after lunch on Mondays. To sustain the routine, I will keep the chime exclusive to this transition, rehearse after breaks and keep acknowledging specific behaviors even when the routine is going well. I also want to apply the same approach to other routines that cost us time, starting with packing up at the end of the day, which still takes nearly ten minutes. I shared my timing log and routine chart with our grade-level team, and a colleague is trying the same plan with her lining-up routine; we will compare our timing data at our next team meeting. Our long-term substitute plan will also include the chart and the cue, so the routine holds when I am absent.',
  },
} satisfies DemoResponse;
