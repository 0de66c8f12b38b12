import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from './messages.ts';
import type { TabProtocol } from './tabMessages.ts';

/**
 * Typed messages between the extension's parts, derived from the features' declarations that messages.ts
 * combines (handled by the background through messaging/gate.ts) and tabMessages.ts (handled by content
 * scripts through messaging/tabGate.ts). Only types are imported here: callers do not carry schemas.
 */
export type ProtocolMap = BackgroundProtocol & TabProtocol;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
