import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { TabList, TabPanel, type TabItem } from '../../components/Tabs.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { IssuerPageFrame } from '../issuer/IssuerPageFrame.js';
import type { AssessmentTab } from './assessment-search.js';
import { AssessorsTab } from './AssessorsTab.js';
import { CalibrationTab } from './CalibrationTab.js';
import { OpenReviewsTab } from './OpenReviewsTab.js';
import { OverviewTab } from './OverviewTab.js';
import { SettingsTab } from './SettingsTab.js';

const route = getRouteApi('/issuer/assessment');

const TABS: readonly TabItem<AssessmentTab>[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'open', label: 'Open reviews' },
  { id: 'assessors', label: 'Assessors' },
  { id: 'calibration', label: 'Calibration' },
  { id: 'settings', label: 'Settings' },
];

const PANELS: Record<AssessmentTab, (props: { issuerId: string }) => ReactNode> = {
  overview: OverviewTab,
  open: OpenReviewsTab,
  assessors: AssessorsTab,
  calibration: CalibrationTab,
  settings: SettingsTab,
};

function Tabs({ issuerId, tab }: { issuerId: string; tab: AssessmentTab }) {
  const navigate = route.useNavigate();
  const Panel = PANELS[tab];
  return (
    <>
      <TabList
        tabs={TABS}
        selected={tab}
        label="Assessment"
        idPrefix="assessment"
        onSelect={(next) =>
          void navigate({
            search: (prev) => ({ ...prev, tab: next === 'overview' ? undefined : next }),
            replace: true,
          })
        }
      />
      <TabPanel idPrefix="assessment" id={tab} selected>
        <Panel issuerId={issuerId} />
      </TabPanel>
    </>
  );
}

function Assessment({ me }: { me: MeView }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <IssuerPageFrame
      me={me}
      selected={search.issuer}
      onSelect={(issuer) => void navigate({ search: (prev) => ({ ...prev, issuer }) })}
      title="Assessment"
      describe={(name) =>
        `How ${name} assesses: backlog and turnaround, agreement between assessors, the assessor pool, calibration and the rules behind them.`
      }
      other={{ to: '/issuer/audit', label: 'Audit log', icon: 'file' }}
    >
      {(issuerId) => <Tabs key={issuerId} issuerId={issuerId} tab={search.tab ?? 'overview'} />}
    </IssuerPageFrame>
  );
}

export function AssessmentPage() {
  useDocumentTitle('Assessment');
  return <RequireAuth roles={['issuer_admin']}>{(me) => <Assessment me={me} />}</RequireAuth>;
}
