import type { z } from 'zod';
import type { SenderContext } from './senderContext.ts';

/**
 * One runtime message as the gate knows it: who may send it, the zod schema of its payload, the
 * largest payload taken, and (as a type only) what the handler answers.
 */
export interface MessageSpec<Data extends z.ZodType = z.ZodType, Reply = unknown> {
  from: readonly SenderContext[];
  data: Data;
  /** serialized payload size limit in characters; default DEFAULT_MAX_MESSAGE_CHARS */
  maxChars?: number;
  /** never set: carries the reply type */
  readonly reply?: Reply;
}

/** Payloads larger than this are refused unless a message sets its own limit. */
export const DEFAULT_MAX_MESSAGE_CHARS = 1_000_000;

/** `message<Reply>()({ from, data })`: the reply type given, the schema's type inferred. */
export const message =
  <Reply>() =>
  <Data extends z.ZodType>(spec: { from: readonly SenderContext[]; data: Data; maxChars?: number }): MessageSpec<Data, Reply> =>
    spec;

export type DataOf<S> = S extends MessageSpec<infer D, unknown> ? z.output<D> : never;
export type InputOf<S> = S extends MessageSpec<infer D, unknown> ? z.input<D> : never;
export type ReplyOf<S> = S extends MessageSpec<z.ZodType, infer R> ? R : never;

/** A ProtocolMap for @webext-core/messaging, derived from a table of specs. */
export type ProtocolOf<T extends Record<string, MessageSpec>> = { [K in keyof T]: (data: InputOf<T[K]>) => ReplyOf<T[K]> };

/**
 * Messages sent to a content script: only this extension's own contexts can send to a tab
 * (tabs.sendMessage), and the gate there checks which one. A message either carries nothing
 * (the gate refuses any payload) or a payload whose zod schema is in tabPayloads.ts: the handler
 * parses it there, in the lazily loaded tour-guide bundle, before using it, so the always-on
 * script carries no zod.
 */
export type TabPayloadKind = 'nothing' | 'payload';
export interface TabMessageSpec<Data = unknown, Reply = unknown, Carries extends TabPayloadKind = TabPayloadKind> {
  from: readonly SenderContext[];
  carries: Carries;
  readonly data?: Data;
  readonly reply?: Reply;
}
export const tabMessage =
  <Data, Reply>() =>
  <Carries extends TabPayloadKind>(spec: { from: readonly SenderContext[]; carries: Carries }): TabMessageSpec<Data, Reply, Carries> =>
    spec;
export type TabProtocolOf<T extends Record<string, TabMessageSpec>> = {
  [K in keyof T]: T[K] extends TabMessageSpec<infer D, infer R, TabPayloadKind> ? (data: D) => R : never;
};
