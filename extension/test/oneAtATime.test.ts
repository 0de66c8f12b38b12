import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneAtATime } from '../src/storage/oneAtATime.ts';
import { errorMessage, featureLog } from '../src/logging/featureLog.ts';

describe('oneAtATime', () => {
  it('runs work in the order given, one piece at a time, and a failure reaches only its own caller', async () => {
    const queue = oneAtATime();
    const events: string[] = [];
    const piece = (name: string, ms: number, fail = false) =>
      queue(async () => {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        events.push(`end ${name}`);
        if (fail) throw new Error(`${name} failed`);
        return name;
      });
    const results = await Promise.allSettled([piece('a', 20), piece('b', 1, true), piece('c', 5)]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('b failed');
  });
});

describe('featureLog', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says which feature and what it was doing, with the error message only', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = featureLog('tours');
    await expect(Promise.reject(new Error('Could not establish connection')).catch(log.quiet('show the player'))).resolves.toBeUndefined();
    expect(debug).toHaveBeenCalledWith('[Preceptor tours] show the player: Error: Could not establish connection');
    log.warn('save the run', { patient: '许晨' });
    expect(warn).toHaveBeenCalledWith('[Preceptor tours] save the run: non-error value');
    expect(errorMessage(new Error('x'.repeat(500)))).toHaveLength(201);
  });
});
