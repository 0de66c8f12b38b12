import { describe, expect, it } from 'vitest';
import { readBodyBytes } from '../src/net/responseBytes.ts';

function stream(chunks: number[], onCancel: () => void = () => {}): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i]!).fill(i++ + 1));
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('readBodyBytes', () => {
  it('joins the chunks in order and reports the bytes read after each', async () => {
    const seen: number[] = [];
    const read = await readBodyBytes(stream([2, 3, 1]), { onChunk: (loaded) => seen.push(loaded) });
    expect(read).toEqual({ ok: true, bytes: new Uint8Array([1, 1, 2, 2, 2, 3]) });
    expect(seen).toEqual([2, 5, 6]);
  });

  it('stops at the limit: the stream is cancelled and the count past it is named', async () => {
    let cancelled = false;
    const read = await readBodyBytes(stream([4, 4, 4], () => { cancelled = true; }), { maxBytes: 6 });
    expect(read).toEqual({ ok: false, problem: 'too-large', read: 8 });
    expect(cancelled).toBe(true);
    expect(await readBodyBytes(stream([3, 3]), { maxBytes: 6 })).toMatchObject({ ok: true });
  });

  it('names a stream that broke off', async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('connection reset')) });
    expect(await readBodyBytes(broken)).toEqual({ ok: false, problem: 'broken', message: 'connection reset' });
  });
});
