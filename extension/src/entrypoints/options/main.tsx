import { createRoot } from 'react-dom/client';
import '../../ui/pageStyles.css';
import { OptionsPage } from '../../pages/OptionsPage.tsx';

createRoot(document.getElementById('root')!).render(<OptionsPage />);
