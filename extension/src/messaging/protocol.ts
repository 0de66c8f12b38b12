import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from './messages.ts';
import type { TabProtocol } from './tabMessages.ts';

// The contract types, for the parts that import them from here.
export type {
  ChecklistSummary,
  HealthCheckRow,
  HealthCheckTour,
  OnScreenQuestion,
  PageSetup,
  PageTour,
  PlayerState,
} from './contracts.ts';

/**
 * Typed messages between the extension's parts, derived from the declarations in messages.ts
 * (handled by the background through messaging/gate.ts) and tabMessages.ts (handled by content
 * scripts through messaging/tabGate.ts). Only types are imported here: callers do not carry schemas.
 */
export type ProtocolMap = BackgroundProtocol & TabProtocol;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
