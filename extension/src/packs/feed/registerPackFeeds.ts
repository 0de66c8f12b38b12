import { handleMessage } from '../../messaging/gate.ts';
import { onHospitalPolicyChanged } from '../../deployment/hospitalPolicy.ts';
import { featureLog } from '../../logging/featureLog.ts';
import { removeInstalledPack } from '../installedPacks.ts';
import { checkPackFeeds } from './feedUpdater.ts';

const ALARM = 'preceptor:pack-feeds';
/** Every 4 hours: packs change with the vendor's quarterly upgrades and the mentors' fixes, not by the minute. */
export const FEED_CHECK_PERIOD_MINUTES = 240;

const log = featureLog('packs');

function checkNow(why: string): void {
  // each feed's and pack's outcome is in the feed status item; only a check that could not run is logged
  checkPackFeeds().catch((error: unknown) => log.warn(`check the pack feeds (${why})`, error));
}

/** The background's side of pack feeds: on start, every 4 hours, when the policy changes, and on the options page's request. */
export function registerPackFeeds(): void {
  browser.runtime.onStartup.addListener(() => checkNow('browser start'));
  browser.runtime.onInstalled.addListener(() => checkNow('install or update'));
  // the service worker wakes often: keep the existing alarm (re-creating it would restart its period)
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: FEED_CHECK_PERIOD_MINUTES, delayInMinutes: FEED_CHECK_PERIOD_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) checkNow('every 4 hours');
  });
  onHospitalPolicyChanged(() => checkNow('policy changed'));
  handleMessage('checkPackFeeds', () => checkPackFeeds());
  // the options page removes packs through here: a pack from a feed is refused whatever the page does
  handleMessage('removeInstalledPack', (data) => removeInstalledPack(data.packId));
}
