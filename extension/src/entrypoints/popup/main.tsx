import { createRoot } from 'react-dom/client';
import '../../ui/pageStyles.css';
import { PopupPage } from '../../pages/PopupPage.tsx';

createRoot(document.getElementById('root')!).render(<PopupPage />);
