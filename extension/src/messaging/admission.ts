import type { MessageSpec, TabMessageSpec } from './messageSpec.ts';
import { DEFAULT_MAX_MESSAGE_CHARS } from './messageSpec.ts';
import { senderContext, type ExtensionSelf, type MessageSenderFacts, type SenderContext } from './senderContext.ts';

/** Who sent an admitted message: the context, and for a content script its tab and page. */
export interface AdmittedSender {
  context: SenderContext;
  /** set for `content` */
  tabId?: number;
  /** the sender's URL as the browser reports it (for `content`: the page or frame) */
  url?: string;
}

export type MessageRefusal = 'sender' | 'too-large' | 'payload';
export type Admission<T> = { ok: true; data: T; sender: AdmittedSender } | { ok: false; refused: MessageRefusal };

function admittedSender(sender: MessageSenderFacts, self: ExtensionSelf, from: readonly SenderContext[]): AdmittedSender | undefined {
  const context = senderContext(sender, self);
  if (context === undefined || !from.includes(context)) return undefined;
  return {
    context,
    ...(context === 'content' ? { tabId: sender.tab!.id! } : {}),
    ...(sender.url !== undefined ? { url: sender.url } : {}),
  };
}

function serializedLength(data: unknown): number {
  try {
    return data === undefined ? 0 : (JSON.stringify(data)?.length ?? 0);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * The gate's decision, pure: the sender must be one of the contexts the message names, the
 * payload within its size limit and valid for its schema. Only then does a handler see the
 * parsed data. Refusals say which rule, never what the payload held.
 */
export function admitMessage<S extends MessageSpec>(spec: S, data: unknown, sender: MessageSenderFacts, self: ExtensionSelf): Admission<import('zod').output<S['data']>> {
  const from = admittedSender(sender, self, spec.from);
  if (!from) return { ok: false, refused: 'sender' };
  if (serializedLength(data) > (spec.maxChars ?? DEFAULT_MAX_MESSAGE_CHARS)) return { ok: false, refused: 'too-large' };
  const parsed = spec.data.safeParse(data);
  if (!parsed.success) return { ok: false, refused: 'payload' };
  return { ok: true, data: parsed.data as import('zod').output<S['data']>, sender: from };
}

/**
 * For messages a content script receives: the sender, and no payload on a message that carries
 * none. A payload that a message does carry is parsed by its handler (tabPayloads.ts).
 */
export function admitTabMessage(spec: TabMessageSpec, data: unknown, sender: MessageSenderFacts, self: ExtensionSelf): Admission<unknown> {
  const from = admittedSender(sender, self, spec.from);
  if (!from) return { ok: false, refused: 'sender' };
  if (spec.carries === 'nothing' && data !== undefined && data !== null) return { ok: false, refused: 'payload' };
  return { ok: true, data, sender: from };
}
