import { outboxStatus, queuedCount, sendOutbox, startQueueing, stopQueueing } from '@preceptor/shared/record/lrsOutbox.ts';
import { onHospitalPolicyChanged } from '../../deployment/hospitalPolicy.ts';
import { handleMessage } from '../../messaging/gate.ts';
import { afterStatementsRecorded, learnerProgressDb } from '../progressLog.ts';
import type { LrsSendOutcome, LrsStatus } from '../protocol.ts';
import { effectiveLrs, localLrs, type EffectiveLrs } from './lrsSettings.ts';

// The background's side of the hospital LRS: keeps the outbox in step with the LRS in force,
// and sends — right after new statements are logged, every minute while something is queued
// (an alarm, so it survives service-worker stops and browser restarts), and on "Send now".

export const LRS_ALARM = 'preceptor-lrs-outbox';
/** statements logged within this time go out in one run (a tour logs one per step) */
const GATHER_MS = 1000;
/**
 * The forwarder's retries inside one run; after that the outbox's backoff between runs takes
 * over. One object, so that a unit test can make a run give up at once.
 */
export const lrsRunRetries = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 10_000 };

/** The outbox follows the LRS in force: queueing (the whole log once per new endpoint), or not. */
export async function applyLrs(): Promise<EffectiveLrs | undefined> {
  const lrs = await effectiveLrs();
  if (lrs) await startQueueing(learnerProgressDb(), lrs.settings.endpoint);
  else await stopQueueing(learnerProgressDb());
  return lrs;
}

let runningHere = false;
/**
 * One sender for the whole extension origin (a Web Lock: the service worker and any extension
 * page); a run asked for while another goes on is not queued behind it (`busy`): the one running
 * sends everything queued, new statements included.
 */
async function asTheOnlySender<T>(work: () => Promise<T>): Promise<T | 'busy'> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('preceptor:lrs-outbox', { ifAvailable: true }, (lock) => (lock ? work() : ('busy' as const)));
  // no Web Locks (unit tests in Node 20): one run at a time in this context
  if (runningHere) return 'busy';
  runningHere = true;
  try {
    return await work();
  } finally {
    runningHere = false;
  }
}

/** One send run. `force` ignores the backoff wait (Send now, new settings). */
export async function sendQueued(force: boolean): Promise<LrsSendOutcome> {
  const result = await asTheOnlySender(async (): Promise<LrsSendOutcome> => {
    const lrs = await applyLrs();
    if (!lrs) return { outcome: 'no-lrs' };
    return sendOutbox(learnerProgressDb(), lrs.settings, { force, ...lrsRunRetries });
  });
  await keepAlarm();
  return result === 'busy' ? { outcome: 'busy' } : result;
}

/** An alarm every minute while anything is queued for an LRS; none otherwise. */
async function keepAlarm(): Promise<void> {
  const { queued, queueing } = await queuedCount(learnerProgressDb());
  if (queued > 0 && queueing) {
    if (!(await browser.alarms.get(LRS_ALARM))) await browser.alarms.create(LRS_ALARM, { periodInMinutes: 1 });
  } else {
    await browser.alarms.clear(LRS_ALARM);
  }
}

export async function lrsStatus(): Promise<LrsStatus> {
  const lrs = await effectiveLrs();
  const outbox = await outboxStatus(learnerProgressDb());
  const credentials = lrs?.settings.token ? 'token' : lrs?.settings.username || lrs?.settings.password ? 'basic' : 'none';
  return { ...outbox, configured: lrs ? { source: lrs.source, endpoint: lrs.settings.endpoint, credentials } : null };
}

let gathering: ReturnType<typeof setTimeout> | undefined;
function sendSoon(): void {
  if (gathering) return;
  gathering = setTimeout(() => {
    gathering = undefined;
    void sendQueued(false).catch(() => undefined);
  }, GATHER_MS);
}

/** One call from registerProgress: listeners, messages, and a first run on each service-worker start. */
export function registerLrs(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LRS_ALARM) void sendQueued(false).catch(() => undefined);
  });
  // a browser restart may drop alarms, and it starts no service worker by itself: this listener
  // wakes it, and the run below sets the alarm again while anything is queued
  browser.runtime.onStartup.addListener(() => undefined);
  onHospitalPolicyChanged(() => void sendQueued(true).catch(() => undefined));
  localLrs.watch(() => void sendQueued(true).catch(() => undefined));
  afterStatementsRecorded(sendSoon);
  handleMessage('lrsStatus', () => lrsStatus());
  handleMessage('lrsSendNow', async () => ({ result: await sendQueued(true), status: await lrsStatus() }));
  void sendQueued(false).catch(() => undefined);
}
