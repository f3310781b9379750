import { useState } from 'react';
import { Notice } from '../../components/Notice.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { LicensesSection } from './LicensesSection.js';
import { RenewalItemsTable } from './RenewalItemsTable.js';
import { RenewalProgressCard } from './RenewalProgressCard.js';
import { useMyRenewal } from './renewal-api.js';

function RenewalProgress({ licenseId }: { licenseId: string | undefined }) {
  const query = useMyRenewal(licenseId);
  return (
    <QueryState query={query} errorTitle="Your renewal progress could not be loaded">
      {(renewal) => (
        <>
          <Section id="progress" title="Progress this cycle">
            {renewal.message ? (
              <Notice tone="info">{renewal.message}</Notice>
            ) : (
              <RenewalProgressCard renewal={renewal} />
            )}
          </Section>
          {renewal.policy ? (
            <Section id="credentials" title="Your credentials">
              <RenewalItemsTable items={renewal.items} />
            </Section>
          ) : null}
        </>
      )}
    </QueryState>
  );
}

/** Where an educator stands toward renewing their license, and their renewal transcript. */
export function RenewalPage() {
  useDocumentTitle('Renewal progress');
  const [licenseId, setLicenseId] = useState<string | undefined>(undefined);
  return (
    <RequireAuth>
      {() => (
        <>
          <PageHeader
            title="Renewal progress"
            description="How your micro-credentials count toward renewing your license, under your state’s policy and your district’s additions."
          />
          <RenewalProgress licenseId={licenseId} />
          <LicensesSection selectedId={licenseId} onSelect={setLicenseId} />
        </>
      )}
    </RequireAuth>
  );
}
