import { handleMessage } from '../messaging/gate.ts';
import { learnerProfile } from '../progress/learnerProfile.ts';
import { recordLesson } from './lessonRecords.ts';
import { logProfileChange, myChecklists, quizStatus, submitQuiz, tickChecklistItem } from './learningRecords.ts';

/** The background's side of learning: one call from the background entrypoint (gate: LEARNING_MESSAGES, protocol.ts). */
export function registerLearning(): void {
  learnerProfile.watch((after, before) => void logProfileChange(before, after));
  handleMessage('myChecklists', () => myChecklists());
  handleMessage('quizStatus', (data) => quizStatus(data.packId, data.quizId));
  handleMessage('submitQuiz', (data) => submitQuiz(data));
  handleMessage('recordLesson', (data) => recordLesson(data));
  handleMessage('tickChecklistItem', (data) => tickChecklistItem(data.packId, data.checklistId, data.itemId, data.mentor));
}
