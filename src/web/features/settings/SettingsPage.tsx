import type { MeView } from '../../../contracts/auth.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { EmailPreferences } from '../notifications/EmailPreferences.js';
import { YourData } from '../privacy/YourData.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { hasRole } from '../auth/roles.js';
import { LinkedAccounts } from './LinkedAccounts.js';
import { NewTokenForm } from './NewTokenForm.js';
import { TokenList } from './TokenList.js';

function Settings({ me }: { me: MeView }) {
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${me.name} (${me.email}).`} />
      <LinkedAccounts />
      <EmailPreferences />
      <Section id="tokens" title="API tokens">
        <div className="mb-4 max-w-3xl space-y-2 text-slate-700">
          <p>
            A token lets a program use the microcred API as you — send it as{' '}
            <code className="rounded bg-slate-100 px-1 font-mono text-sm">Authorization: Bearer …</code>.
          </p>
          {hasRole(me, 'issuer_admin') ? (
            <p>
              As an issuer admin, your tokens can sign credentials through the VC-API (
              <code className="rounded bg-slate-100 px-1 font-mono text-sm">POST /credentials/issue</code>)
              with your issuer’s key. See the <a href="/api/docs">API docs</a>.
            </p>
          ) : null}
        </div>
        <div className="grid gap-6 lg:grid-cols-[24rem_1fr] lg:items-start">
          <NewTokenForm />
          <div>
            <h3 className="mb-3 font-semibold text-slate-900">Your tokens</h3>
            <TokenList />
          </div>
        </div>
      </Section>
      <YourData />
    </>
  );
}

export function SettingsPage() {
  useDocumentTitle('Settings');
  return <RequireAuth>{(me) => <Settings me={me} />}</RequireAuth>;
}
