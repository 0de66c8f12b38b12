import { pagePattern, type LauncherPlace, type Point } from '@preceptor/shared/tour/guidePlaces.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { featureLog } from '../../logging/featureLog.ts';

/**
 * Where the learner moved the tour card (per page pattern) and the launcher (collapsed or not, and
 * where), asked of and reported to the background, which keeps them (tours/guidePlaceStore.ts):
 * this page's renderer does not reach the extension's storage. When the background cannot answer
 * (the extension reloaded), the default place. Kept free of libraries: the launcher half is in the
 * content script injected on every page.
 */

export { pagePattern, type LauncherPlace, type Point };

const log = featureLog('tours');
const whole = (point: Point): Point => ({ x: Math.round(point.x), y: Math.round(point.y) });

export async function cardPlace(pattern: string): Promise<Point | undefined> {
  return (await sendMessage('cardPlace', { pattern }).catch(log.quiet('read the card place'))) ?? undefined;
}

/** Remember where the learner put the card on pages of this pattern; `undefined` forgets it (back to beside the target). */
export async function saveCardPlace(pattern: string, point: Point | undefined): Promise<void> {
  await sendMessage('saveCardPlace', { pattern, at: point ? whole(point) : null }).catch(log.quiet('keep the card place'));
}

export async function launcherPlace(): Promise<LauncherPlace> {
  return (await sendMessage('launcherPlace', undefined).catch(log.quiet('read the launcher place'))) ?? { collapsed: false };
}

export async function saveLauncherPlace(place: LauncherPlace): Promise<void> {
  await sendMessage('saveLauncherPlace', { collapsed: place.collapsed, ...(place.at ? { at: whole(place.at) } : {}) }).catch(log.quiet('keep the launcher place'));
}
