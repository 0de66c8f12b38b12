import { useMemo, useState } from 'react';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { diffPacks, type PackChange } from '@preceptor/shared/authoring/packDiff.ts';
import { nextPublishedVersion, parseVersion, suggestBump, type VersionBump } from '@preceptor/shared/authoring/packVersion.ts';
import { stepHealth } from '@preceptor/shared/authoring/healthResults.ts';
import type { AuthoringKey, AuthoringTranslate } from '../authoringMessages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { authoringHealth, type AuthoredPack } from '../authoringStore.ts';
import { installContentPack } from '../../packs/installedPacks.ts';
import { downloadFile } from '../../ui/downloadFile.ts';
import { detachedPackSignature } from '../../packs/feed/packSigningKey.ts';
import { PackSigningKeyPanel } from './PackSigningKeyPanel.tsx';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { saveAuthoredPack, useEditor } from './editorContext.tsx';

const BUMPS: VersionBump[] = ['major', 'minor', 'patch'];

/** The pack file and its `.sig` (the mentor's signature over the file's exact bytes, for `pnpm pack:feed`). */
export async function exportPack(pack: ContentPack): Promise<void> {
  const fileName = `${pack.id}-${pack.version}.pack.json`;
  const bytes = new TextEncoder().encode(`${JSON.stringify(pack, null, 2)}\n`);
  const signature = await detachedPackSignature(bytes);
  downloadFile(fileName, bytes, 'application/json');
  downloadFile(`${fileName}.sig`, `${JSON.stringify(signature, null, 2)}\n`, 'application/json');
}

/** Validate, review the changes since the last published version, bump, publish, export. */
export function PublishTab({ pack }: { pack: AuthoredPack }) {
  const { draft, validation, update, flush, t } = useEditor();
  const last = pack.published[pack.published.length - 1];
  const candidate = validation.ok ? validation.pack : undefined;
  const changes = useMemo(() => (last && candidate ? diffPacks(last.pack, candidate) : []), [last, candidate]);
  const suggested = suggestBump(changes);
  const [bump, setBump] = useState<VersionBump | undefined>(undefined);
  const [approved, setApproved] = useState(false);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const chosen = bump ?? suggested ?? 'patch';
  const version = parseVersion(draft.version) ? nextPublishedVersion(draft.version, last?.version, chosen) : undefined;
  const nothingNew = last !== undefined && changes.length === 0;
  const needsApproval = last !== undefined && changes.length > 0;
  const canPublish = candidate !== undefined && version !== undefined && !nothingNew && (!needsApproval || approved);

  async function publish() {
    if (!candidate || !version) return;
    await flush();
    const published: ContentPack = { ...candidate, version };
    update(['version'], version);
    await saveAuthoredPack(pack.key, (p) => ({ ...p, draft: { ...p.draft, version }, published: [...p.published, { version, publishedAt: Date.now(), pack: published }] }));
    const installed = await installContentPack(published);
    setApproved(false);
    setBump(undefined);
    setStatus(t(installed === 'held-by-feed' ? 'publishedFeedHeld' : 'published', { version }));
  }

  return (
    <div>
      <section className="panel" aria-labelledby="publish-h">
        <h2 id="publish-h">{t('publishHeading')}</h2>
        <p className="muted">{last ? t('publishedLabel', { version: last.version }) : t('neverPublished')} · {t('draftLabel', { version: draft.version })}</p>
        {!candidate && <p className="error" role="alert">{t('publishBlocked')}</p>}
        {candidate && nothingNew && <p className="muted">{t('publishNothing')}</p>}
        {candidate && last && changes.length > 0 && (
          <>
            <fieldset>
              <legend>{t('publishBump')}</legend>
              {BUMPS.map((b) => (
                <span key={b} className="check block">
                  <input id={`bump-${b}`} type="radio" name="bump" value={b} checked={chosen === b} onChange={() => setBump(b)} />
                  <label htmlFor={`bump-${b}`}>{t(`bump_${b}`)}</label>
                </span>
              ))}
              {suggested && <p className="muted">{t('suggestedBump', { bump: t(`bump_${suggested}`) })}</p>}
            </fieldset>
            <ChangeList changes={changes} t={t} />
            <span className="check block">
              <input id="approve-changes" type="checkbox" checked={approved} onChange={(e) => setApproved(e.target.checked)} data-action="approve" />
              <label htmlFor="approve-changes">{t('approve')} · {t('changeCount', { count: changes.length })}</label>
            </span>
          </>
        )}
        <div className="row end">
          <button type="button" className="primary" data-action="publish" disabled={!canPublish} onClick={publish}>{t('publishAs', { version: version ?? '?' })}</button>
        </div>
        <div role="status" className="status">{status}</div>
      </section>
      <section className="panel">
        <div className="row">
          {last && <button type="button" data-action="export-published" onClick={() => void exportPack(last.pack).catch((error: unknown) => setStatus(t('exportSignFailed', { message: error instanceof Error ? error.message : String(error) })))}>{t('exportPublished', { version: last.version })}</button>}
          {candidate && (
            <button type="button" data-action="install-draft"
              onClick={async () => {
                setStatus(t((await installContentPack(candidate)) === 'held-by-feed' ? 'installFeedHeld' : 'installed', { id: candidate.id }));
              }}>{t('installLocal')}</button>
          )}
        </div>
      </section>
      <PackSigningKeyPanel />
    </div>
  );
}

/** The change view: which versions to compare, and the list a reviewer reads. */
export function ChangesTab({ pack }: { pack: AuthoredPack }) {
  const { validation, draft, t } = useEditor();
  const versions = pack.published.map((p) => p.version);
  const [from, setFrom] = useState(versions[versions.length - 1] ?? '');
  const [to, setTo] = useState('draft');
  const packOf = (v: string): ContentPack | undefined => (v === 'draft' ? (validation.ok ? validation.pack : (draft as ContentPack)) : pack.published.find((p) => p.version === v)?.pack);
  const a = packOf(from);
  const b = packOf(to);
  const changes = a && b ? diffPacks(a, b) : [];
  return (
    <section className="panel" aria-labelledby="changes-h">
      <h2 id="changes-h">{t('changesHeading')}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t('neverPublished')}</p>
      ) : (
        <>
          <div className="row start">
            <label htmlFor="compare-from">{t('compareFrom')}</label>
            <select id="compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>
              {versions.map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
            <label htmlFor="compare-to">{t('compareTo')}</label>
            <select id="compare-to" value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="draft">{t('draftOption')}</option>
              {versions.map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
          </div>
          <ChangeList changes={changes} t={t} />
        </>
      )}
    </section>
  );
}

export function ChangeList({ changes, t }: { changes: PackChange[]; t: AuthoringTranslate }) {
  if (changes.length === 0) return <p className="muted" data-region="changes">{t('noChanges')}</p>;
  return (
    <table data-region="changes">
      <caption>{t('changeCount', { count: changes.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('itemKind')}</th>
          <th scope="col">{t('healthStep')}</th>
          <th scope="col">{t('before')}</th>
          <th scope="col">{t('after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => (
          <tr key={i} data-change={c.kind} data-ids={c.ids.join('/')}>
            <td><span className={`change ${c.kind}`}>{t(`change_${c.kind}` as AuthoringKey)}</span></td>
            <td>{t(`area_${c.area}` as AuthoringKey)} <code>{c.ids.join(' › ') || '—'}</code>{c.field ? <> · <code>{c.field}</code></> : null}</td>
            <td className="diff-before">{c.before ?? (c.from !== undefined ? `#${c.from + 1}` : '')}</td>
            <td className="diff-after">{c.after ?? (c.to !== undefined ? `#${c.to + 1}` : '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Health across the pages the mentor visited with authoring on: open a step, or re-pick it. */
export function HealthTab({ pack, onOpenStep }: { pack: AuthoredPack; onOpenStep(tourId: string, stepId: string): void }) {
  const { draft, t, language, flush } = useEditor();
  const health = useStorageItem(authoringHealth);
  const rows = stepHealth(health?.[pack.key]);
  const [status, setStatus] = useState<string | undefined>(undefined);
  async function repick(tourId: string, stepId: string) {
    const ti = draft.tours.findIndex((x) => x.id === tourId);
    const si = draft.tours[ti]?.steps.findIndex((s) => s.id === stepId) ?? -1;
    if (ti < 0 || si < 0) return;
    await flush();
    const result = await sendMessage('requestPick', { packKey: pack.key, path: ['tours', ti, 'steps', si, 'target'], label: `${tourId} › ${stepId}` });
    setStatus(result === 'sent' ? t('pickSent') : t('pickNoTab'));
  }
  return (
    <section className="panel" aria-labelledby="health-h">
      <h2 id="health-h">{t('healthHeading')}</h2>
      <p className="muted">{t('healthHint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('healthNone')}</p>
      ) : (
        <table data-region="health">
          <thead>
            <tr>
              <th scope="col">{t('healthStep')}</th>
              <th scope="col">{t('healthStatus')}</th>
              <th scope="col">{t('healthPages')}</th>
              <th scope="col">{t('healthWhen')}</th>
              <th scope="col"><span className="sr-only">{t('openStep')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const tour = draft.tours.find((x) => x.id === row.tourId);
              const step = tour?.steps.find((s) => s.id === row.stepId);
              return (
                <tr key={`${row.tourId}/${row.stepId}`} data-step={row.stepId} data-status={row.status}>
                  <td>{tour?.title[language] ?? row.tourId} › {row.stepIndex + 1}. {step?.title[language] ?? row.stepId}</td>
                  <td><span className={`health ${row.status}`}>{row.status === 'found' ? t('health_found', { confidence: (row.confidence ?? 0).toFixed(2) }) : t(`health_${row.status}`)}</span>{row.reason ? <div className="muted">{row.reason}</div> : null}</td>
                  <td>{row.pages.map((p) => <code key={p} className="block">{p}</code>)}</td>
                  <td>{new Date(row.checkedAt).toLocaleString(language)}</td>
                  <td className="nowrap">
                    <button type="button" onClick={() => onOpenStep(row.tourId, row.stepId)}>{t('openStep')}</button>{' '}
                    {row.status !== 'found' && <button type="button" onClick={() => repick(row.tourId, row.stepId)}>◎ {t('repick')}</button>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div role="status" className="muted">{status}</div>
    </section>
  );
}
