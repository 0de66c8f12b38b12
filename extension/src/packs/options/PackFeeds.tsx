import { useEffect, useState, type FormEvent } from 'react';
import { packKeyId } from '@preceptor/shared/packFeed/packSignature.ts';
import { placedWords } from '@preceptor/shared/i18n/schemaIssues.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { MessageKey, Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { onHospitalPolicyChanged } from '../../deployment/hospitalPolicy.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { addLocalFeed, addLocalTrustedKey, feedConfig, localFeedSettings, MAX_LOCAL_FEEDS, MAX_LOCAL_KEYS, removeLocalFeed, removeLocalTrustedKey, type FeedConfig } from '../feed/feedSettings.ts';
import { packFeedStatus, type FeedProblem } from '../feed/feedStatus.ts';

/**
 * A feed failure in the reader's language, with its status or keyId, or the field problem in the
 * schema-issue words ("导览 1 › 标题：缺少此项"; the bare field path only for a status stored before).
 */
export function feedProblemText(problem: FeedProblem, t: Translate, language: Language): string {
  return t(`feedProblem.${problem.code}` as MessageKey, { detail: problem.words ? placedWords(problem.words, language) : (problem.detail ?? '') });
}

function when(iso: string | undefined, language: Language): string {
  return iso ? new Date(iso).toLocaleString(language) : '';
}

/**
 * The pack feeds: each feed with its last check, last success and why it failed, per pack; the
 * learner's own feeds and trusted keys when the hospital's policy does not set them; Check now.
 */
export function PackFeeds({ language, t }: { language: Language; t: Translate }) {
  const local = useStorageItem(localFeedSettings);
  const statuses = useStorageItem(packFeedStatus) ?? {};
  const [config, setConfig] = useState<FeedConfig | undefined>(undefined);
  const [typedFeed, setTypedFeed] = useState('');
  const [typedKey, setTypedKey] = useState('');
  const [problem, setProblem] = useState<{ field: 'feed' | 'key'; text: string } | undefined>(undefined);
  // kept as a key and its fill-ins, so it follows a change of language
  const [status, setStatusKey] = useState<{ key: MessageKey; vars?: Record<string, string | number> } | undefined>(undefined);
  const setStatus = (key: MessageKey | '', vars?: Record<string, string | number>) => setStatusKey(key === '' ? undefined : { key, ...(vars ? { vars } : {}) });
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    void feedConfig().then(setConfig);
    return onHospitalPolicyChanged(() => void feedConfig().then(setConfig)); // IT may change the policy while the page is open
  }, [local]);

  async function addFeed(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    let url: URL | undefined;
    try {
      url = new URL(typedFeed.trim());
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) return setProblem({ field: 'feed', text: t('feedNotUrl') });
    const added = await addLocalFeed(url.href);
    if (added === 'duplicate') return setProblem({ field: 'feed', text: t('feedDuplicate', { url: url.href }) });
    if (added === 'too-many') return setProblem({ field: 'feed', text: t('feedTooMany', { max: MAX_LOCAL_FEEDS }) });
    setProblem(undefined);
    setTypedFeed('');
    setStatus('feedAdded', { url: url.href });
  }

  async function addKey(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const publicKey = typedKey.replace(/\s+/g, '');
    const keyId = await packKeyId(publicKey);
    if (!keyId) return setProblem({ field: 'key', text: t('feedKeyInvalid') });
    const added = await addLocalTrustedKey({ keyId, publicKey });
    if (added === 'duplicate') return setProblem({ field: 'key', text: t('feedKeyDuplicate', { keyId }) });
    if (added === 'too-many') return setProblem({ field: 'key', text: t('feedKeyTooMany', { max: MAX_LOCAL_KEYS }) });
    setProblem(undefined);
    setTypedKey('');
    setStatus('feedKeyAdded', { keyId });
  }

  async function checkNow() {
    setChecking(true);
    setStatus('feedChecking');
    try {
      const summary = await sendMessage('checkPackFeeds', undefined);
      setStatus('feedCheckDone', { feeds: summary.feeds, installed: summary.installed.length, failed: summary.failed });
    } catch (error) {
      setStatus('feedCheckFailed', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      setChecking(false);
    }
  }

  const feeds = config?.feeds ?? [];
  const keys = config?.trustedKeys ?? [];
  return (
    <section className="panel" aria-labelledby="pack-feeds-h" data-panel="pack-feeds">
      <h2 id="pack-feeds-h">{t('feedsHeading')}</h2>
      <p className="muted" id="pack-feeds-hint">{t('feedsHint')}</p>
      {config?.managed.feeds && <p className="muted" data-region="feeds-managed">{t('feedsManaged')}</p>}
      {config && feeds.length === 0 && <p data-region="no-feeds">{t('feedsNone')}</p>}
      {feeds.length > 0 && (
        <ul className="tours" aria-label={t('feedsListLabel')} data-region="feeds">
          {feeds.map((url) => {
            const feed = statuses[url];
            const packs = Object.entries(feed?.packs ?? {});
            return (
              <li key={url} data-feed={url} style={{ display: 'block' }}>
                <div className="row">
                  <code style={{ overflowWrap: 'anywhere' }}>{url}</code>
                  {!config?.managed.feeds && (
                    <button type="button" className="danger" data-action="remove-feed" style={{ flex: 'none' }} aria-label={`${t('feedRemove')} ${url}`}
                      onClick={async () => {
                        await removeLocalFeed(url);
                        setStatus('feedRemoved', { url });
                      }}>{t('feedRemove')}</button>
                  )}
                </div>
                <p className="muted" data-region="feed-times">
                  {feed ? t('feedLastChecked', { time: when(feed.checkedAt, language) }) : t('feedNeverChecked')} · {feed?.succeededAt ? t('feedLastSuccess', { time: when(feed.succeededAt, language) }) : t('feedNeverSucceeded')}
                </p>
                {feed?.problem && (
                  <p className="error" data-region="feed-problem" data-code={feed.problem.code}>{t('feedProblemLabel')}{feedProblemText(feed.problem, t, language)}</p>
                )}
                {packs.length > 0 && (
                  <table data-table="feed-packs">
                    <thead>
                      <tr>
                        <th scope="col">{t('feedPackColumn')}</th>
                        <th scope="col">{t('feedOfferedColumn')}</th>
                        <th scope="col">{t('feedStateColumn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {packs.map(([id, pack]) => (
                        <tr key={id} data-feed-pack={id} data-code={pack.problem?.code ?? 'ok'}>
                          <td><code>{id}</code></td>
                          <td>{pack.version}</td>
                          <td>
                            {pack.problem ? <span className="error">{t('feedProblemLabel')}{feedProblemText(pack.problem, t, language)}</span> : t('feedPackOk')}
                            <div className="muted">{t('feedLastChecked', { time: when(pack.checkedAt, language) })}{pack.succeededAt ? ` · ${t('feedLastSuccess', { time: when(pack.succeededAt, language) })}` : ''}</div>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="row" style={{ justifyContent: 'flex-end', margin: '8px 0 16px' }}>
        <button type="button" className="primary" data-action="check-feeds" disabled={checking || feeds.length === 0} onClick={() => void checkNow()}>{t('feedCheckNow')}</button>
      </div>
      {config && !config.managed.feeds && (
        <form onSubmit={(e) => void addFeed(e)} noValidate>
          <label htmlFor="pack-feed-input">{t('feedAddLabel')}</label>
          <div className="row">
            <input id="pack-feed-input" name="packFeed" type="url" inputMode="url" autoComplete="off" spellCheck={false}
              placeholder="https://intranet.hospital.local/preceptor/index.json" value={typedFeed} onChange={(e) => setTypedFeed(e.target.value)}
              aria-invalid={problem?.field === 'feed'} aria-describedby={problem?.field === 'feed' ? 'pack-feed-problem' : 'pack-feeds-hint'} />
            <button type="submit" data-action="add-feed" style={{ flex: 'none', whiteSpace: 'nowrap' }}>{t('feedAdd')}</button>
          </div>
        </form>
      )}
      {problem?.field === 'feed' && <p className="error" role="alert" id="pack-feed-problem">{problem.text}</p>}

      <h3 id="pack-keys-h">{t('feedKeysHeading')}</h3>
      {config?.managed.keys && <p className="muted">{t('feedsManaged')}</p>}
      {config && keys.length === 0 && <p data-region="no-keys">{t('feedKeysNone')}</p>}
      {keys.length > 0 && (
        <ul className="tours" aria-labelledby="pack-keys-h" data-region="trusted-keys">
          {keys.map((key) => (
            <li key={key.keyId} className="row" data-key-id={key.keyId}>
              <span><code>{key.keyId}</code> <code className="muted" title={key.publicKey}>{key.publicKey.slice(0, 24)}…</code></span>
              {!config?.managed.keys && (
                <button type="button" className="danger" data-action="remove-key" style={{ flex: 'none' }} aria-label={`${t('feedKeyRemove')} ${key.keyId}`}
                  onClick={async () => {
                    await removeLocalTrustedKey(key.keyId);
                    setStatus('feedKeyRemoved', { keyId: key.keyId });
                  }}>{t('feedKeyRemove')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {config && !config.managed.keys && (
        <form onSubmit={(e) => void addKey(e)} noValidate>
          <label htmlFor="pack-key-input">{t('feedKeyAddLabel')}</label>
          <div className="row">
            <input id="pack-key-input" name="packKey" type="text" autoComplete="off" spellCheck={false} placeholder="MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…"
              value={typedKey} onChange={(e) => setTypedKey(e.target.value)}
              aria-invalid={problem?.field === 'key'} aria-describedby={problem?.field === 'key' ? 'pack-key-problem' : undefined} />
            <button type="submit" data-action="add-key" style={{ flex: 'none', whiteSpace: 'nowrap' }}>{t('feedKeyAdd')}</button>
          </div>
        </form>
      )}
      {problem?.field === 'key' && <p className="error" role="alert" id="pack-key-problem">{problem.text}</p>}

      <p className="status" role="status" data-region="feeds-status">{status ? t(status.key, status.vars) : ''}</p>
    </section>
  );
}
