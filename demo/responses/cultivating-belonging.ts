import type { DemoResponse } from '../types.js';

export default {
  part1: {
    'class-climate':
      'I teach tenth-grade chemistry in a large comprehensive high school, and I focused on two sections with 58 students in total. About a third of the students are the first in their families to take chemistry, and many come from middle schools across the district, so they did not know each other at the start of the year. Before I began, I noticed that a group of students sat near the back and rarely asked questions, even when their quiz scores showed they were confused. Several students told me chemistry was "not for people like me." When I returned the first test, a few students stopped turning in homework altogether. I had good relationships with the students who sought me out after class, but I realized I knew very little about roughly a third of my students beyond their names and grades, and I suspected they felt the same way about me.',
    'survey-design':
      'I used a seven-item anonymous survey on a free online form, set so that it did not collect names or email addresses. Items used a five-point agreement scale and included "I feel like I belong in this class," "My teacher knows me as a person," "My teacher believes I can do well in this class," "If I am struggling, I feel comfortable asking for help" and "People like me can be good at chemistry." I added one open question: "What is one thing that would make this class feel more like a place for you?" I chose these items because they match the experiences I wanted to change and because they are similar to items used in published belonging measures. To allow a rough comparison between groups without identifying anyone, I asked only whether the student had taken a science honors course before.',
  },
  part2: {
    'survey-results': [
      {
        kind: 'text',
        title: 'Survey results, September and November (percent agreeing or strongly agreeing)',
        text: 'Responses: 54 of 58 students in September, 55 of 58 in November.\n\nI feel like I belong in this class: 52 to 71.\nMy teacher knows me as a person: 31 to 64.\nMy teacher believes I can do well in this class: 57 to 80.\nIf I am struggling, I feel comfortable asking for help: 44 to 62.\nPeople like me can be good at chemistry: 48 to 60.\nI feel respected by other students in this class: 69 to 73.\nI look forward to coming to this class: 39 to 51.\n\nStudents without a prior honors science course (about 60 percent of respondents): belonging rose from 41 to 65 and "my teacher knows me" from 22 to 58. For students with a prior honors course, belonging rose from 68 to 80.\n\nBiggest changes: "My teacher knows me as a person" rose by 33 points and "My teacher believes I can do well" by 23 points. Peer respect barely moved, and "people like me can be good at chemistry" improved less than the items about me as their teacher. Open responses in November mentioned the check-ins most often ("you actually ask about my life") and a few asked for more chances to work with different classmates.',
      },
    ],
    'connection-log': [
      {
        kind: 'text',
        title: 'Connection log summary (student codes, September 25 to November 3)',
        text: "Focus students: I chose 14 students (codes S03, S07, S11, S14, S19, S22, S26, S31, S35, S40, S44, S47, S52, S56) whom I knew least well, who rarely spoke in class or who had stopped submitting work. For each I aimed for two minutes of non-academic conversation on ten school days over the period.\n\nCompleted: 126 of a planned 140 conversations (90 percent). Most happened at the door, during lab cleanup or in the first two minutes of independent work.\n\nTopics (examples): S07, drumming in a church band; S11, working weekends at an uncle's restaurant; S19, caring for younger siblings and a long bus ride; S26, a favorite anime series; S35, a part-time job at a grocery store and a goal of becoming a nurse; S44, moving from another state in August.\n\nFollow-through examples: I used S35's nursing goal to connect a lesson on solutions to IV fluids and asked her to check my explanation. S19's long bus ride led me to post lab instructions online the night before so she could preview them. S44 was introduced to a lab group with a student from the same former state.\n\nNotes: Three students (S14, S40, S52) were hard to reach in the early weeks. With S40, conversations became easier after I asked about a sports team logo on his backpack.",
      },
    ],
    'belonging-messages': [
      {
        kind: 'text',
        title: 'Normalizing struggle: what I told both classes before returning the first test',
        text: 'Before I hand these back, I want to tell you something about this moment. Every year, a lot of students get their first chemistry test back and think, "Maybe I am just not a chemistry person." I felt that way in my own first college chemistry class, when I got a D on the first exam. Last year\'s students told me the same thing in surveys, and most of them said it got better once they learned how to study for this kind of problem solving. A hard first test is common, it is temporary, and it tells us what to work on. Not whether you belong here. You do.',
      },
      {
        kind: 'text',
        title: 'Wise feedback on a lab report (student code S22)',
        text: "I'm giving you these comments because I have high standards for lab reports in this class and I know you can meet them. Your data table is complete and carefully organized. Your conclusion states the result but does not yet explain why the reaction rate increased; use collision theory and refer to your trial 3 data. Revise and resubmit by Friday. I am looking forward to reading it.",
      },
    ],
  },
  part3: {
    'interpreting-change':
      'The survey results improved on every item, but not equally, and I want to be careful about how I interpret them. The largest changes were on "my teacher knows me as a person" and "my teacher believes I can do well," which are the items most directly connected to what I changed: the connection conversations and wise feedback. Belonging rose from 52 to 71 percent overall and rose more for students without a prior honors course, which is the group I was most concerned about. Other evidence points in the same direction. Eleven of the 14 focus students asked at least one question in class in October, compared with three in September, and four students who had stopped turning in homework resumed. In the open responses, students most often mentioned being asked about their lives. At the same time, the results have limits. The two surveys were anonymous, so I cannot track individual students, the second survey came after a unit many students enjoyed, and students may have been answering to please me. Peer respect barely changed, which makes sense because my practices focused on my relationships with students rather than relationships among them.',
    'equity-and-next':
      'Three groups of students still feel less connected. First, four in ten students still do not agree that "people like me can be good at chemistry," which suggests that my relationship with them is improving faster than their identity as science learners. Second, three of my focus students remained hard to reach, and two of them are students who work long hours outside school; they have less time before and after class, which is where most of my conversations happened. Third, the open responses and the flat peer-respect item suggest that some students feel isolated from classmates, especially those who transferred in this year. My next steps are to build connection time into class rather than relying on the margins of the day, for example a brief partner check-in at the start of lab days; to introduce chemists with a wide range of backgrounds through short profiles that connect to our units; and to use structured, rotating lab groups with clear roles so students get to know more peers. For the two working students, I will schedule a short conversation during my study hall period. I will repeat the survey in February, adding two items about peer relationships.',
  },
} satisfies DemoResponse;
