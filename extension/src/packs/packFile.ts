import { MAX_FEED_PACK_BYTES } from '@preceptor/shared/packFeed/feedIndex.ts';

/**
 * The largest pack file the options page's import and the editor's "Import JSON" read: the
 * realistic hospital pack of issue 17 (600 tours) is 8.2 MB, so 32 MB leaves room for growth; a
 * larger file (an 82 MB one hung the page) is not a pack and is refused before a byte is read.
 * The feed has the same limit (MAX_FEED_PACK_BYTES).
 */
export const MAX_PACK_FILE_BYTES = MAX_FEED_PACK_BYTES;

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** reading the file (with bytes read), checking it (schema and patient data), saving it */
export type PackFileStage = { kind: 'reading'; fraction: number } | { kind: 'checking' } | { kind: 'saving' };

/** The file's text, read in chunks so that the progress bar moves. */
export async function readPackText(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress(file.size > 0 ? read / file.size : 1);
  }
  return text + decoder.decode();
}

/** Lets the page paint the new stage before a long synchronous step. */
export const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A full extension storage (quota) reads differently in each browser. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}
