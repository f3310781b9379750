import type { DemoResponse } from '../types.js';

export default {
  part1: {
    'unit-context':
      'I teach seventh-grade life science in a suburban middle school. The class for this submission is my fifth-period section of 29 students, including five multilingual learners and three students with IEPs for reading comprehension. The lesson took place in the middle of our ecosystems unit, where students are learning how matter and energy move through food webs and how changes to one population affect others. The unit asks students to construct an argument supported by evidence about how ecosystems respond to disruption, which made it a natural place to teach students how to read a scientific argument. Our textbook presents ecosystem ideas as settled facts, so students rarely see the evidence behind them. I wanted them to read a text where the data carry the argument and they have to decide whether the evidence supports the claim.',
    'student-readers':
      'When my students read science texts, most of them read the way they read a story: from top to bottom, once, looking for facts to copy onto a worksheet. They skip graphs, tables and captions almost entirely. When I ask what a graph shows, many describe its title rather than the trend. They also tend to treat every sentence in a text as equally true; they do not distinguish between what the researchers found, what they inferred and what they speculated about. Several students told me that science reading is "just vocabulary." My multilingual learners often get stuck on dense noun phrases such as "reduction in kelp canopy cover," and students who struggle with decoding tend to give up before reaching the data. When I asked students to cite evidence, they usually quoted a sentence that restated the claim rather than the data that supported it.',
  },
  part2: {
    'text-and-lesson': [
      {
        kind: 'text',
        title: 'Text and lesson plan: reading a study about sea otters and kelp forests',
        text: "Text: A two-page article I adapted from a science news source about the classic research on sea otters, sea urchins and kelp forests along the Pacific coast. The adaptation keeps the original claim (where otters are present, kelp forests are healthier because otters eat urchins, which eat kelp), describes how researchers compared islands with and without otters, and includes a bar graph of urchin density and kelp cover at both kinds of sites. I added a short glossary and broke long sentences into two where the meaning was unchanged.\n\nDisciplinary reading practices targeted: identifying the researchers' claim; locating the evidence and how it was gathered (the comparison between sites); reading the graph as part of the argument; noticing hedged language and limits of the study.\n\nAnnotation routine (codes written in the margin): C for the claim, E for evidence, M for how the data were collected, G for what the graph shows, and ? for a question or doubt.\n\nLesson sequence (50 minutes): 1) Warm-up: What would happen to a food web if one predator disappeared? (5 min). 2) Think-aloud: I read the first half of the article aloud under the document camera, modeling the codes and my questions (12 min). 3) Partner reading of the second half and the graph using the codes, with a graph-reading question card (15 min). 4) Whole-class discussion: Does the evidence support the claim? What else would you want to know? (10 min). 5) Individual claim, evidence and reasoning paragraph answering: Are sea otters important to kelp forests? (8 min, finished for homework if needed).\n\nSupports: partner pairs matched by reading level with one stronger reader; the glossary; sentence frames for the written response; an audio recording of the article for the three students with read-aloud accommodations.",
      },
      {
        kind: 'pdf',
        title: 'Reading guide handed to students',
        filename: 'reading-guide.pdf',
        lines: [
          'Before you read: Who wrote this? Who paid for the research? What do they claim?',
          'While you read: Mark the claim (C), each piece of evidence (E), and the graph (G).',
          'Write a ? next to anything the evidence does not yet show.',
          'Circle hedging words: suggests, may, likely, in this study.',
          'After you read: Write a claim-evidence-reasoning paragraph (5-7 sentences).',
          'Use at least one number from the graph as evidence.',
          'Name one question a scientist would still ask about this study.',
        ],
      },
    ],
    'think-aloud': [
      {
        kind: 'text',
        title: 'Transcript excerpt of my think-aloud',
        text: 'Teacher: The title is "Otters Keep Kelp Forests Standing." That sounds like a claim, so before I believe it I want to know who is saying it and what their evidence is. I am going to write a C next to the title, with a question mark, because I do not know yet if it is true.\n\nTeacher (reading): "Researchers compared rocky reefs around islands where otters had returned with reefs where otters were still absent." Okay, this is how they got their data, so this gets an M. I like that they compared two kinds of places, because that is like having a control group. But I am wondering, were the islands alike in other ways? Water temperature, storms? I will put a question mark here.\n\nTeacher (reading): "Reefs without otters had far more urchins and far less kelp." That is evidence, an E. But "far more" is vague, so let me look at the graph to see the actual numbers. Scientists do not read the words and skip the graph; the graph is often the strongest part of the argument.\n\nTeacher: The graph has two groups of bars. The left axis says urchins per square meter. At sites without otters the urchin bar is very high, and at sites with otters it is very low. The kelp bars are the opposite. So the pattern in the data matches the claim. I will write G and in my own words: "lots of urchins means little kelp; otters, few urchins, lots of kelp."\n\nTeacher (reading): "This suggests otters may indirectly protect kelp." Notice the word "suggests" and the word "may." Scientists are careful about how sure they sound. This is an inference from the data, not something they watched happen directly, so I want to check whether the evidence is strong enough. What would make me more confident? Maybe data from the same island before and after otters came back.\n\nTeacher: So far I have a claim, evidence from a comparison, a graph that supports it, and a question about whether the sites were really comparable. Now it is your turn with the second half.',
      },
    ],
    'student-annotations': [
      {
        kind: 'photo',
        title: 'Student A: annotated article and CER paragraph (strong)',
        filename: 'student-a-annotations.jpg',
        lines: [
          'Claim: sea otters protect kelp forests.',
          'Evidence: graph 2 - kelp cover rose after otters returned (G)',
          '? who paid for the study  -> university + state grant',
          'Reasoning: otters eat urchins, urchins eat kelp,',
          'so fewer urchins = more kelp. Hedge: "suggests".',
          'Source check: peer-reviewed, 1974 + 2015 follow-up.',
        ],
      },
      {
        kind: 'link',
        title: 'Student B: annotated article and CER paragraph (developing, multilingual learner)',
        url: 'https://example.org/portfolio/reading-like-a-scientist/student-b',
      },
      {
        kind: 'link',
        title: 'Student C: annotated article and CER paragraph (beginning)',
        url: 'https://example.org/portfolio/reading-like-a-scientist/student-c',
      },
    ],
  },
  part3: {
    'disciplinary-moves':
      'The practice students took up most readily was reading the graph as evidence. All three students I submitted marked the graph with a G and wrote a summary of the trend, which is a major change from students who used to skip graphs entirely. Student A went further: her paragraph cites the numbers from the graph ("about 60 urchins per square meter without otters compared to fewer than 5 with otters") and explains the chain from otters to urchins to kelp, using the word "indirectly" correctly. Student B, a multilingual learner at intermediate proficiency, correctly identified the claim and the graph evidence, and used the frame "The data show..." well, but his reasoning stopped at "so otters help kelp" without explaining how. Student C identified the claim and copied a sentence as evidence, but chose a sentence that restated the claim rather than the data, which tells me he is still not distinguishing claims from evidence. The hardest practice for the whole class was noticing methods and limits. Only a handful of students used the M code on their own, and only Student A wrote a question about whether the islands were comparable. In the discussion, though, several students picked up on my question and suggested other differences between the sites, which was encouraging.',
    'next-texts':
      'I will build these practices across the rest of the year by reusing the same annotation codes with every text we read, so students do not have to learn a new routine each time. For the next text I will release more responsibility: students will read in pairs from the start, and I will model only the methods code, since that was the weakest. I plan to choose texts where the methods matter, for example a study with a small sample or no comparison group, so students have a reason to question them. For students like Student C, I will add a sorting activity in which they decide whether short statements are claims or evidence before reading. For multilingual learners, I will add a reasoning frame ("This supports the claim because...") and teach the connecting words that scientists use to explain causes. Later in the year, I want students to compare two texts that reach different conclusions, which is the real work of reading like a scientist.',
  },
} satisfies DemoResponse;
