import type { DemoIssuer } from './types.js';

/** Three fictional issuers. All names, addresses and emails are invented. */
export const demoIssuers: DemoIssuer[] = [
  {
    slug: 'northfield-school-of-education',
    name: 'Northfield University School of Education',
    description:
      "The graduate school of education of a fictional public university. Its micro-credentials grow out of the school's teacher-preparation and master's coursework in assessment, literacy, language development and inclusive instruction, and are assessed by faculty and trained clinical educators.",
    url: 'https://education.northfield.example.edu',
    email: 'microcredentials@northfield.example.edu',
  },
  {
    slug: 'lanternhill-teaching-practice-institute',
    name: 'Lanternhill Institute for Teaching Practice',
    description:
      'A fictional nonprofit that studies and spreads everyday classroom practices. Its micro-credentials focus on routines, relationships, classroom talk and family partnerships, and are assessed by a pool of practicing teachers who complete annual calibration.',
    url: 'https://www.lanternhill-institute.example.org',
    email: 'credentials@lanternhill-institute.example.org',
  },
  {
    slug: 'brightwater-educators-learning-center',
    name: 'Brightwater Educators Federation Center for Professional Learning',
    description:
      "The professional-learning arm of a fictional teachers' union local. Designed by teachers for teachers, its micro-credentials emphasize collaboration, teacher leadership, mentoring, belonging and inclusive classrooms, and count toward the federation's teacher-leader pathway.",
    url: 'https://learning.brightwater-federation.example.org',
    email: 'learning@brightwater-federation.example.org',
    // A union local without a domain of its own for keys: its credentials are signed as a did:key.
    didMethod: 'key',
  },
];
