import { getRouteApi } from '@tanstack/react-router';
import { QueryState } from '../../components/QueryState.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { useAuthoring } from './authoring-api.js';
import { AuthoringEditor } from './AuthoringEditor.js';

const route = getRouteApi('/authoring/$id');

function EditorLoader({ id }: { id: string }) {
  const query = useAuthoring(id);
  useDocumentTitle(query.data ? `Edit · ${query.data.title}` : 'Authoring');
  return (
    <QueryState query={query} errorTitle="This micro-credential could not be opened">
      {(view) => <AuthoringEditor key={view.id} initial={view} />}
    </QueryState>
  );
}

export function AuthoringEditorPage() {
  const { id } = route.useParams();
  return (
    <RequireAuth roles={['issuer_admin', 'platform_admin']}>{() => <EditorLoader id={id} />}</RequireAuth>
  );
}
