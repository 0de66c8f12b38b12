import { sendMessage } from '../../messaging/protocol.ts';
import { featureLog } from '../../logging/featureLog.ts';
import type { PageFeature } from '../../page/pageFeature.ts';

const log = featureLog('progress');

/**
 * A training sandbox posts an ended scenario attempt to its own window. Only same-window,
 * same-origin messages of that kind are passed on; the background decides from the sender URL
 * whether this page is a configured sandbox, parses the attempt and builds the statements.
 */
export const sandboxAttemptRelay: PageFeature = ({ ctx }) => {
  ctx.addEventListener(window, 'message', (event) => {
    const data = event.data as { source?: unknown; type?: unknown } | null;
    if (event.source !== window || event.origin !== location.origin || data?.source !== 'preceptor-sandbox' || data.type !== 'scenario-attempt') return;
    void sendMessage('relayScenarioAttempt', data as Parameters<typeof sendMessage<'relayScenarioAttempt'>>[1]).catch((error) => log.warn('pass on a sandbox attempt', error));
  });
};
