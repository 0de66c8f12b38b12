import { createRoot } from 'react-dom/client';
import '../../pages/pageStyles.css';
import '../../pages/editor/editorStyles.css';
import { EditorPage } from '../../pages/editor/EditorPage.tsx';

createRoot(document.getElementById('root')!).render(<EditorPage />);
