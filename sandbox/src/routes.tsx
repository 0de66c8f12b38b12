// Which page each path shows. A new route = one entry. Modules other than registration load on
// first visit, so the registration desk stays quick to open.

import { Suspense, lazy, type ReactNode } from 'react';
import { RegistrationPage } from './registration/RegistrationPage.tsx';
import type { ShellApi } from './shell/AppShell.tsx';

const PhysicianPage = lazy(() => import('./physician/PhysicianPage.tsx'));
const NursePage = lazy(() => import('./nurse/NursePage.tsx'));
const PharmacyPage = lazy(() => import('./pharmacy/PharmacyPage.tsx'));
const LabPage = lazy(() => import('./lab/LabPage.tsx'));
const ImagingPage = lazy(() => import('./imaging/ImagingPage.tsx'));
const BillingPage = lazy(() => import('./billing/BillingPage.tsx'));
const ReportsPage = lazy(() => import('./reports/ReportsPage.tsx'));
const ItPage = lazy(() => import('./it/ItPage.tsx'));
const ScenarioListPage = lazy(() => import('./scenarios/ScenarioListPage.tsx'));

export type RouteContext = ShellApi & { path: string };

export type RouteEntry = {
  path: string;
  /** also matches `${path}/…` */
  prefix?: boolean;
  render: (ctx: RouteContext) => ReactNode;
};

const later = (node: ReactNode): ReactNode => <Suspense fallback={<p className="page-loading" role="status">…</p>}>{node}</Suspense>;

export const ROUTES: readonly RouteEntry[] = [
  { path: '/registration', render: (c) => <RegistrationPage notify={c.notify} /> },
  { path: '/physician', render: (c) => later(<PhysicianPage notify={c.notify} />) },
  { path: '/nurse', render: (c) => later(<NursePage notify={c.notify} />) },
  { path: '/pharmacy', render: (c) => later(<PharmacyPage notify={c.notify} />) },
  { path: '/lab', render: (c) => later(<LabPage notify={c.notify} />) },
  { path: '/imaging', render: (c) => later(<ImagingPage notify={c.notify} />) },
  { path: '/billing', render: (c) => later(<BillingPage notify={c.notify} />) },
  { path: '/reports', render: (c) => later(<ReportsPage notify={c.notify} />) },
  { path: '/it', render: (c) => later(<ItPage notify={c.notify} />) },
  { path: '/scenarios', render: (c) => later(<ScenarioListPage notify={c.notify} />) },
];

export function routeFor(path: string): RouteEntry | undefined {
  return ROUTES.find((r) => path === r.path || (r.prefix === true && path.startsWith(`${r.path}/`)));
}
