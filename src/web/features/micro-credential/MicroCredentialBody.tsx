import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon.js';
import { RubricTable } from '../../components/RubricTable.js';
import { PART_LABELS } from '../../lib/labels.js';
import { targetLabeler, type ContentLike } from './content-like.js';
import { ArtifactRequirementList, QuestionList } from './RequirementList.js';

export const DETAIL_SECTIONS = [
  { id: 'competency', label: 'Competency & method' },
  { id: 'research', label: 'Research & resources' },
  { id: 'requirements', label: 'Submission requirements' },
  { id: 'rubric', label: 'Rubric' },
  { id: 'alignments', label: 'Alignments' },
] as const;

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-6 border-t border-slate-200 pt-6">
      <h2 id={`${id}-h`} className="mb-4 text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <div className="space-y-5">{children}</div>
    </section>
  );
}

function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h3 className="mb-2 font-semibold text-slate-900">{title}</h3>
      {children}
    </div>
  );
}

const Missing = ({ what }: { what: string }) => <p className="text-slate-600 italic">No {what} yet.</p>;

const ExternalLink = ({ href, children }: { href: string; children: ReactNode }) => (
  <a href={href} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1">
    {children}
    <Icon name="external" className="h-3.5 w-3.5" />
    <span className="sr-only">(opens in a new tab)</span>
  </a>
);

/**
 * Everything a micro-credential says, section by section: the public detail page and the
 * authoring preview both draw it, so authors see exactly what educators will.
 */
export function MicroCredentialBody({ content }: { content: ContentLike }) {
  const { requirements: req } = content;
  return (
    <div className="space-y-8">
      <Block id="competency" title="Competency & method">
        <Sub title="Competency">
          {content.competency ? (
            <p className="prose-text text-lg">{content.competency}</p>
          ) : (
            <Missing what="competency" />
          )}
        </Sub>
        <Sub title="Key method">
          {content.keyMethod ? (
            <p className="prose-text">{content.keyMethod}</p>
          ) : (
            <Missing what="key method" />
          )}
        </Sub>
        <Sub title="Method components">
          {content.methodComponents.length ? (
            <ol className="space-y-3">
              {content.methodComponents.map((m, i) => (
                <li key={i} className="rounded-md bg-slate-50 p-3">
                  <p className="font-semibold text-slate-900">
                    {i + 1}. {m.title}
                  </p>
                  <p className="prose-text mt-1">{m.description}</p>
                </li>
              ))}
            </ol>
          ) : (
            <Missing what="method components" />
          )}
        </Sub>
      </Block>

      <Block id="research" title="Research & resources">
        <Sub title="Research and rationale">
          {content.research.rationale ? (
            <p className="prose-text">{content.research.rationale}</p>
          ) : (
            <Missing what="rationale" />
          )}
        </Sub>
        <Sub title="Citations">
          {content.research.citations.length ? (
            <ol className="list-decimal space-y-2 pl-6 text-slate-800">
              {content.research.citations.map((c, i) => (
                <li key={i}>
                  {c.text} {c.url ? <ExternalLink href={c.url}>Source</ExternalLink> : null}
                </li>
              ))}
            </ol>
          ) : (
            <Missing what="citations" />
          )}
        </Sub>
        <Sub title="Free resources">
          {content.resources.length ? (
            <ul className="space-y-2">
              {content.resources.map((r, i) => (
                <li key={i}>
                  <ExternalLink href={r.url}>{r.title}</ExternalLink>
                  {r.description ? <p className="text-sm text-slate-700">{r.description}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <Missing what="resources" />
          )}
        </Sub>
      </Block>

      <Block id="requirements" title="Submission requirements">
        <Sub title={PART_LABELS.part1}>
          {req.part1.intro ? <p className="prose-text mb-3">{req.part1.intro}</p> : null}
          <QuestionList questions={req.part1.questions} />
        </Sub>
        <Sub title={PART_LABELS.part2}>
          {req.part2.intro ? <p className="prose-text mb-3">{req.part2.intro}</p> : null}
          <ArtifactRequirementList artifacts={req.part2.artifacts} />
        </Sub>
        <Sub title={PART_LABELS.part3}>
          {req.part3.intro ? <p className="prose-text mb-3">{req.part3.intro}</p> : null}
          <QuestionList questions={req.part3.questions} />
        </Sub>
      </Block>

      <Block id="rubric" title="Rubric">
        <p className="text-slate-700">This is exactly the rubric assessors use to score your submission.</p>
        <RubricTable rubric={content.rubric} targetLabel={targetLabeler(content)} />
      </Block>

      <Block id="alignments" title="Alignments">
        {content.alignments.length ? (
          <ul className="grid gap-3 sm:grid-cols-2">
            {content.alignments.map((a, i) => (
              <li key={i} className="rounded-md border border-slate-200 p-3">
                <p className="text-sm font-semibold text-slate-700">
                  {a.framework} · {a.code}
                </p>
                <p className="text-slate-900">
                  {a.url ? <ExternalLink href={a.url}>{a.name}</ExternalLink> : a.name}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <Missing what="alignments" />
        )}
      </Block>
    </div>
  );
}
