// The sandbox inside an LMS package (lms.html?scenario=<id>[&lang=en]): the route lives in the
// hash so the build runs under any path of the LMS's server, and the page connects to the LMS.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, adoptLangParam } from '../i18n.ts';
import { routeFromHash } from '../router.ts';
import { UiVersionProvider } from '../uiVersion.ts';
import { LMS_SCENARIO_QUERY } from '@preceptor/shared/lms/lmsLaunch.ts';
import { LmsLaunch } from './LmsLaunch.tsx';
import '../styles.css';
import './lms.css';

routeFromHash();
const params = new URLSearchParams(window.location.search);
adoptLangParam(params);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('lms.html lacks #root');
createRoot(rootElement).render(
  <StrictMode>
    <UiVersionProvider>
      <I18nProvider>
        <LmsLaunch scenarioId={params.get(LMS_SCENARIO_QUERY) ?? ''} />
      </I18nProvider>
    </UiVersionProvider>
  </StrictMode>,
);
