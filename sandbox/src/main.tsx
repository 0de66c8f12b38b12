import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n.ts';
import { SandboxStoreProvider } from './store/StoreContext.ts';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks #root');
createRoot(rootElement).render(
  <StrictMode>
    <I18nProvider>
      <SandboxStoreProvider>
        <App />
      </SandboxStoreProvider>
    </I18nProvider>
  </StrictMode>,
);
