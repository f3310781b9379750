import type { DemoMicroCredential } from '../types.js';
import actionableFeedbackForRevision from './actionable-feedback-for-revision.js';
import checkingForUnderstanding from './checking-for-understanding.js';
import contentAndLanguageObjectives from './content-and-language-objectives.js';
import universalDesignForLearning from './universal-design-for-learning.js';
import disaggregatingStudentData from './disaggregating-student-data.js';
import peerObservationAndFeedback from './peer-observation-and-feedback.js';
import progressMonitoringWithCbm from './progress-monitoring-with-cbm.js';
import purposefulTechnologyInMath from './purposeful-technology-in-math.js';
import readingLikeAScientist from './reading-like-a-scientist.js';
import sourcingAndCorroborationInHistory from './sourcing-and-corroboration-in-history.js';
import behaviorSpecificPraise from './behavior-specific-praise.js';
import dailyCommunityMeetings from './daily-community-meetings.js';
import explicitInstructionForStudentsWithDisabilities from './explicit-instruction-for-students-with-disabilities.js';
import proactiveFamilyCommunication from './proactive-family-communication.js';
import structuredAcademicConversations from './structured-academic-conversations.js';
import studentSelfAssessmentInArt from './student-self-assessment-in-art.js';
import teachingClassroomRoutines from './teaching-classroom-routines.js';
import emotionVocabularyAndRegulation from './emotion-vocabulary-and-regulation.js';
import lateralReadingOnlineSources from './lateral-reading-online-sources.js';
import fundsOfKnowledge from './funds-of-knowledge.js';
import coPlanningAndCoTeaching from './co-planning-and-co-teaching.js';
import cultivatingBelonging from './cultivating-belonging.js';
import digitalSpeakingPractice from './digital-speaking-practice.js';
import familyMathWorkshops from './family-math-workshops.js';
import leadingADataTeam from './leading-a-data-team.js';
import mentoringBeginningTeachers from './mentoring-beginning-teachers.js';
import restorativeConversations from './restorative-conversations.js';
import writingToLearnInMath from './writing-to-learn-in-math.js';

/** Every demo micro-credential, ordered by issuer (as in demoIssuers) and then by title. */
export const demoCatalog: DemoMicroCredential[] = [
  actionableFeedbackForRevision,
  checkingForUnderstanding,
  contentAndLanguageObjectives,
  universalDesignForLearning,
  disaggregatingStudentData,
  peerObservationAndFeedback,
  progressMonitoringWithCbm,
  purposefulTechnologyInMath,
  readingLikeAScientist,
  sourcingAndCorroborationInHistory,
  behaviorSpecificPraise,
  dailyCommunityMeetings,
  explicitInstructionForStudentsWithDisabilities,
  proactiveFamilyCommunication,
  structuredAcademicConversations,
  studentSelfAssessmentInArt,
  teachingClassroomRoutines,
  emotionVocabularyAndRegulation,
  lateralReadingOnlineSources,
  fundsOfKnowledge,
  coPlanningAndCoTeaching,
  cultivatingBelonging,
  digitalSpeakingPractice,
  familyMathWorkshops,
  leadingADataTeam,
  mentoringBeginningTeachers,
  restorativeConversations,
  writingToLearnInMath,
];
