/** Where the trainer dashboard lives: /trainer in the sandbox and on the intranet server alike. */
export const TRAINER_BASE = '/trainer';

export function trainerPath(view: string): string {
  return view ? `${TRAINER_BASE}/${view}` : TRAINER_BASE;
}
