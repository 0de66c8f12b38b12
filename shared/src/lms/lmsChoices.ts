// What the editor's "LMS course package" panel offers and turns into a selection: the kit's
// scenarios grouped by role, the quizzes and tours of the pack being edited and of the other
// installed packs, and the format choice. Pure, so the panel stays thin.

import type { ContentPack } from '../schema/contentPack.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { LMS_KIT_FILE_NAME } from './lmsKit.ts';
import type { LmsSelection } from './lmsCourse.ts';
import type { LmsPackageFormat } from './lmsPackagesFromKit.ts';

/** Where the kit is on a training sandbox: at its site root. */
export function lmsKitUrl(sandboxOrigin: string): string {
  return `${sandboxOrigin.replace(/\/+$/, '')}/${LMS_KIT_FILE_NAME}`;
}

export type ScenarioRoleGroup = { role: string; scenarios: Scenario[] };

/** Scenarios under their first role (the role the LMS block uses too), roles in order of first appearance. */
export function scenariosByRole(scenarios: readonly Scenario[]): ScenarioRoleGroup[] {
  const groups = new Map<string, Scenario[]>();
  for (const scenario of scenarios) {
    const role = scenario.roles[0] ?? 'everyone';
    groups.set(role, [...(groups.get(role) ?? []), scenario]);
  }
  return [...groups].map(([role, list]) => ({ role, scenarios: list }));
}

/** The pack being edited first (when it is valid), then the installed packs with other ids. */
export function lmsPackChoices(editing: ContentPack | undefined, installed: readonly ContentPack[]): ContentPack[] {
  const others = installed.filter((p) => p.id !== editing?.id && (p.quizzes.length > 0 || p.tours.length > 0));
  return editing ? [editing, ...others] : others;
}

/** The key a quiz or tour is picked by: `packId/contentId` (what lmsCourse accepts). */
export function packItemKey(packId: string, contentId: string): string {
  return `${packId}/${contentId}`;
}

export type LmsPicks = { scenarios: ReadonlySet<string>; quizzes: ReadonlySet<string>; tours: ReadonlySet<string> };

/** The selection lmsCourse takes, in the order the choices were offered (not the order of clicks). */
export function lmsSelectionOf(picks: LmsPicks, scenarios: readonly Scenario[], packs: readonly ContentPack[]): LmsSelection {
  const selection: LmsSelection = { scenarios: scenarios.filter((s) => picks.scenarios.has(s.id)).map((s) => s.id) };
  const quizzes = packs.flatMap((p) => p.quizzes.map((q) => packItemKey(p.id, q.id))).filter((k) => picks.quizzes.has(k));
  const tours = packs.flatMap((p) => p.tours.map((t) => packItemKey(p.id, t.id))).filter((k) => picks.tours.has(k));
  if (quizzes.length > 0) selection.quizzes = quizzes;
  if (tours.length > 0) selection.tours = tours;
  return selection;
}

export function pickedCount(picks: LmsPicks): number {
  return picks.scenarios.size + picks.quizzes.size + picks.tours.size;
}

export type LmsFormatChoice = LmsPackageFormat | 'both';

export function formatsOf(choice: LmsFormatChoice): LmsPackageFormat[] {
  return choice === 'both' ? ['scorm12', 'cmi5'] : [choice];
}
