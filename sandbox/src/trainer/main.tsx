import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../i18n.ts';
import { usePathname } from '../router.ts';
import { UiVersionProvider } from '../uiVersion.ts';
import { TrainerApp } from './TrainerApp.tsx';

// The trainer dashboard's own entry (sandbox/trainer/index.html → sandbox/dist-trainer/): the
// same dashboard the sandbox shows at /trainer, without the simulated HIS.

function Root() {
  const path = usePathname().replace(/\/+$/, '') || '/';
  return <TrainerApp path={path} />;
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks #root');
createRoot(rootElement).render(
  <StrictMode>
    <UiVersionProvider version="v1">
      <I18nProvider>
        <Root />
      </I18nProvider>
    </UiVersionProvider>
  </StrictMode>,
);
