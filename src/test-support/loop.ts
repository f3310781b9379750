import type { App } from '../server/http.js';
import type { SubmissionView } from '../contracts/submissions.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** Fills every part of the current attempt through the API, as a careful educator would. */
export async function completeDraft(app: App, cookie: string, submissionId: string) {
  const view = (
    await app.inject({ url: `/api/v1/submissions/${submissionId}`, headers: { cookie } })
  ).json<SubmissionView>();
  const { requirements } = view.microCredential.content;
  const fill = (qs: { id: string; words: { min: number } }[]) =>
    Object.fromEntries(qs.map((q) => [q.id, words(Math.max(q.words.min, 5))]));
  const save = await app.inject({
    method: 'PATCH',
    url: `/api/v1/submissions/${submissionId}/draft`,
    headers: { cookie },
    payload: {
      revision: view.current.revision,
      answers: { part1: fill(requirements.part1.questions), part3: fill(requirements.part3.questions) },
      attestation: { ownWork: true, studentPrivacy: true },
      ...(view.current.number > 1
        ? { resubmissionNote: 'I added a clearer lesson plan and new student work samples.' }
        : {}),
    },
  });
  if (save.statusCode !== 200) throw new Error(`save failed: ${save.body}`);
  for (const req of requirements.part2.artifacts) {
    const have = view.current.artifacts.filter((a) => a.requirementId === req.id).length;
    for (let i = have; i < req.count.min; i++) {
      const payload = req.kinds.includes('text')
        ? {
            kind: 'text',
            requirementId: req.id,
            title: `${req.title} ${i + 1}`,
            text: words(Math.max(req.words?.min ?? 5, 5)),
          }
        : {
            kind: 'link',
            requirementId: req.id,
            title: `${req.title} ${i + 1}`,
            url: 'https://example.org/evidence',
          };
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/submissions/${submissionId}/artifacts`,
        headers: { cookie },
        payload,
      });
      if (res.statusCode !== 201) throw new Error(`artifact failed: ${res.body}`);
    }
  }
  // The educator checks every uploaded file for student privacy.
  for (const a of view.current.artifacts.filter((x) => x.file)) {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/submissions/${submissionId}/artifacts/${a.id}`,
      headers: { cookie },
      payload: { privacy: { noStudentNames: true, facesConsented: true } },
    });
    if (res.statusCode !== 200) throw new Error(`privacy checklist failed: ${res.body}`);
  }
}

/** Scores every criterion at its first demonstrated (or first "not yet") level. */
export function scoresFor(
  view: { microCredential: { content: SubmissionView['microCredential']['content'] } },
  earned: boolean,
) {
  return view.microCredential.content.rubric.criteria.map((c) => {
    const level = c.levels.find((l) => l.demonstrated === earned)!;
    return {
      criterionId: c.id,
      levelId: level.id,
      feedback: earned
        ? 'Clear, specific evidence of the practice.'
        : 'The lesson plan does not yet show where the checks happen; mark them.',
    };
  });
}

/**
 * Starts, completes and submits a micro-credential as the educator, then opens its review as the
 * assessor it went to. Returns the submission id and the review as the assessor sees it.
 */
export async function submitForReview(
  app: App,
  educatorCookie: string,
  assessorCookie: string,
  microCredentialId: string,
) {
  const get = (url: string, cookie: string) => app.inject({ url, headers: { cookie } }).then((r) => r.json());
  const started = await app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: { cookie: educatorCookie },
    payload: { microCredentialId },
  });
  const id = started.json<{ id: string }>().id;
  await completeDraft(app, educatorCookie, id);
  await app.inject({
    method: 'POST',
    url: `/api/v1/submissions/${id}/submit`,
    headers: { cookie: educatorCookie },
  });
  const queue = await get('/api/v1/reviews?status=assigned', assessorCookie);
  const mine = queue.items.find(
    (r: { microCredential: { id: string } }) => r.microCredential.id === microCredentialId,
  );
  if (!mine) throw new Error('the submission was not assigned to this assessor');
  return { submissionId: id, review: await get(`/api/v1/reviews/${mine.id}`, assessorCookie) };
}
