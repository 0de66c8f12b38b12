// A response body read to the end into one byte array, chunk by chunk: the pack feed's downloads
// (cut off past their limit) and the editor's LMS kit (with a progress bar) both read this way.

export type BodyBytes =
  | { ok: true; bytes: Uint8Array }
  /** more than `maxBytes` came: the stream was cancelled there, nothing more was buffered */
  | { ok: false; problem: 'too-large'; read: number }
  /** the stream broke off (the connection dropped) */
  | { ok: false; problem: 'broken'; message: string };

export async function readBodyBytes(body: ReadableStream<Uint8Array>, options: { maxBytes?: number; onChunk?: (loaded: number) => void } = {}): Promise<BodyBytes> {
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.length;
      if (options.maxBytes !== undefined && loaded > options.maxBytes) {
        await reader.cancel();
        return { ok: false, problem: 'too-large', read: loaded };
      }
      chunks.push(value);
      options.onChunk?.(loaded);
    }
  } catch (error) {
    return { ok: false, problem: 'broken', message: error instanceof Error ? error.message : String(error) };
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}
