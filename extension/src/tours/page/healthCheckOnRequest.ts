import { sendMessage } from '../../messaging/protocol.ts';
import { handleTabMessage } from '../../messaging/tabGate.ts';
import type { PageFeature } from '../../page/pageFeature.ts';
import { loadTourGuide } from '../../page/tourGuideBundle.ts';

/** The popup's health check: resolve every step of every tour for this page (the resolver comes with tour-guide.js). */
export const healthCheckOnRequest: PageFeature = () => {
  handleTabMessage('runHealthCheck', async () => {
    const [bundle, tours] = await Promise.all([loadTourGuide(), sendMessage('healthCheckTours', { url: location.href })]);
    return bundle.healthCheckRows(tours, location.href, document);
  });
};
