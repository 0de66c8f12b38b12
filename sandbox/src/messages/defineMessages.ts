// Module dictionaries hold each text as a [zh-CN, en] pair, so neither language can be missing.

export type MessagePairs = Record<string, readonly [zh: string, en: string]>;

export function defineMessages<const T extends MessagePairs>(messages: T): T {
  return messages;
}
