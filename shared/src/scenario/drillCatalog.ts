// What the extension knows about the sandbox's drills, without the drills themselves: ids,
// titles, pass marks, time limits and trap ids. Generated from sandbox/scenarios/*.json into
// shared/packs/drill-catalog.json (`pnpm schema`; a test keeps it in sync), so the background can
// check a relayed attempt against the drills that exist and build the statements itself.

import { z } from 'zod';
import { ContentId } from '../schema/contentIds.ts';
import { SemVer } from '../schema/contentPack.ts';
import { LocalizedText } from '../schema/localizedText.ts';
import type { Scenario } from './scenarioSchema.ts';

export const DrillCatalogEntry = z
  .object({
    id: ContentId,
    version: SemVer,
    title: LocalizedText,
    goal: LocalizedText,
    roles: z.array(z.string().min(1).max(80)).min(1),
    passingScore: z.number().int().min(0).max(100),
    timeLimitMinutes: z.number().int().min(1).max(120),
    trapIds: z.array(z.string().min(1).max(80)),
  })
  .strict();
export type DrillCatalogEntry = z.infer<typeof DrillCatalogEntry>;

export const DrillCatalog = z.array(DrillCatalogEntry);
export type DrillCatalog = z.infer<typeof DrillCatalog>;

export function drillCatalog(scenarios: readonly Scenario[]): DrillCatalog {
  return scenarios.map((s) => ({
    id: s.id,
    version: s.version,
    title: s.title,
    goal: s.goal,
    roles: [...s.roles],
    passingScore: s.scoring.passingScore,
    timeLimitMinutes: s.timeLimitMinutes,
    trapIds: s.traps.map((t) => t.id),
  }));
}

/** The file's text: stable order and formatting, so the sync test can compare it byte for byte. */
export function drillCatalogText(scenarios: readonly Scenario[]): string {
  const sorted = [...scenarios].sort((a, b) => a.id.localeCompare(b.id));
  return `${JSON.stringify(drillCatalog(sorted), null, 2)}\n`;
}
