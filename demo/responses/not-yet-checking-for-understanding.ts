import type { DemoResponse } from '../types.js';

/**
 * A weaker response to checking-for-understanding. It meets every word range and artifact count, but an
 * assessor would score "Not yet" on question-design (no misconception-linked distractors, no decision rule),
 * all-student-response (only volunteers answered) and responsive-adjustment (the lesson went on unchanged).
 */
export default {
  part1: {
    'class-context':
      'I teach seventh-grade science at a middle school. The class I used for this micro-credential has 30 students. Some of the students are multilingual learners and a few have IEPs. The unit was about cells, and the lesson was about the parts of plant and animal cells. The students in this class are generally well behaved and like hands-on activities, although some of them are quieter than others. I chose this class because it is my largest section and I see them right after lunch, so I thought it would be a good class to try checking for understanding with. The lesson I describe here was the second lesson of the unit.',
    'current-practice':
      'I usually check for understanding by asking questions during the lesson and seeing if students can answer them. I also ask "Does everyone understand?" before moving on, and if nobody says anything I assume they are ready. At the end of the week we have a quiz, which tells me how they did. I think I see most students\' thinking because I walk around the room during work time. Some students do not participate much, but I try to call on different people when I can. Usually the same students raise their hands, but that is normal for this age group, and I think the others are following along even if they do not speak up. If the quiz scores are low, I review the material before the unit test.',
  },
  part2: {
    'hinge-lesson-plan': [
      {
        kind: 'text',
        title: 'Lesson plan: plant and animal cells',
        text: 'Objective: Students will learn the parts of plant and animal cells.\n\nWarm-up (5 min): Students write down anything they know about cells.\n\nNotes (20 min): Slideshow on cell organelles: nucleus, cell membrane, cell wall, chloroplast, mitochondria, vacuole. Students fill in a guided notes sheet.\n\nCheck for understanding (hinge question): What is the job of the mitochondria? A) It makes energy for the cell. B) It is the powerhouse. C) It stores water. D) It controls the cell. I will ask students to raise their hands with the answer.\n\nActivity (20 min): Students label diagrams of a plant cell and an animal cell and color them.\n\nClosing (5 min): Students share one thing they learned.\n\nHomework: Finish coloring the diagrams.\n\nMaterials: Slideshow, guided notes sheet, cell diagrams, colored pencils.\n\nAccommodations: Students with IEPs receive a copy of the completed notes. Multilingual learners can sit with a partner who speaks their language.\n\nAssessment: The Friday quiz on cell organelles will show whether students learned the material.',
      },
    ],
    'response-record': [
      {
        kind: 'text',
        title: 'Notes on responses',
        text: 'I asked the question and about eight students raised their hands. I called on three of them. Two said A and one said B. I told the class that A and B are both basically right because the mitochondria is the powerhouse and makes energy. Most students seemed to agree and nodded, so I moved on to the labeling activity.',
      },
    ],
    'adjustment-evidence': [
      {
        kind: 'text',
        title: 'Written account of what happened after the question',
        text: 'After I asked the hinge question, several students raised their hands right away. I called on a student in the front who said A, then a student by the window who said B. Another student said A. Since the answers were all correct or close to correct, I decided that the class understood the mitochondria and did not need any more explanation. I reviewed the answer by saying that the mitochondria is known as the powerhouse of the cell because it makes energy.\n\nThen we moved on to the labeling activity as planned. During the activity I walked around and helped students who had questions about coloring and where to put the labels. A few students labeled the cell wall on the animal cell, so I reminded them that animal cells do not have a cell wall. Overall the lesson went smoothly and we finished on time, and I was happy with how it went. Next time I would give students a little more time to color, since a few of them did not finish the plant cell diagram in class.',
      },
    ],
  },
  part3: {
    'interpreting-responses':
      'The responses showed that the class understood the job of the mitochondria. All three students I called on gave a correct or mostly correct answer, and nobody said they were confused when I asked if there were any questions. I think the question worked well because it was about an important concept from the notes and it was quick to answer. Because the students seemed to understand, I decided to continue with the lesson as planned and move on to the labeling activity. I did not need to reteach anything. In the future I might ask more than one hinge question in a lesson so I can check more concepts, but for this lesson one question seemed like enough. The students who answered are usually good at science, so I was confident that if they knew it, most of the class did too. I was also pleased that the answers came quickly, which showed that the notes were clear. The one student who said B was not wrong, because the mitochondria is called the powerhouse, so I counted that answer as correct. Overall the question did what I wanted it to do.',
    'effect-on-learning':
      'I think the hinge question helped students focus on an important idea before the activity. Students were engaged during the labeling activity and most of them finished their diagrams. On the quiz at the end of the week, the class average was 74 percent, which is about the same as the previous quiz. Some students still mixed up the parts of plant and animal cells on the quiz, especially the cell wall and the chloroplast, so I will review those before the unit test. Overall I think checking for understanding is a good strategy and I will keep using it. The students seemed to like being asked questions during the lesson. It also helped me keep the pace of the lesson moving, because I knew quickly that we could move on. I did not give an exit ticket this time because the coloring activity took the whole period, but the quiz gave me enough information about how the class did overall.',
    'refining-practice':
      'Next time I would like to use more hinge questions during my lessons, maybe one in every lesson. I might also try having students use mini-whiteboards since I have heard they work well, although I am worried it might take too much time with thirty students. I could also make the questions a little harder so they are more challenging for my advanced students. Another idea is to ask the question at the end of the lesson instead of the middle, so that it covers everything from the notes. I think my students would benefit from more practice answering questions in general. I will also look for hinge questions online that other science teachers have already written for this unit, which would save me planning time.',
  },
} satisfies DemoResponse;
