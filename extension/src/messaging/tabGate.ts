import { admitTabMessage } from './admission.ts';
import type { ExtensionSelf, MessageSenderFacts } from './senderContext.ts';
import { onMessage, type ProtocolMap } from './protocol.ts';
import { TAB_MESSAGES, type TabMessageName } from './tabMessages.ts';

function extensionSelf(): ExtensionSelf {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}

type Handler<K extends TabMessageName> = (message: { data: Parameters<ProtocolMap[K]>[0] }) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/**
 * Handle a message sent to this content script, only from the extension context it names
 * (tabMessages.ts); from any other sender the promise rejects and the handler never runs.
 */
export function handleTabMessage<K extends TabMessageName>(name: K, handler: Handler<K>): void {
  const listen = onMessage as unknown as (type: string, cb: (m: { data: unknown; sender: MessageSenderFacts }) => unknown) => void;
  listen(name, ({ data, sender }) => {
    if (!admitTabMessage(TAB_MESSAGES[name], sender, extensionSelf())) throw new Error(`Preceptor refused "${name}": sender`);
    return (handler as (m: { data: unknown }) => unknown)({ data });
  });
}
