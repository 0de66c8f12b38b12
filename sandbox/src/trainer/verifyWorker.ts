import { prepareBundle, type Preparation } from './prepareBundle.ts';

// A verification worker: the import worker hands it one file's bytes at a time (transferred),
// it answers with the prepared bundle and hands the bytes back.

type Request = { id: number; bytes: Uint8Array };
type Reply = { id: number; result: Preparation; bytes: Uint8Array };

const scope = self as unknown as { postMessage(message: Reply, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<Request>) => void) | null };

scope.onmessage = async (event) => {
  const { id, bytes } = event.data;
  const result = await prepareBundle(bytes);
  scope.postMessage({ id, result, bytes }, [bytes.buffer]);
};
