import type { z } from 'zod';
import { admitMessage, type AdmittedSender } from './admission.ts';
import { BACKGROUND_MESSAGES, type BackgroundMessageName, type BackgroundMessages } from './messages.ts';
import type { ReplyOf } from './messageSpec.ts';
import { onMessage } from './protocol.ts';
import type { ExtensionSelf, MessageSenderFacts } from './senderContext.ts';

/** The sender gets this error (its promise rejects); the handler never ran. */
export class MessageRefused extends Error {
  constructor(name: string, reason: string) {
    super(`Preceptor refused "${name}": ${reason}`);
    this.name = 'MessageRefused';
  }
}

export function extensionSelf(): ExtensionSelf {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}

type Handler<K extends BackgroundMessageName> = (
  data: z.output<BackgroundMessages[K]['data']>,
  sender: AdmittedSender,
) => ReplyOf<BackgroundMessages[K]> | Promise<ReplyOf<BackgroundMessages[K]>>;

/**
 * Handle one background message through the gate: the sender's context must be one the message
 * names, the payload within its size and valid for its schema; otherwise the handler is not called
 * and the sender's promise rejects with MessageRefused. Nothing from the payload is logged.
 */
export function handleMessage<K extends BackgroundMessageName>(name: K, handler: Handler<K>): void {
  const spec = BACKGROUND_MESSAGES[name];
  const listen = onMessage as unknown as (type: string, cb: (m: { data: unknown; sender: MessageSenderFacts }) => unknown) => void;
  listen(name, ({ data, sender }) => {
    const admission = admitMessage(spec, data, sender, extensionSelf());
    if (!admission.ok) throw new MessageRefused(name, admission.refused);
    return (handler as (d: unknown, s: AdmittedSender) => unknown)(admission.data, admission.sender);
  });
}
