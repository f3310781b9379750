import type { MicroCredentialContentInput } from '../src/contracts/micro-credential.js';
import { GRADE_BANDS, type SubjectId, type TopicId } from '../src/contracts/micro-credential.js';
import { buildContent } from '../src/test-support/sample-content.js';

/** A teaching practice a micro-credential can be about; 30 of them, three per catalog topic. */
type Practice = { title: string; topic: TopicId; tags: string[]; competency: string; method: string };

const practices: Practice[] = [
  p(
    'Routines and Procedures',
    'classroom-management',
    ['routines'],
    'teaches and rehearses routines so lessons run smoothly',
    'Model, practise and reinforce each routine until students run it themselves.',
  ),
  p(
    'Behavior-Specific Praise',
    'classroom-management',
    ['praise', 'behavior'],
    'names the behaviour they want to see more of',
    'Catch students meeting expectations and describe exactly what they did.',
  ),
  p(
    'Restorative Conversations',
    'classroom-management',
    ['restorative'],
    'repairs harm through restorative conversations after conflict',
    'Use affective questions to help students name impact and agree on repair.',
  ),
  p(
    'Hinge Questions',
    'formative-assessment',
    ['hinge-questions'],
    'checks every student with a diagnostic question at the pivot of a lesson',
    'Write multiple-choice hinge questions whose wrong answers reveal misconceptions.',
  ),
  p(
    'Actionable Feedback for Revision',
    'formative-assessment',
    ['feedback', 'revision'],
    'gives feedback students act on in a revision cycle',
    'Give task-focused feedback and protect class time for students to revise.',
  ),
  p(
    'Exit Tickets',
    'formative-assessment',
    ['exit-tickets'],
    'uses exit tickets to plan the next lesson',
    'Sort exit tickets into groups and plan a response for each group.',
  ),
  p(
    'Disaggregating Student Data',
    'data-literacy',
    ['data', 'equity'],
    'disaggregates assessment data to find patterns across student groups',
    'Break results down by group and item, then name one instructional change.',
  ),
  p(
    'Data Conversations with Students',
    'data-literacy',
    ['data', 'goal-setting'],
    'helps students read their own data and set goals',
    'Hold short conferences where students chart progress toward a goal.',
  ),
  p(
    'Item Analysis',
    'data-literacy',
    ['assessment-items'],
    'analyses assessment items to find misconceptions',
    'Look at distractor patterns on each item and reteach the most common error.',
  ),
  p(
    'Close Reading of Complex Texts',
    'literacy-across-content',
    ['reading', 'complex-text'],
    'guides students through repeated readings of a complex text',
    'Plan text-dependent questions across three reads of a short passage.',
  ),
  p(
    'Academic Vocabulary Routines',
    'literacy-across-content',
    ['vocabulary'],
    'teaches academic vocabulary with explicit routines',
    'Introduce, practise and revisit tier-two words with a consistent routine.',
  ),
  p(
    'Writing to Learn',
    'literacy-across-content',
    ['writing'],
    'uses short writing tasks to deepen content learning',
    'Add quick-writes and summaries to content lessons and read them for understanding.',
  ),
  p(
    'Content and Language Objectives',
    'multilingual-learners',
    ['language-objectives'],
    'pairs content objectives with language objectives',
    'Post and revisit a language objective that names the function and forms students use.',
  ),
  p(
    'Structured Academic Talk',
    'multilingual-learners',
    ['oral-language', 'talk'],
    'structures academic conversations so every learner speaks',
    'Use sentence frames and partner protocols to scaffold academic talk.',
  ),
  p(
    'Translanguaging Strategies',
    'multilingual-learners',
    ['translanguaging'],
    "draws on students' home languages as a resource",
    'Invite students to plan and discuss in any language before producing English.',
  ),
  p(
    'Emotion Vocabulary and Regulation',
    'social-emotional-learning',
    ['emotions', 'self-regulation'],
    'teaches students to name and regulate emotions',
    'Teach a feelings vocabulary and a calm-down routine and practise them daily.',
  ),
  p(
    'Daily Community Meetings',
    'social-emotional-learning',
    ['community', 'belonging'],
    'builds community through daily class meetings',
    'Run a short greeting, sharing and activity meeting at the start of each day.',
  ),
  p(
    'Cultivating Belonging',
    'social-emotional-learning',
    ['belonging'],
    'creates a classroom where every student belongs',
    'Learn about students, reflect them in materials and check in with those at the margins.',
  ),
  p(
    'Digital Speaking Practice',
    'technology-integration',
    ['digital-tools', 'speaking'],
    'uses recording tools so students practise speaking',
    'Have students record, listen back and re-record short spoken responses.',
  ),
  p(
    'Coding Projects',
    'technology-integration',
    ['coding', 'computational-thinking'],
    'integrates coding projects into content lessons',
    'Plan a short project where students write code to model a content idea.',
  ),
  p(
    'Online Collaboration',
    'technology-integration',
    ['collaboration', 'digital-tools'],
    'structures collaboration in shared online documents',
    'Assign roles and use comment protocols in a shared document.',
  ),
  p(
    'Positive Family Contact',
    'family-engagement',
    ['family', 'communication'],
    'makes positive contact with every family early in the year',
    'Plan and log positive calls or messages to every family in the first weeks.',
  ),
  p(
    'Student-Led Conferences',
    'family-engagement',
    ['family', 'conferences'],
    'prepares students to lead conferences with their families',
    'Have students assemble a portfolio and rehearse presenting it to their family.',
  ),
  p(
    'Family Learning Nights',
    'family-engagement',
    ['family', 'events'],
    'designs events where families learn alongside students',
    'Plan a learning night with hands-on activities families can repeat at home.',
  ),
  p(
    'Peer Coaching',
    'teacher-leadership',
    ['coaching', 'peer-observation'],
    'coaches a colleague through an observation cycle',
    'Run a pre-conference, observation and debrief focused on a goal the colleague chose.',
  ),
  p(
    'Leading Professional Learning Communities',
    'teacher-leadership',
    ['plc', 'collaboration'],
    'facilitates a professional learning community around student work',
    'Use a protocol to look at student work and agree on next teaching moves.',
  ),
  p(
    'Mentoring New Teachers',
    'teacher-leadership',
    ['mentoring'],
    'mentors a new teacher through their first year',
    'Meet weekly, co-plan and observe with a focus on one practice at a time.',
  ),
  p(
    'Universal Design for Learning',
    'inclusive-practice',
    ['udl', 'accessibility'],
    'plans lessons with multiple means of engagement, representation and expression',
    'Identify barriers in a lesson and add options that remove them for everyone.',
  ),
  p(
    'Co-Planning and Co-Teaching',
    'inclusive-practice',
    ['co-teaching', 'special-education'],
    'co-plans and co-teaches with a specialist colleague',
    'Choose a co-teaching model for each lesson segment and plan roles together.',
  ),
  p(
    'Differentiated Small Groups',
    'inclusive-practice',
    ['differentiation', 'small-groups'],
    'forms flexible small groups from current evidence',
    'Regroup students weekly from formative data and plan a focus for each group.',
  ),
];

function p(title: string, topic: TopicId, tags: string[], competency: string, method: string): Practice {
  return { title, topic, tags, competency, method };
}

/** Where and with whom the practice is applied; 14 of them, some tied to a subject. */
const settings: { phrase: string; subject: SubjectId; words: string }[] = [
  {
    phrase: 'in the Early Grades',
    subject: 'all-subjects',
    words: 'young learners and early childhood classrooms',
  },
  { phrase: 'in Mathematics', subject: 'math', words: 'math problem solving and number sense' },
  { phrase: 'in Science Labs', subject: 'science', words: 'science investigations and lab reports' },
  {
    phrase: 'in Social Studies',
    subject: 'social-studies',
    words: 'historical sources and civic discussion',
  },
  { phrase: 'in English Language Arts', subject: 'ela', words: 'reading and writing workshop' },
  {
    phrase: 'in World Language Classrooms',
    subject: 'world-languages',
    words: 'target language communication',
  },
  { phrase: 'in the Arts', subject: 'arts', words: 'music, theatre and visual art studios' },
  {
    phrase: 'for Students with Disabilities',
    subject: 'special-education',
    words: 'individualized education programs and accommodations',
  },
  { phrase: 'Across the Curriculum', subject: 'all-subjects', words: 'every subject area' },
  { phrase: 'for New Teachers', subject: 'all-subjects', words: 'the first years of teaching' },
  { phrase: 'in Blended Classrooms', subject: 'all-subjects', words: 'online and in-person learning' },
  { phrase: 'in Secondary Mathematics', subject: 'math', words: 'algebra, geometry and statistics' },
  { phrase: 'in Middle School Science', subject: 'science', words: 'phenomena-based science units' },
  { phrase: 'in Elementary Literacy', subject: 'ela', words: 'phonics, fluency and comprehension' },
];

const levels = ['Foundations', 'Practice', 'Advanced', 'Leadership', 'Mastery'] as const;

/** The `i`-th benchmark micro-credential: varied titles, topics, subjects, grade bands and credit. */
export function benchContent(i: number): MicroCredentialContentInput {
  const practice = practices[i % practices.length]!;
  const setting = settings[Math.floor(i / practices.length) % settings.length]!;
  const level = levels[Math.floor(i / (practices.length * settings.length)) % levels.length]!;
  const gradeBand = GRADE_BANDS[(i * 7) % GRADE_BANDS.length]!;
  return buildContent({
    title: `${practice.title} ${setting.phrase}: ${level}`,
    summary: `${practice.method} Applied to ${setting.words}, ${gradeBand}.`,
    topic: practice.topic,
    subject: setting.subject,
    gradeBand,
    tags: practice.tags,
    competency: `The educator ${practice.competency}, with ${setting.words}.`,
    keyMethod: practice.method,
    estimatedHours: 5 + (i % 4) * 5,
    creditHours: 1 + (i % 10),
  });
}

/**
 * Search words an educator would type, from broad to narrow. Each is a prefix query over the
 * title, summary, competency, key method and tags.
 */
export const SEARCH_QUERIES = [
  'feedback',
  'family',
  'data',
  'literacy',
  'vocabulary',
  'coaching',
  'math',
  'science',
  'restorative',
  'peer coaching',
  'universal design',
  'belong',
];

/** Topics for the filtered browse (no `q`). */
export const BROWSE_TOPICS: TopicId[] = [
  'formative-assessment',
  'inclusive-practice',
  'family-engagement',
  'data-literacy',
  'technology-integration',
];

/** Topics the browse target does not use, so the uncached target spans every topic. */
export const TOPIC_EXTRAS = (
  [
    'classroom-management',
    'literacy-across-content',
    'multilingual-learners',
    'social-emotional-learning',
    'teacher-leadership',
  ] as TopicId[]
).map((t) => `&topic=${t}`);
