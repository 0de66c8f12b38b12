import { createRoot } from 'react-dom/client';
import '../../authoring/manual/manualPrint.css';
import { ManualPage } from '../../authoring/manual/ManualPage.tsx';

createRoot(document.getElementById('root')!).render(<ManualPage />);
