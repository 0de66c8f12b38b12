import { BUILT_IN_ROLE_TITLES, type BuiltInRole } from '../schema/learnerProfile.ts';
import type { PackOutline } from '../schema/packOutline.ts';
import type { LocalizedText } from '../schema/localizedText.ts';

/** Whom a tour is for, seen from one learner: their own role, everyone, or other roles only. */
export type TourAudience = 'mine' | 'everyone' | 'other';

/** One installed tour as the popup lists and searches it. Content only: no learner data. */
export interface CatalogTour {
  /** `packId/tourId` */
  key: string;
  packId: string;
  tourId: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** the module a tour belongs to: the pack it ships in (a hospital ships one pack per module) */
  module: LocalizedText;
  roleTitles: LocalizedText[];
  stepCount: number;
  minutes: number;
  audience: TourAudience;
}

export interface ModuleGroup {
  packId: string;
  module: LocalizedText;
  tours: CatalogTour[];
}

/** About 24 seconds a step, rounded up to whole minutes: "5 步 · 约 2 分钟". */
export function estimatedMinutes(stepCount: number): number {
  return Math.max(1, Math.ceil((stepCount * 24) / 60));
}

const AUDIENCE_RANK: Record<TourAudience, number> = { mine: 0, everyone: 1, other: 2 };

function roleTitle(roleId: string, pack: Pick<PackOutline, 'roles'>): LocalizedText {
  const own = pack.roles.find((r) => r.id === roleId);
  if (own) return own.title;
  const builtIn = BUILT_IN_ROLE_TITLES[roleId as BuiltInRole] as LocalizedText | undefined;
  return builtIn ?? { 'zh-CN': roleId, en: roleId };
}

/**
 * Every installed tour, the learner's role first: tours for their role, then tours for everyone,
 * then tours for other roles; pack order and tour order kept within each band.
 */
export function tourCatalog(packs: readonly PackOutline[], role: string | undefined): CatalogTour[] {
  const all: CatalogTour[] = packs.flatMap((pack) =>
    pack.tours.map((tour) => ({
      key: `${pack.id}/${tour.id}`,
      packId: pack.id,
      tourId: tour.id,
      title: tour.title,
      ...(tour.description ? { description: tour.description } : {}),
      module: pack.title,
      roleTitles: tour.roles.map((id) => roleTitle(id, pack)),
      stepCount: tour.stepCount,
      minutes: estimatedMinutes(tour.stepCount),
      audience: tour.roles.length === 0 ? 'everyone' : role !== undefined && tour.roles.includes(role) ? 'mine' : 'other',
    })),
  );
  // Array.prototype.sort is stable: order within a band stays the packs' order
  return all.sort((a, b) => AUDIENCE_RANK[a.audience] - AUDIENCE_RANK[b.audience]);
}

/**
 * Tours grouped by module, in the order of their first tour: a module with a tour for the
 * learner's role comes before one with only tours for everyone, then the rest.
 */
export function groupByModule(tours: readonly CatalogTour[]): ModuleGroup[] {
  const groups = new Map<string, ModuleGroup>();
  for (const tour of tours) {
    let group = groups.get(tour.packId);
    if (!group) groups.set(tour.packId, (group = { packId: tour.packId, module: tour.module, tours: [] }));
    group.tours.push(tour);
  }
  return [...groups.values()];
}
