import { getRouteApi } from '@tanstack/react-router';
import type { MeView } from '../../../contracts/auth.js';
import { Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { IdentityPanel } from './IdentityPanel.js';
import { useIssuerKeys } from './issuer-api.js';
import { IssuerPageFrame } from './IssuerPageFrame.js';
import { KeyList } from './KeyList.js';

const route = getRouteApi('/issuer/keys');

function Keys({ issuerId }: { issuerId: string }) {
  const keys = useIssuerKeys(issuerId);
  return (
    <QueryState query={keys} loading={<ListSkeleton rows={2} label="Loading your keys…" />}>
      {(data) => (
        <>
          <Section id="identity" title="Identity">
            <IdentityPanel issuerId={issuerId} keys={data} />
          </Section>
          <Section id="keys" title="Keys">
            <KeyList issuerId={issuerId} keys={data} />
          </Section>
        </>
      )}
    </QueryState>
  );
}

function IssuerKeysView({ me }: { me: MeView }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <IssuerPageFrame
      me={me}
      selected={search.issuer}
      onSelect={(issuer) => void navigate({ search: { issuer } })}
      title="Signing keys"
      describe={(name) =>
        `How ${name} signs its credentials: the identity verifiers look up, and the Ed25519 keys behind it. Secret keys never leave the server and are stored encrypted.`
      }
      other={{ to: '/issuer/credentials', label: 'Issued credentials', icon: 'award' }}
    >
      {(issuerId) => <Keys key={issuerId} issuerId={issuerId} />}
    </IssuerPageFrame>
  );
}

export function IssuerKeysPage() {
  useDocumentTitle('Signing keys');
  return <RequireAuth roles={['issuer_admin']}>{(me) => <IssuerKeysView me={me} />}</RequireAuth>;
}
