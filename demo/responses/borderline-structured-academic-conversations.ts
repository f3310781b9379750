import type { DemoResponse } from '../types.js';
import strong from './structured-academic-conversations.js';

/**
 * The academic-conversation unit again, with an analysis that stays general and never quotes the
 * recorded conversation: "Analysis of talk" is arguable.
 */
export default {
  ...strong,
  part3: {
    ...strong.part3,
    'talk-analysis':
      "Overall the conversations went well. Students were engaged and talked much more than they usually do in our discussions, and I think the frames helped them to get started. Most pairs used evidence from the text, and many of them built on each other's ideas at least once. Some pairs finished early and started talking about other things, so next time I will give them an extension question to keep the conversation going. My multilingual learners participated more than usual, which I attribute to the planning time in their home language before the conversation began. The conversations also seemed to help students with their writing afterward, since many of them used ideas that had come up in their discussions. In general, I feel that structured conversations are a good fit for my class, and the students told me that they enjoyed them more than answering questions on their own. I plan to keep using them in our next unit.",
  },
} satisfies DemoResponse;
