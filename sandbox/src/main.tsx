import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n.ts';
import { AttemptProvider } from './scenarios/AttemptContext.tsx';
import { SandboxStoreProvider } from './store/StoreContext.ts';
import { UiVersionProvider } from './uiVersion.ts';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks #root');
createRoot(rootElement).render(
  <StrictMode>
    <UiVersionProvider>
      <I18nProvider>
        <SandboxStoreProvider>
          <AttemptProvider>
            <App />
          </AttemptProvider>
        </SandboxStoreProvider>
      </I18nProvider>
    </UiVersionProvider>
  </StrictMode>,
);
