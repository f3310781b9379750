import type { ReactNode } from 'react';
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouteComponent,
} from '@tanstack/react-router';
import { AppShell } from './components/layout/AppShell.js';
import { NotFoundPage } from './components/layout/NotFoundPage.js';
import { SignInPage } from './features/auth/SignInPage.js';
import { CatalogPage } from './features/catalog/CatalogPage.js';
import { parseAssessmentSearch, parseAuditSearch } from './features/assessment/assessment-search.js';
import { parseCatalogSearch } from './features/catalog/catalog-search.js';
import { parseIssuerSearch } from './features/issuer/issuer-search.js';
import { MicroCredentialPage } from './features/micro-credential/MicroCredentialPage.js';

// Pages behind sign-in load on first visit, so the public catalog stays small.
const AcceptInvitationPage = lazyRouteComponent(
  () => import('./features/admin/AcceptInvitationPage.js'),
  'AcceptInvitationPage',
);
const AdminPage = lazyRouteComponent(() => import('./features/admin/AdminPage.js'), 'AdminPage');
const OutboxPage = lazyRouteComponent(() => import('./features/admin/OutboxPage.js'), 'OutboxPage');
const DataRequestsPage = lazyRouteComponent(
  () => import('./features/privacy/DataRequestsPage.js'),
  'DataRequestsPage',
);
const AuthoringEditorPage = lazyRouteComponent(
  () => import('./features/authoring/AuthoringEditorPage.js'),
  'AuthoringEditorPage',
);
const AuthoringListPage = lazyRouteComponent(
  () => import('./features/authoring/AuthoringListPage.js'),
  'AuthoringListPage',
);
const NewMicroCredentialPage = lazyRouteComponent(
  () => import('./features/authoring/NewMicroCredentialPage.js'),
  'NewMicroCredentialPage',
);
const MyCredentialsPage = lazyRouteComponent(
  () => import('./features/credentials/MyCredentialsPage.js'),
  'MyCredentialsPage',
);
const DashboardPage = lazyRouteComponent(
  () => import('./features/dashboard/DashboardPage.js'),
  'DashboardPage',
);
const ReviewPage = lazyRouteComponent(() => import('./features/reviews/ReviewPage.js'), 'ReviewPage');
const ReviewQueuePage = lazyRouteComponent(
  () => import('./features/reviews/ReviewQueuePage.js'),
  'ReviewQueuePage',
);
const WorkspacePage = lazyRouteComponent(
  () => import('./features/submissions/WorkspacePage.js'),
  'WorkspacePage',
);
const IssuedCredentialsPage = lazyRouteComponent(
  () => import('./features/issuer/IssuedCredentialsPage.js'),
  'IssuedCredentialsPage',
);
const IssuerKeysPage = lazyRouteComponent(
  () => import('./features/issuer/IssuerKeysPage.js'),
  'IssuerKeysPage',
);
const AssessmentPage = lazyRouteComponent(
  () => import('./features/assessment/AssessmentPage.js'),
  'AssessmentPage',
);
const AuditPage = lazyRouteComponent(() => import('./features/assessment/AuditPage.js'), 'AuditPage');
const NotificationsPage = lazyRouteComponent(
  () => import('./features/notifications/NotificationsPage.js'),
  'NotificationsPage',
);
const SettingsPage = lazyRouteComponent(() => import('./features/settings/SettingsPage.js'), 'SettingsPage');
const VerifyPage = lazyRouteComponent(() => import('./features/verify/VerifyPage.js'), 'VerifyPage');

const RosterImportPage = lazyRouteComponent(
  () => import('./features/roster/RosterImportPage.js'),
  'RosterImportPage',
);
const SignInProvidersPage = lazyRouteComponent(
  () => import('./features/oidc/SignInProvidersPage.js'),
  'SignInProvidersPage',
);
const RenewalPage = lazyRouteComponent(() => import('./features/renewal/RenewalPage.js'), 'RenewalPage');
const RenewalPoliciesPage = lazyRouteComponent(
  () => import('./features/renewal/RenewalPoliciesPage.js'),
  'RenewalPoliciesPage',
);
const SeatsPage = lazyRouteComponent(() => import('./features/seats/SeatsPage.js'), 'SeatsPage');
const RecommendationsAdminPage = lazyRouteComponent(
  () => import('./features/recommendations/RecommendationsAdminPage.js'),
  'RecommendationsAdminPage',
);
const PathwaysPage = lazyRouteComponent(() => import('./features/pathways/PathwaysPage.js'), 'PathwaysPage');
const PathwaysAdminPage = lazyRouteComponent(
  () => import('./features/pathways/PathwaysAdminPage.js'),
  'PathwaysAdminPage',
);

const rootRoute = createRootRoute({ component: AppShell, notFoundComponent: NotFoundPage });

const page = <P extends string>(path: P, component: RouteComponent | (() => ReactNode)) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });

const catalogRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: parseCatalogSearch,
  component: CatalogPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signin',
  // `?error=` and `?email=`: why a sign-in through an identity provider came back refused.
  validateSearch: (raw: Record<string, unknown>): { next?: string; error?: string; email?: string } => ({
    next: typeof raw.next === 'string' ? raw.next : undefined,
    error: typeof raw.error === 'string' ? raw.error : undefined,
    email: typeof raw.email === 'string' ? raw.email : undefined,
  }),
  component: SignInPage,
});

const microCredentialRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/micro-credentials/$id',
  // `?version=N` is the page a credential's criteria link points at: what that earner earned.
  validateSearch: (raw: Record<string, unknown>): { version?: number } => {
    const v = Number(raw.version);
    return { version: Number.isInteger(v) && v > 0 ? v : undefined };
  },
  component: MicroCredentialPage,
});

// An issuer admin's pages: `?issuer=` picks the issuer (for people who administer several).
const issuedCredentialsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/issuer/credentials',
  validateSearch: parseIssuerSearch,
  component: IssuedCredentialsPage,
});

const issuerKeysRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/issuer/keys',
  validateSearch: (raw: Record<string, unknown>): { issuer?: string } => ({
    issuer: parseIssuerSearch(raw).issuer,
  }),
  component: IssuerKeysPage,
});

// `?tab=` keeps the assessment page's tab in the URL so it can be linked to.
const assessmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/issuer/assessment',
  validateSearch: parseAssessmentSearch,
  component: AssessmentPage,
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/issuer/audit',
  validateSearch: parseAuditSearch,
  component: AuditPage,
});

// Never `/credentials/$id`: the server renders the public credential pages itself.
const routeTree = rootRoute.addChildren([
  catalogRoute,
  signInRoute,
  microCredentialRoute,
  page('/dashboard', DashboardPage),
  page('/submissions/$id', WorkspacePage),
  page('/me/credentials', MyCredentialsPage),
  page('/reviews', ReviewQueuePage),
  page('/reviews/$id', ReviewPage),
  page('/authoring', AuthoringListPage),
  page('/authoring/new', NewMicroCredentialPage),
  page('/authoring/$id', AuthoringEditorPage),
  page('/admin', AdminPage),
  page('/admin/outbox', OutboxPage),
  page('/admin/data-requests', DataRequestsPage),
  page('/admin/roster', RosterImportPage),
  page('/admin/sign-in', SignInProvidersPage),
  page('/renewal', RenewalPage),
  page('/admin/renewal', RenewalPoliciesPage),
  page('/admin/seats', SeatsPage),
  page('/admin/assignments', RecommendationsAdminPage),
  page('/pathways', PathwaysPage),
  page('/admin/pathways', PathwaysAdminPage),
  page('/invitations/$token', AcceptInvitationPage),
  page('/verify', VerifyPage),
  page('/notifications', NotificationsPage),
  page('/settings', SettingsPage),
  issuedCredentialsRoute,
  issuerKeysRoute,
  assessmentRoute,
  auditRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
