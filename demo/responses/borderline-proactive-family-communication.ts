import type { DemoResponse } from '../types.js';
import strong from './proactive-family-communication.js';

/**
 * The family-communication plan and log again, with a reflection on reach that never looks at the
 * log and treats messages as announcements: "Reflection on partnership" is arguable.
 */
export default {
  ...strong,
  part3: {
    ...strong.part3,
    'reach-and-response':
      'I think the plan worked well overall. Families seemed to appreciate hearing good news, and I received more replies than last year, especially after the first positive message of the year. I sent an update every week on the school app and a few paper notes home with the children who do not use the app. I did not go back through my contact log to count who replied, but my sense is that most families responded at some point during the term. Some families are still hard to reach, mostly because they are very busy with work, and I will keep sending them the weekly updates so that they stay informed about what we are doing in class. Next term I would like to add a short newsletter with photos of our projects, because families told me at conferences that they enjoyed seeing them. I also want to send reminders about homework more regularly, since several families said they were not sure what was due each week.',
  },
} satisfies DemoResponse;
