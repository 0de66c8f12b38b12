import { admitTabMessage } from './admission.ts';
import type { ExtensionSelf, MessageSenderFacts } from './senderContext.ts';
import { onMessage, type ProtocolMap } from './protocol.ts';
import { TAB_MESSAGES, type TabMessageName, type TabMessages } from './tabMessages.ts';

function extensionSelf(): ExtensionSelf {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}

/** What a handler is given: nothing, or a payload still to be parsed (tabPayloads.ts). */
type Given<K extends TabMessageName> = TabMessages[K]['carries'] extends 'payload' ? unknown : undefined;
type Handler<K extends TabMessageName> = (message: { data: Given<K> }) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/**
 * Handle a message sent to this content script, only from the extension context it names
 * (tabMessages.ts) and with no payload where it carries none; otherwise the promise rejects and
 * the handler never runs. A handler of a message that carries a payload parses it first
 * (tabPayloads.ts, through the tour-guide bundle).
 */
export function handleTabMessage<K extends TabMessageName>(name: K, handler: Handler<K>): void {
  const listen = onMessage as unknown as (type: string, cb: (m: { data: unknown; sender: MessageSenderFacts }) => unknown) => void;
  listen(name, ({ data, sender }) => {
    const admitted = admitTabMessage(TAB_MESSAGES[name], data, sender, extensionSelf());
    if (!admitted.ok) throw new Error(`Preceptor refused "${name}": ${admitted.refused}`);
    return (handler as (m: { data: unknown }) => unknown)({ data: admitted.data });
  });
}
