// Authoring's messages to the content script of a tab. Zod-free.

import { tabMessage } from '../messaging/messageSpec.ts';
import type { RehearsalPageOutcome, RehearsalStepInput } from '@preceptor/shared/tour/rehearseSteps.ts';

export const AUTHORING_TAB_MESSAGES = {
  /** background -> content player and authoring bundle: load / refresh the authoring panel */
  openAuthoring: tabMessage<undefined, void>()({ from: ['background'], carries: 'nothing' }),
  /** editor -> content script of the rehearsal's background tab: resolve these steps here, read only (authoring/rehearsal/) */
  runRehearsal: tabMessage<RehearsalStepInput[], RehearsalPageOutcome[]>()({ from: ['editor'], carries: 'payload' }),
  /** background -> authoring panel of each tab where authoring is on: the authored packs changed (editor, recorder); draw again (the page cannot watch storage) */
  authoringChanged: tabMessage<undefined, void>()({ from: ['background'], carries: 'nothing' }),
};
