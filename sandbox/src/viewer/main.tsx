// The LIS/PACS report viewer: its own page, shown in a same-origin iframe inside the HIS
// (viewer.html?kind=lab|imaging&id=…&lang=…&ui=…&by=…). It reads and writes the same store,
// so marking a report as read reaches the HIS through the storage event.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, adoptLangParam } from '../i18n.ts';
import { SandboxStoreProvider } from '../store/StoreContext.ts';
import { UiVersionProvider } from '../uiVersion.ts';
import { ReportViewer } from './ReportViewer.tsx';
import '../styles.css';
import './viewer.css';

const params = new URLSearchParams(window.location.search);
adoptLangParam(params);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('viewer.html lacks #root');
createRoot(rootElement).render(
  <StrictMode>
    <UiVersionProvider version={params.get('ui') === 'v2' ? 'v2' : 'v1'}>
      <I18nProvider>
        <SandboxStoreProvider>
          <ReportViewer kind={params.get('kind') === 'imaging' ? 'imaging' : 'lab'} id={params.get('id') ?? ''} by={params.get('by') ?? ''} />
        </SandboxStoreProvider>
      </I18nProvider>
    </UiVersionProvider>
  </StrictMode>,
);
