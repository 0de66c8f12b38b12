import { startTourPlayer } from '../../player/tourPlayer.ts';

export default defineContentScript({
  // Any http(s) page may be an EMR; the player stays idle unless an installed pack's site rules match.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startTourPlayer(ctx);
  },
});
