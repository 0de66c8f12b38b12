import { createRoot } from 'react-dom/client';
import '../../pages/pageStyles.css';
import { PopupPage } from '../../pages/popup/PopupPage.tsx';

createRoot(document.getElementById('root')!).render(<PopupPage />);
