import type { RosterRow, TrainerDb } from './trainerDb.ts';

export type { RosterRow };

/**
 * The one writer of the trainer's roster (the hospital's staff list). One row, replaced whole in
 * one transaction only when the trainer accepts a new list: until then the previous roster stays.
 */

export async function readRoster(db: TrainerDb): Promise<RosterRow | undefined> {
  return db.roster.get('current');
}

export async function replaceRoster(db: TrainerDb, roster: Omit<RosterRow, 'key' | 'importedAt'>, now = Date.now()): Promise<RosterRow> {
  if (roster.entries.length === 0) throw new Error('an empty roster is not stored');
  const numbers = new Set(roster.entries.map((e) => e.staffNumber));
  if (numbers.size !== roster.entries.length || numbers.has('')) throw new Error('a roster needs one unique, non-empty staff number per person');
  const row: RosterRow = { key: 'current', importedAt: now, ...roster };
  await db.roster.put(row);
  return row;
}

export async function removeRoster(db: TrainerDb): Promise<void> {
  await db.roster.delete('current');
}
