import { createRoot } from 'react-dom/client';
import '../../ui/pageStyles.css';
import '../../authoring/editor/editorStyles.css';
import { EditorPage } from '../../authoring/editor/EditorPage.tsx';

createRoot(document.getElementById('root')!).render(<EditorPage />);
