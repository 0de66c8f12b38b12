import { handleMessage } from '../messaging/gate.ts';
import { recordProblemReport } from './problemReports.ts';

/** The background's side of the pilot problem channel (gate: PROBLEM_MESSAGES, protocol.ts). */
export function registerProblems(): void {
  handleMessage('reportProblem', (data, sender) => recordProblemReport(data, sender.tabId, sender.url));
}
