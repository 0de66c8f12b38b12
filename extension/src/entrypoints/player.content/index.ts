import { startPageGuide } from '../../player/pageGuide.ts';

export default defineContentScript({
  // Any http(s) page may be an EMR; nothing is drawn unless an installed pack's site rules match.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageGuide(ctx);
  },
});
