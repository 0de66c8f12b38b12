import { useEffect, useState } from 'react';
import { packSigningKey } from '../../packs/feed/packSigningKey.ts';
import { useEditor } from './editorContext.tsx';

/** The mentor's pack-signing public key, for IT to put into the policy's packSigningKeys. */
export function PackSigningKeyPanel() {
  const { t } = useEditor();
  const [key, setKey] = useState<{ keyId: string; publicKey: string } | undefined>(undefined);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void packSigningKey().then(({ keyId, publicKey }) => setKey({ keyId, publicKey }));
  }, []);

  async function copy() {
    if (!key) return;
    try {
      await navigator.clipboard.writeText(key.publicKey);
      setStatus(t('signingKeyCopied'));
    } catch {
      setStatus(t('signingKeyCopyFailed'));
    }
  }

  return (
    <section className="panel" aria-labelledby="signing-key-h" data-panel="pack-signing-key">
      <h2 id="signing-key-h">{t('signingKeyHeading')}</h2>
      <p className="muted">{t('signingKeyHint')}</p>
      {!key ? (
        <p className="muted">{t('signingKeyLoading')}</p>
      ) : (
        <>
          <label htmlFor="signing-key-id">{t('signingKeyId')}</label>
          <input id="signing-key-id" readOnly value={key.keyId} data-region="signing-key-id" onFocus={(e) => e.target.select()} />
          <label htmlFor="signing-key-public">{t('signingKeyPublic')}</label>
          <textarea id="signing-key-public" readOnly rows={3} value={key.publicKey} data-region="signing-key-public" onFocus={(e) => e.target.select()} style={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
          <div className="row end">
            <button type="button" data-action="copy-signing-key" onClick={() => void copy()}>{t('signingKeyCopy')}</button>
          </div>
        </>
      )}
      <p className="status" role="status">{status}</p>
    </section>
  );
}
