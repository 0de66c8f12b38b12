import { storage } from 'wxt/utils/storage';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import type { TourRun } from '@preceptor/shared/tour/tourMachine.ts';
import { DEMO_SANDBOX_ORIGINS } from '@preceptor/shared/scenario/sandboxOrigins.ts';

/** Installed content packs, each parsed with zod before it was stored. */
export const installedPacks = storage.defineItem<ContentPack[]>('local:installedPacks', { fallback: [], version: 1 });

/** The learner on this browser profile; created on install with a random learner id. */
export const learnerProfile = storage.defineItem<LearnerProfile | null>('local:learnerProfile', { fallback: null, version: 1 });

/**
 * Running tours by tab id. Kept in local storage (not memory) so a tour survives
 * page loads and the MV3 service worker being stopped and restarted.
 */
export const tourRuns = storage.defineItem<Record<string, TourRun>>('local:tourRuns', { fallback: {}, version: 1 });

/** `packId/tourId` of tours that already started by themselves once for this learner. */
export const autoStartedTours = storage.defineItem<string[]>('local:autoStartedTours', { fallback: [], version: 1 });

/**
 * Wrong mentor-code attempts per pack id (shared/src/learning/signOffLockout.ts): in storage, not
 * memory, so stopping the service worker does not reset the count or the lock.
 */
export const mentorSignOffAttempts = storage.defineItem<Record<string, import('@preceptor/shared/learning/signOffLockout.ts').SignOffAttempts>>(
  'local:mentorSignOffAttempts',
  { fallback: {}, version: 1 },
);

export interface ExtensionSettings {
  /** the organisation URL used as the xAPI account homePage */
  organisationHomePage: string;
}
export const extensionSettings = storage.defineItem<ExtensionSettings>('local:settings', {
  fallback: { organisationHomePage: 'https://preceptor.dev/org/unconfigured' },
  version: 1,
});

/**
 * The hospital's training sandbox origins (exact `scheme://host:port`): only pages there may
 * relay scenario attempts into the learner's record. Set on the options page (later by managed
 * policy). The default is the sandbox of `pnpm demo`; tests on another port set their own.
 */
export const trainingSandboxOrigins = storage.defineItem<string[]>('local:trainingSandboxOrigins', { fallback: [...DEMO_SANDBOX_ORIGINS], version: 1 });

// ---- mentor authoring (issue 7) ---------------------------------------------------------------
// Packs a mentor writes live apart from installed packs: a draft may not validate yet.

/** Whether this browser may switch on mentor authoring (later also from managed policy). */
export const authoringAllowed = storage.defineItem<boolean>('local:authoringAllowed', { fallback: true, version: 1 });

export interface PublishedVersion {
  version: string;
  publishedAt: number;
  pack: ContentPack;
}
export interface AuthoredPack {
  /** stable key (the pack id may still change while drafting) */
  key: string;
  /** the pack being written; may not validate yet */
  draft: ContentPack;
  /** published versions, oldest first: the change view compares against them */
  published: PublishedVersion[];
  updatedAt: number;
}
export const authoredPacks = storage.defineItem<AuthoredPack[]>('local:authoredPacks', { fallback: [], version: 1 });

/** Health checks mentors ran, per authored pack and page pattern (see shared/src/authoring/healthResults.ts). */
export const authoringHealth = storage.defineItem<import('@preceptor/shared/authoring/healthResults.ts').HealthStore>('local:authoringHealth', { fallback: {}, version: 1 });

/** Authoring switched on per tab (tab id -> session); session storage: gone when the browser closes. */
export const authoringSessions = storage.defineItem<Record<string, import('../authoring/background/authoringSessions.ts').AuthoringSession>>('session:authoringSessions', { fallback: {}, version: 1 });
