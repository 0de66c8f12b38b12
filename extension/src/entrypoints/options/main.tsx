import { createRoot } from 'react-dom/client';
import '../../pages/pageStyles.css';
import { OptionsPage } from '../../pages/options/OptionsPage.tsx';

createRoot(document.getElementById('root')!).render(<OptionsPage />);
