import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AuthoringView } from '../../../contracts/catalog.js';
import type { Problem } from '../../../contracts/common.js';
import { Checkbox } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemList } from '../../components/ProblemList.js';
import { SaveIndicator } from '../../components/SaveIndicator.js';
import { TabList, TabPanel } from '../../components/Tabs.js';
import { useAutosave } from '../../lib/use-autosave.js';
import { MicroCredentialBody } from '../micro-credential/MicroCredentialBody.js';
import { MicroCredentialHero } from '../micro-credential/MicroCredentialHero.js';
import { authoringApi, authoringKeys } from './authoring-api.js';
import { AuthoringStatus } from './authoring-status.js';
import { fromDraftContent, toDraftContent, type DraftForm, type Updater } from './draft-form.js';
import { describePath, humanizeProblems, sectionOf } from './problems.js';
import { PublishControls } from './PublishControls.js';
import { AlignmentsSection } from './sections/AlignmentsSection.js';
import { ArtifactsSection } from './sections/ArtifactsSection.js';
import { BasicsSection } from './sections/BasicsSection.js';
import { CreditSection } from './sections/CreditSection.js';
import { MethodSection } from './sections/MethodSection.js';
import { QuestionsSection } from './sections/QuestionsSection.js';
import { ResearchSection } from './sections/ResearchSection.js';
import { RubricBuilder } from './sections/RubricBuilder.js';
import { VersionHistory } from './VersionHistory.js';

type Tab = 'edit' | 'preview' | 'history';

const SECTIONS = [
  ['sec-basics', 'Basics'],
  ['sec-method', 'Competency & method'],
  ['sec-research', 'Research & resources'],
  ['sec-part1', 'Part 1 · Overview'],
  ['sec-part2', 'Part 2 · Evidence'],
  ['sec-part3', 'Part 3 · Reflection'],
  ['sec-rubric', 'Rubric'],
  ['sec-alignments', 'Alignments'],
  ['sec-credit', 'Hours, credit & validity'],
] as const;

const goToSection = (id: string) => {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start' });
  el?.querySelector<HTMLElement>('input, textarea, select')?.focus({ preventScroll: true });
};

/** The whole authoring form with autosave, problems beside the fields, preview and publishing. */
export function AuthoringEditor({ initial }: { initial: AuthoringView }) {
  const queryClient = useQueryClient();
  const [view, setView] = useState(initial);
  const [form, setForm] = useState<DraftForm>(() => fromDraftContent(initial.draft));
  const [problems, setProblemsRaw] = useState<Problem[]>(() => humanizeProblems(initial.problems));
  const setProblems = useCallback((list: Problem[]) => setProblemsRaw(humanizeProblems(list)), []);
  // A new draft is all gaps; show them beside the fields once the author asks, or tries to publish.
  const [inline, setInline] = useState(initial.problems.length <= 10);
  const [tab, setTab] = useState<Tab>('edit');
  const update: Updater = useCallback((fn) => setForm((f) => fn(f)), []);

  // The version of the server's copy this page builds on; saves over a newer one are refused.
  const base = useRef(initial.updatedAt);
  const applyView = useCallback(
    (v: AuthoringView) => {
      base.current = v.updatedAt;
      setView(v);
      queryClient.setQueryData(authoringKeys.one(v.id), v);
      void queryClient.invalidateQueries({ queryKey: authoringKeys.list, exact: true });
    },
    [queryClient],
  );

  const content = useMemo(() => toDraftContent(form), [form]);
  const autosave = useAutosave({
    value: content,
    save: (c) => authoringApi.saveDraft(initial.id, c, base.current),
    onSaved: (v) => {
      setProblems(v.problems);
      applyView(v);
    },
    delayMs: 1200,
  });

  const sectionProps = { form, update, problems: inline ? problems : [] };
  return (
    <>
      <PageHeader
        eyebrow={<Link to="/authoring">Authoring</Link>}
        title={form.title || view.slug}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span>{view.issuer.name}</span>
            <AuthoringStatus item={view} />
          </span>
        }
      />
      <div className="sticky top-0 z-10 -mx-4 mb-4 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-md sm:border sm:px-3">
        {autosave.state.kind === 'idle' ? (
          <p className="text-sm text-slate-700">
            {view.hasDraft
              ? 'Draft · saved automatically as you type'
              : 'No unpublished changes · editing starts a new draft'}
          </p>
        ) : (
          <SaveIndicator state={autosave.state} />
        )}
        <PublishControls
          view={view}
          title={form.title || view.slug}
          flush={autosave.flush}
          onView={applyView}
          onProblems={(list) => {
            setProblems(list);
            setInline(true);
          }}
        />
      </div>

      {problems.length ? (
        <details className="mb-4" open={problems.length <= 5}>
          <summary className="cursor-pointer font-medium text-slate-900">
            {problems.length} {problems.length === 1 ? 'thing' : 'things'} to finish before publishing
          </summary>
          <div className="mt-2 space-y-2">
            <Checkbox
              label="Show these beside the fields"
              checked={inline}
              onChange={(e) => setInline(e.target.checked)}
            />
            <ProblemList
              problems={problems}
              title="Not ready to publish"
              locate={(p) => ({
                label: describePath(p.path),
                go: () => {
                  setTab('edit');
                  requestAnimationFrame(() => goToSection(sectionOf(p.path)));
                },
              })}
            />
          </div>
        </details>
      ) : view.hasDraft ? (
        <Notice tone="success" className="mb-4">
          The draft is complete and ready to publish.
        </Notice>
      ) : null}

      <TabList
        tabs={[
          { id: 'edit', label: 'Edit' },
          { id: 'preview', label: 'Preview' },
          { id: 'history', label: `Versions (${view.versions.length})` },
        ]}
        selected={tab}
        onSelect={setTab}
        label="Authoring views"
        idPrefix="author"
      />
      <TabPanel idPrefix="author" id="edit" title="Edit" selected={tab === 'edit'}>
        <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
          <nav aria-label="Form sections" className="hidden lg:block">
            <ul className="sticky top-20 space-y-1 text-sm">
              {SECTIONS.map(([id, label]) => (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
                    onClick={(e) => {
                      e.preventDefault();
                      goToSection(id);
                    }}
                  >
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <form
            className="min-w-0 space-y-6"
            onSubmit={(e) => e.preventDefault()}
            aria-label="Micro-credential content"
          >
            <BasicsSection {...sectionProps} />
            <MethodSection {...sectionProps} />
            <ResearchSection {...sectionProps} />
            <QuestionsSection part="part1" {...sectionProps} />
            <ArtifactsSection {...sectionProps} />
            <QuestionsSection part="part3" {...sectionProps} />
            <RubricBuilder {...sectionProps} />
            <AlignmentsSection {...sectionProps} />
            <CreditSection {...sectionProps} />
          </form>
        </div>
      </TabPanel>
      <TabPanel idPrefix="author" id="preview" title="Preview" selected={tab === 'preview'}>
        <Notice tone="info" className="mb-6">
          This is how educators will see the micro-credential once published.
        </Notice>
        <div className="space-y-8">
          <MicroCredentialHero content={form} issuerName={view.issuer.name} version={null} />
          <MicroCredentialBody content={form} />
        </div>
      </TabPanel>
      <TabPanel idPrefix="author" id="history" title="Versions" selected={tab === 'history'}>
        <VersionHistory versions={view.versions} />
      </TabPanel>
    </>
  );
}
