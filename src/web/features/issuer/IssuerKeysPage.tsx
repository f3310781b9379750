import { getRouteApi, Link } from '@tanstack/react-router';
import type { MeView } from '../../../contracts/auth.js';
import { buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { IdentityPanel } from './IdentityPanel.js';
import { useIssuerKeys } from './issuer-api.js';
import { IssuerPicker } from './IssuerPicker.js';
import { chooseIssuer } from './issuer-search.js';
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
  const { issuers, current } = chooseIssuer(me, search.issuer);
  if (!current) return null;
  return (
    <>
      <PageHeader
        title="Signing keys"
        description={`How ${current.orgName} signs its credentials: the identity verifiers look up, and the Ed25519 keys behind it. Secret keys never leave the server and are stored encrypted.`}
        actions={
          <Link
            to="/issuer/credentials"
            search={{ issuer: current.orgId }}
            className={buttonClass('secondary')}
          >
            <Icon name="award" className="h-4 w-4" /> Issued credentials
          </Link>
        }
      />
      <IssuerPicker
        issuers={issuers}
        value={current.orgId}
        onChange={(issuer) => void navigate({ search: { issuer } })}
      />
      <Keys key={current.orgId} issuerId={current.orgId} />
    </>
  );
}

export function IssuerKeysPage() {
  useDocumentTitle('Signing keys');
  return <RequireAuth roles={['issuer_admin']}>{(me) => <IssuerKeysView me={me} />}</RequireAuth>;
}
