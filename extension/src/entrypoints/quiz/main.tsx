import { createRoot } from 'react-dom/client';
import '../../ui/pageStyles.css';
import { QuizPage } from '../../learning/quiz/QuizPage.tsx';

createRoot(document.getElementById('root')!).render(<QuizPage />);
