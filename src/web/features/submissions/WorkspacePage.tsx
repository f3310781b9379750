import { getRouteApi } from '@tanstack/react-router';
import { QueryState } from '../../components/QueryState.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { useSubmission } from './submissions-api.js';
import { Workspace } from './Workspace.js';

const route = getRouteApi('/submissions/$id');

function WorkspaceLoader({ id }: { id: string }) {
  const query = useSubmission(id);
  useDocumentTitle(query.data ? `${query.data.microCredential.title} · submission` : 'Submission');
  return (
    <QueryState query={query} errorTitle="This submission could not be loaded">
      {/* A new attempt starts a fresh draft, so the editor is keyed by attempt. */}
      {(submission) => <Workspace key={submission.current.id} submission={submission} />}
    </QueryState>
  );
}

export function WorkspacePage() {
  const { id } = route.useParams();
  return <RequireAuth>{() => <WorkspaceLoader id={id} />}</RequireAuth>;
}
