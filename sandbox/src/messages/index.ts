// Every module dictionary, merged. Adding a module's texts = one import and one spread here.

import { shellMessages } from './shell.ts';
import { registrationMessages } from './registration.ts';
import { commonMessages } from './common.ts';
import type { MessagePairs } from '@preceptor/shared/i18n/messagePairs.ts';
import { physicianMessages } from './physician.ts';
import { nurseMessages } from './nurse.ts';
import { pharmacyMessages } from './pharmacy.ts';
import { labMessages } from './lab.ts';
import { imagingMessages } from './imaging.ts';
import { billingMessages } from './billing.ts';
import { reportsMessages } from './reports.ts';
import { itMessages } from './it.ts';
import { scenarioMessages } from './scenarios.ts';
import { v2Messages } from './v2.ts';
import { downtimeMessages } from './downtime.ts';
import { lmsMessages } from './lms.ts';

export const MODULE_MESSAGES = {
  ...shellMessages,
  ...registrationMessages,
  ...commonMessages,
  ...physicianMessages,
  ...nurseMessages,
  ...pharmacyMessages,
  ...labMessages,
  ...imagingMessages,
  ...billingMessages,
  ...reportsMessages,
  ...itMessages,
  ...scenarioMessages,
  ...downtimeMessages,
  ...lmsMessages,
} as const;

export type ModuleMessageKey = keyof typeof MODULE_MESSAGES;

/** Labels the upgraded (v2) vendor release rewords. */
export const V2_MESSAGES: MessagePairs = v2Messages;
