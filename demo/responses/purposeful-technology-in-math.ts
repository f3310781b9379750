import type { DemoResponse } from '../types.js';

export default {
  part1: {
    'math-goal':
      'I teach eighth-grade mathematics to 26 students in a Title I middle school. Four students are multilingual learners and five have IEPs, two with accommodations for processing speed. The learning goal of the lesson was for students to understand how the parameters m and b in y = mx + b determine the graph of a linear function: that m controls the steepness and direction of the line and is the rate of change, and that b is where the line crosses the y-axis. Students often memorize "m is slope and b is the y-intercept" without understanding what those words mean. Common misconceptions I see every year are that a larger b makes a line steeper, that a negative slope means the line is "below zero," and that lines with the same slope but different b values will eventually cross. Students also struggle to connect the equation, the table and the graph as three views of the same relationship.',
    'tool-rationale':
      "I chose a free dynamic graphing calculator with sliders. The key affordance is that students can change m or b continuously and immediately see the graph and a linked table change, which lets them generate dozens of examples in a few minutes and look for patterns. That fits the pedagogy I wanted: students making and testing conjectures rather than receiving rules. In a paper version of this lesson, students graph perhaps four or five lines by hand, and most of their time goes into plotting points accurately rather than thinking about relationships. Errors in plotting also create false patterns. The teacher dashboard also lets me see every student's screen, so I can find interesting conjectures during the task and choose which ones to discuss, which is hard to do with paper graphs spread across 26 desks.",
  },
  part2: {
    'tech-lesson-plan': [
      {
        kind: 'text',
        title: 'Lesson plan: What do m and b do?',
        text: 'Goal: Students explain how m and b affect the graph of y = mx + b, connecting equation, table and graph.\n\nLaunch (8 min): Show two lines on the board, one steep and one shallow, and ask students to describe the difference in their own words. Collect words such as steep, flat, uphill and downhill.\n\nExplore 1 (12 min): Students open the activity link in pairs on one device. The graph shows y = mx + b with sliders for m and b from -5 to 5. Task: Move only the b slider. Write two things that change and one thing that stays the same. Then move only the m slider and do the same. Each pair records conjectures in a shared note field that I can see on the dashboard.\n\nExplore 2 (10 min): Challenge screens. Make a line that goes through (0, 3) and goes down to the right. Make two lines that never cross. Make a line that rises 2 for every 1 across. After each challenge, students write why their settings work.\n\nMonitoring: While students work, I watch the dashboard and take notes on which conjectures appear. I plan to select (a) a pair who says b "moves the line up and down without turning it," (b) a pair who thinks b changes steepness, and (c) a pair who connects m to the table (y goes up by m each time x goes up by 1).\n\nDiscuss (12 min): Show the selected pairs\' work anonymously in that order, asking the class to test each conjecture with the sliders. Connect m to the change in the table and to the rate of change in a real context (a phone plan costing $5 per gigabyte plus $20).\n\nClose (5 min): Exit question on paper without the tool: Given y = -2x + 4, sketch the graph and explain how you knew where to start and which way to go.',
      },
    ],
    'student-products': [
      {
        kind: 'link',
        title: 'Pair 3: slider conjectures and challenge screens (b moves the line without turning it)',
        url: 'https://example.org/classwork/slope-intercept/pair-3',
      },
      {
        kind: 'link',
        title: 'Pair 7: challenge screens showing parallel lines and written justification',
        url: 'https://example.org/classwork/slope-intercept/pair-7',
      },
      {
        kind: 'link',
        title: 'Pair 11: conjecture linking m to the table of values',
        url: 'https://example.org/classwork/slope-intercept/pair-11',
      },
    ],
    'implementation-evidence': [
      {
        kind: 'text',
        title: "Observation notes from the lesson (mine, and the instructional coach's)",
        text: 'The instructional coach observed and we combined our notes afterward.\n\nMinute 10 to 20: All thirteen pairs were moving sliders within the first minute. The coach counted that eleven pairs wrote at least two conjectures in the first exploration. On the dashboard I saw three pairs claim that "b makes it steeper." When I looked at their screens, their m value was large, so when b changed the line appeared to shift across a lot of the window; they were reading position as steepness. I noted them as a conjecture to discuss rather than correcting them individually.\n\nMinute 20 to 30: The challenge "make two lines that never cross" produced the most talk. Several pairs first tried lines with different slopes and watched them cross off screen when they zoomed out. Pair 7 discovered that the lines never cross when m is the same, and wrote "same steepness, different starting point." One pair with two multilingual learners used the sentence frames on the side of the screen and wrote, "When m is the same, the lines are parallel."\n\nMinute 30 to 42: I showed Pair 3\'s conjecture first and asked everyone to test it. Then I showed the "b makes it steeper" conjecture and asked the class to design a test. A student suggested setting m to zero, and when b changed the line stayed flat, which settled the question. Finally I showed Pair 11\'s table conjecture, and we connected m to the cost per gigabyte in the phone plan example.\n\nThe coach noted that the discussion was driven by student work rather than by my explanation, and that I used the dashboard to choose the order of ideas on purpose.',
      },
    ],
  },
  part3: {
    'added-value':
      'The biggest thing the tool added was volume and speed of examples. Pairs generated and tested dozens of lines in the time it would have taken to graph a handful by hand, and because the graph and table updated instantly, they could see the effect of a single change. The student products show this. Pair 3 wrote a conjecture after about three minutes that b "moves the line up and down without turning it," which is a more precise description of a vertical translation than I usually hear even after the lesson. Pair 11 connected m to the table by noticing that y increased by the slope each time x increased by one, which is the idea of rate of change that students usually find hardest. The tool also made a misconception productive. The "b makes it steeper" conjecture came from what students actually saw on the screen, and testing it with m set to zero let the class reject it with evidence rather than because I said so. The exit ticket, done on paper without the tool, suggests the understanding transferred: 21 of 26 students sketched y = -2x + 4 correctly and explained where to start and which direction to go, compared with roughly half on a similar question last year.',
    redesign:
      'Two constraints stood out. First, five students had trouble logging in with their school accounts, which cost those pairs about four minutes; next time I will have students open the link during the warm-up. Second, sliders make it easy to play without thinking. For a few minutes, two pairs moved sliders rapidly to make the line "spin" without writing anything. Adding a prompt that required a written prediction before each slider move would slow them down in a productive way. I was also surprised that the challenge screens produced more mathematical talk than the open exploration, so I would move one challenge earlier. If I taught this again, I would also give students with processing-speed accommodations a version with fewer sliders on the first screen, so that only b is active until they have described its effect. Finally, I would like to plan a bridge back to paper: after the tool lesson, a short task where students predict the graph from the equation before checking it with the tool, so that the technology supports reasoning rather than replacing it.',
  },
} satisfies DemoResponse;
