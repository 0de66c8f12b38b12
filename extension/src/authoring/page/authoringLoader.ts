import { sendMessage } from '../../messaging/protocol.ts';
import { handleTabMessage } from '../../messaging/tabGate.ts';
import { featureLog } from '../../logging/featureLog.ts';
import type { PageFeature } from '../../page/pageFeature.ts';

const log = featureLog('authoring');

/**
 * Mentor authoring is its own bundle (authoring.js), imported into this isolated world only when
 * a mentor switched it on for this tab: learners' pages never load it.
 */
export const authoringLoader: PageFeature = ({ ctx, settled }) => {
  const authoring = () => import(/* @vite-ignore */ browser.runtime.getURL('/authoring.js')).catch((error) => log.warn('load the authoring panel', error));
  handleTabMessage('openAuthoring', () => void authoring());
  void settled.then(() => {
    if (ctx.isInvalid) return;
    void sendMessage('authoringHere', undefined).then((on) => on && authoring(), log.quiet('ask whether authoring is on here'));
  });
};
