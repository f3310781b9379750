import type { DemoResponse } from './types.js';
import borderlineProactiveFamilyCommunication from './responses/borderline-proactive-family-communication.js';
import borderlineStructuredAcademicConversations from './responses/borderline-structured-academic-conversations.js';
import borderlineTeachingClassroomRoutines from './responses/borderline-teaching-classroom-routines.js';
import checkingForUnderstanding from './responses/checking-for-understanding.js';
import cultivatingBelonging from './responses/cultivating-belonging.js';
import disaggregatingStudentData from './responses/disaggregating-student-data.js';
import leadingADataTeam from './responses/leading-a-data-team.js';
import notYetCheckingForUnderstanding from './responses/not-yet-checking-for-understanding.js';
import proactiveFamilyCommunication from './responses/proactive-family-communication.js';
import purposefulTechnologyInMath from './responses/purposeful-technology-in-math.js';
import readingLikeAScientist from './responses/reading-like-a-scientist.js';
import structuredAcademicConversations from './responses/structured-academic-conversations.js';
import teachingClassroomRoutines from './responses/teaching-classroom-routines.js';

/**
 * Realistic educator submissions, keyed by micro-credential slug. Each answers every Part 1 and Part 3
 * question within its word range and fills every Part 2 requirement with allowed `text` or `link` entries.
 * Student and colleague names never appear; links point at example.org.
 */
export const demoResponses: Record<string, DemoResponse> = {
  // Northfield University School of Education
  'checking-for-understanding': checkingForUnderstanding,
  'disaggregating-student-data': disaggregatingStudentData,
  'purposeful-technology-in-math': purposefulTechnologyInMath,
  'reading-like-a-scientist': readingLikeAScientist,
  // Lanternhill Institute for Teaching Practice
  'proactive-family-communication': proactiveFamilyCommunication,
  'structured-academic-conversations': structuredAcademicConversations,
  'teaching-classroom-routines': teachingClassroomRoutines,
  // Brightwater Educators Federation Center for Professional Learning
  'cultivating-belonging': cultivatingBelonging,
  'leading-a-data-team': leadingADataTeam,
};

/** A weaker submission an assessor would score "Not yet" on the listed criteria (still within all word ranges). */
export type DemoNotYetResponse = {
  /** The micro-credential slug. */
  slug: string;
  response: DemoResponse;
  /** Criterion ids an assessor would score at a not-yet level. */
  notYetCriteria: string[];
};

export const demoNotYetResponse: DemoNotYetResponse = {
  slug: 'checking-for-understanding',
  response: notYetCheckingForUnderstanding,
  notYetCriteria: ['question-design', 'all-student-response', 'responsive-adjustment', 'refinement'],
};

/**
 * A weaker submission where one criterion is arguable: assessors can reasonably score `arguable`
 * either way, and strict ones also doubt `doubted`. The double-scoring demo's disagreements and
 * "not yet" anchors come from these.
 */
export type DemoBorderlineResponse = { response: DemoResponse; arguable: string; doubted: string };

export const demoBorderlineResponses: Record<string, DemoBorderlineResponse> = {
  'teaching-classroom-routines': {
    response: borderlineTeachingClassroomRoutines,
    arguable: 'measured-effect',
    doubted: 'reflection-on-routine',
  },
  'proactive-family-communication': {
    response: borderlineProactiveFamilyCommunication,
    arguable: 'reflection-on-partnership',
    doubted: 'reach-every-family',
  },
  'structured-academic-conversations': {
    response: borderlineStructuredAcademicConversations,
    arguable: 'analysis-and-next-steps',
    doubted: 'talk-to-writing',
  },
};
