import { createRoot } from 'react-dom/client';
import '../../ui/pageStyles.css';
import { LessonPage } from '../../learning/lesson/LessonPage.tsx';

createRoot(document.getElementById('root')!).render(<LessonPage />);
