import type { DemoResponse } from '../types.js';

export default {
  part1: {
    'family-context':
      'I teach fourth grade in an elementary school that serves a mix of long-time residents and recently arrived families. My class has 24 students from 22 families. Based on the family survey I sent home in the first week, families speak English, Spanish, Arabic and Haitian Creole at home. Eight families prefer Spanish, two prefer Arabic and one prefers Haitian Creole. Most families told me they prefer text messages, a few prefer phone calls, and two asked for paper notes because they share one phone. Several parents work evening or night shifts, so calls after 5 p.m. do not reach them, and two families told me they have had negative experiences with school calls in the past, usually because the school only called when something was wrong. Our school uses a messaging app that can translate automatically, but I had noticed that the automatic translations for Haitian Creole were unreliable.',
    'prior-communication':
      'In previous years I sent a weekly newsletter in English through the school app, wrote comments on report cards and called families when there was a problem with behavior or missing work. I held conferences twice a year. When I reviewed my messages from last spring, I realized that almost all of my individual contacts with families were about concerns, and that I heard back regularly from only about a third of families, mostly English-speaking families who already volunteered at school. I rarely heard from families who spoke Arabic or Haitian Creole, and I had assumed they were less interested. Looking back, my communication was almost entirely one-way: I told families things, but I seldom asked them what they knew about their children.',
  },
  part2: {
    'communication-plan': [
      {
        kind: 'text',
        title: 'Family communication plan for the fall term',
        text: 'Learning preferences (week 1): A short survey, on paper and in the app, in all four home languages, asking about preferred language, channel, best times and "one thing you want me to know about your child." I followed up by phone, with an interpreter when needed, with the six families who did not return it.\n\nPositive first contact (weeks 1 to 3): Every family receives a personal positive message about something specific their child did, plus a question: "What does your child love to do at home?" I track these on my contact log to make sure no family is missed.\n\nRegular messages (every two weeks per family): A short message naming something specific their child learned or did well, and one simple thing to try at home connected to current learning (for example, asking their child to explain how they solved a math problem). I rotate through four or five families each school day so each family hears from me at least every two weeks.\n\nLanguages and channels: Text messages through the app in the family\'s language; for Haitian Creole, I write messages with help from a bilingual staff member rather than relying on automatic translation. Paper notes for the two families who asked for them. Calls for families who prefer them, scheduled at times they gave me.\n\nTwo-way: Every message ends with a question or an invitation to reply. When families share something, I write it in my log and tell them later how I used it.\n\nConcerns: When I do need to share a concern, I start with a strength and ask for the family\'s perspective before suggesting next steps.',
      },
    ],
    'contact-log': [
      {
        kind: 'text',
        title: 'Contact log summary, weeks 1 to 7 (family codes F01 to F22)',
        text: "Total contacts: 118 over seven weeks (about 5.4 per family). Positive or learning-focused: 104. Concern: 9. Logistics: 5.\n\nFirst contact: All 22 families received a positive first contact by the end of week 3 (18 by text, 2 by paper note, 2 by phone).\n\nBy language: English families (11) received 58 contacts, with replies from 10 families. Spanish families (8) received 43 contacts, with replies from 7 families. Arabic families (2) received 11 contacts, with replies from 2 families. Haitian Creole family (1) received 6 contacts, with replies to 4 of them.\n\nFamilies who replied at least once: 20 of 22. Families who never replied: F09 (English, text) and F17 (Spanish, text). For F17 I switched to a phone call in week 5 and reached a grandparent who said the parent's phone had changed; the family now receives messages at the new number.\n\nSample entries:\nWeek 1, F04, text, Spanish, positive first contact about helping a classmate find a book; replied the same day saying the child loves drawing comics.\nWeek 2, F12, paper note, English, positive first contact about persistence in math; note came back signed with a message about the child's soccer team.\nWeek 3, F20, phone, Arabic with interpreter, positive first contact about reading fluency growth; parent asked how to help with reading at home, and I sent a list of library books in Arabic and English.\nWeek 4, F09, text, English, learning update about fractions with a home activity; no reply.\nWeek 5, F15, text, Haitian Creole (translated by staff member), concern about missing homework, opening with a strength; parent replied that the child had been caring for a younger sibling after school, and we agreed on a plan for a homework folder.\nWeek 6, F04, text, Spanish, shared that I used the child's comics interest in a narrative writing lesson; parent replied with a photo of a comic at home.",
      },
    ],
    'sample-messages': [
      {
        kind: 'text',
        title: 'Message to family F04 (sent in Spanish; English version shown)',
        text: 'Hello! Today your child helped a classmate find a book about sharks in our library, and then they read it together. It was very kind. This week we are learning to find the main idea. You could ask: "What was the most important thing in the book you read today?" What does your child like to do at home? I would love to know.',
      },
      {
        kind: 'text',
        title: 'Message to family F20 (sent in Arabic with school interpreter; English version shown)',
        text: 'Good afternoon. I want to share good news: your child read a passage aloud today with much more expression than in September, and the class clapped. At home, reading a book together in Arabic or English for ten minutes helps a lot. Which books does your family enjoy? Thank you for all your support.',
      },
      {
        kind: 'text',
        title:
          'Message to family F15 and reply (Haitian Creole, translated by staff member; English version shown)',
        text: 'Message: Hello. Your child has been asking great questions in science this week about why ice melts. I noticed some homework has been missing, and I want to understand how I can help. Is there a time after school that is hard for homework? Reply from parent: Thank you for telling me. He watches his little brother after school until I come home. We will try a folder so he can do it at 7.',
      },
    ],
  },
  part3: {
    'reach-and-response':
      "My log shows a real change in reach. Last year I heard regularly from about a third of families; this term 20 of 22 families replied at least once, including every family who speaks Arabic or Haitian Creole, whom I had rarely heard from before. I also reversed the balance of my messages: 104 of 118 contacts were positive or learning-focused, compared with almost all concerns last year. The biggest changes came from honoring families' preferred channels and languages. The family who prefers Haitian Creole replied to four of six messages once I stopped relying on automatic translation, and the paper notes came back signed and often with a message. Two families never replied to texts. In one case the problem was a changed phone number, which I discovered only by switching to a call. The other, F09, is an English-speaking family who still has not responded, and I have learned from the school counselor that the family is going through a difficult time. I plan to try a short call and to invite the parent to a time that works for them, without pressure. The log was essential: without it I would have assumed I was reaching everyone equally.",
    'learning-from-families':
      'The question at the end of each message turned out to be the most valuable part of the plan. Families told me things I would never have learned from school records. One child loves drawing comics, so I used comic panels in a narrative writing lesson and her engagement changed noticeably. Another family told me their son cares for his little brother after school, which completely changed how I saw his missing homework; instead of a consequence, we set up a homework folder and his completion has improved. A parent who works nights told me her daughter reads to her grandmother in Spanish every evening, which helped me recognize reading strengths I had not seen in English assessments. My relationships with students also changed. Several students told me, smiling, that their families had shown them my messages, and one said, "You told my mom I was kind." I have come to see families as partners who know things about their children that I need to know, rather than as an audience for my announcements, and I plan to continue the rotation and the log for the rest of the year.',
  },
} satisfies DemoResponse;
