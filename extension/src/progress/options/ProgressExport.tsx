import { useEffect, useState } from 'react';
import type { Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import type { SigningKeyInfo } from '../protocol.ts';
import { useLanguage } from '../../ui/useLanguage.ts';

function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The learner's statements, downloaded as one signed bundle (.zip) for the trainer, with the
 * key fingerprint the trainer registers to trust this learner's files.
 */
export function ProgressExport({ t }: { t: Translate }) {
  const { language } = useLanguage();
  const [count, setCount] = useState<number | undefined>(undefined);
  const [key, setKey] = useState<SigningKeyInfo | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ count: number; file: string; skipped: number } | undefined>(undefined);
  const [received, setReceived] = useState<{ done: number; total: number } | undefined>(undefined);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    void sendMessage('countStatements', undefined).then(setCount);
    void sendMessage('signingKeyInfo', undefined).then(setKey);
  }, []);

  async function exportNow() {
    setBusy(true);
    setFailure('');
    try {
      const bundle = await sendMessage('exportProgressBundle', undefined);
      const parts: Uint8Array<ArrayBuffer>[] = [];
      setReceived({ done: 0, total: bundle.chunkCount });
      for (let index = 0; index < bundle.chunkCount; index++) {
        const chunk = await sendMessage('progressBundleChunk', { exportId: bundle.exportId, index });
        if ('refused' in chunk) throw new Error(t('exportInterrupted'));
        parts.push(bytesFromBase64(chunk.base64));
        setReceived({ done: index + 1, total: bundle.chunkCount });
      }
      const url = URL.createObjectURL(new Blob(parts, { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = bundle.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setCount(await sendMessage('countStatements', undefined));
      const skipped = Object.values(bundle.skipped).reduce((sum, n) => sum + (n ?? 0), 0);
      setDone({ count: bundle.statementCount, file: bundle.fileName, skipped });
      setKey(await sendMessage('signingKeyInfo', undefined));
    } catch (error) {
      setFailure(t('exportBundleFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      setReceived(undefined);
    }
  }

  const last = key?.lastExport;
  return (
    <section className="panel" aria-labelledby="progress-h">
      <h2 id="progress-h">{t('progressHeading')}</h2>
      <p>{count === undefined ? '…' : t('statementCount', { count })}</p>
      <p className="muted">{t('privacyNote')}</p>
      <h3 id="signing-key-h" style={{ fontSize: '1em', margin: '12px 0 4px' }}>
        {t('signingKeyHeading')}
      </h3>
      <p>
        <code data-region="key-fingerprint" aria-labelledby="signing-key-h" style={{ fontSize: '1.25em', letterSpacing: '0.05em' }}>
          {key?.fingerprint ?? '…'}
        </code>
      </p>
      <p className="muted">{t('signingKeyHint')}</p>
      <p className="muted" data-region="last-export">
        {last ? t('lastExportInfo', { sequence: last.sequence, time: new Date(last.exportedAt).toLocaleString(language), count: last.statementCount }) : t('noExportYet')}
      </p>
      <p className="muted">{t('exportBundleHint')}</p>
      <button type="button" className="primary" data-action="export-progress" onClick={exportNow} disabled={busy}>
        {t('exportBundle')}
      </button>
      <p className="status" role="status">
        {busy ? t('exportingBundle') : done ? t('exported', done) : ''}
      </p>
      {busy && received && received.total > 1 && (
        <progress max={received.total} value={received.done} aria-label={t('exportingBundle')} data-region="export-progress" />
      )}
      {!busy && done && done.skipped > 0 && (
        <p className="error" role="alert" data-region="export-skipped">
          {t('exportSkipped', { count: done.skipped })}
        </p>
      )}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
