import { defineStoredItem } from '../../storage/storedItem.ts';
import { z } from 'zod';
import type { LrsSettings } from '@preceptor/shared/xapi/lrsForwarding.ts';
import type { ReadOnlyItem } from '../../storage/readOnlyItem.ts';
import { hospitalPolicy } from '../../deployment/hospitalPolicy.ts';

// The LRS the learner's statements go to: the hospital's (managed policy `lrs`) when there is
// one, else the one the learner or demo user set on the options page. This module is the one
// owner of the local setting: saveLocalLrs / clearLocalLrs are its only writers.

/** What the options page may save without a policy: an http(s) endpoint and Basic or Bearer credentials. */
export const LocalLrs = z
  .object({
    endpoint: z.url({ protocol: /^https?$/ }).max(2000),
    username: z.string().max(200),
    password: z.string().max(500),
    token: z.string().max(4000),
  })
  .strict();
export type LocalLrs = z.infer<typeof LocalLrs>;

const item = defineStoredItem<LocalLrs | null>('local:learnerLrs', { fallback: null, version: 1 });

/** The local setting, read-only (the options page shows the endpoint; never the password or token). */
export const localLrs: ReadOnlyItem<LocalLrs | null> = item;

export interface EffectiveLrs {
  source: 'policy' | 'local';
  settings: LrsSettings;
}

/** The LRS in force now: the policy's wins; none without either. */
export async function effectiveLrs(): Promise<EffectiveLrs | undefined> {
  const { policy } = await hospitalPolicy();
  if (policy.lrs) {
    const { endpoint, username, password, token } = policy.lrs;
    return { source: 'policy', settings: { endpoint, username: username ?? '', password: password ?? '', ...(token ? { token } : {}) } };
  }
  const local = await item.getValue();
  if (!local) return undefined;
  return { source: 'local', settings: { endpoint: local.endpoint, username: local.username, password: local.password, ...(local.token ? { token: local.token } : {}) } };
}

export type SaveLrsResult = { saved: true } | { saved: false; reason: 'managed' } | { saved: false; reason: 'invalid'; field: string; message: string };

/**
 * Saves the learner's own LRS. Refused while the hospital's policy sets one (the policy wins and
 * the local fields are read-only). An empty password or token keeps the one already saved for
 * the same endpoint, so the page never needs to show it.
 */
export async function saveLocalLrs(input: { endpoint: string; username: string; password: string; token: string }): Promise<SaveLrsResult> {
  if ((await hospitalPolicy()).policy.lrs) return { saved: false, reason: 'managed' };
  const trimmed = { ...input, endpoint: input.endpoint.trim(), username: input.username.trim() };
  const parsed = LocalLrs.safeParse(trimmed);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { saved: false, reason: 'invalid', field: issue.path.join('.') || 'endpoint', message: issue.message };
  }
  const previous = await item.getValue();
  const same = previous?.endpoint === parsed.data.endpoint;
  await item.setValue({
    ...parsed.data,
    password: parsed.data.password || (same ? previous.password : ''),
    token: parsed.data.token || (same ? previous.token : ''),
  });
  return { saved: true };
}

/** Stops sending to the learner's own LRS (what is queued stays queued). */
export async function clearLocalLrs(): Promise<{ saved: true } | { saved: false; reason: 'managed' }> {
  if ((await hospitalPolicy()).policy.lrs) return { saved: false, reason: 'managed' };
  await item.setValue(null);
  return { saved: true };
}
