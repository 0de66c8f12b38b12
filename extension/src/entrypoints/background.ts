import { registerDeployment } from '../deployment/registerDeployment.ts';
import { registerAuthoring } from '../authoring/background/registerAuthoring.ts';
import { registerLearning } from '../learning/registerLearning.ts';
import { registerPacks } from '../packs/registerPacks.ts';
import { registerProgress } from '../progress/registerProgress.ts';
import { registerProblems } from '../problems/registerProblems.ts';
import { registerKnowledge } from '../knowledge/registerKnowledge.ts';
import { registerTours } from '../tours/registerTours.ts';
import { keepStorageToTrustedContexts } from '../storage/trustedContextsOnly.ts';

// Each feature registers its own listeners and message handlers; every message goes through the
// gate (messaging/gate.ts): the sender's context and the payload are checked against the feature's
// protocol.ts before a handler sees parsed data.
export default defineBackground(() => {
  // First, on every service-worker start: the extension's stored items are for its own pages and
  // the background only; a content script (in the web page's renderer) asks by message.
  void keepStorageToTrustedContexts();
  registerPacks(); // bundled packs on first install (before the learner profile, as before)
  registerProgress(); // learner profile, progress log, signed export, sandbox relay
  registerTours(); // tour runs per tab, page setup, health check
  registerLearning(); // checklists, sign-off, quizzes
  registerAuthoring(); // mentor authoring
  registerDeployment(); // hospital policy applied; the player registered only where the EMR is
  registerProblems(); // pilot problem reports from the EMR page, into the learner's log
  registerKnowledge(); // help search over the packs, learners' suggested tips and FAQ entries
});
