import { useEffect, useId, useState } from 'react';
import { Language, type LocalizedText } from '@preceptor/shared/schema/localizedText.ts';
import type { PackImportResult } from '@preceptor/shared/schema/packImport.ts';
import type { FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { newDraftPack, uniqueId } from '@preceptor/shared/authoring/draftPack.ts';
import { authoringTranslator, type AuthoringKey, type AuthoringTranslate } from '../authoringMessages.ts';
import { addAuthoredPack, authoredPacks, removeAuthoredPack, updateAuthoredPack, type AuthoredPack } from '../authoringStore.ts';
import { learnerProfile, saveLearnerProfile } from '../../progress/learnerProfile.ts';
import { useLanguage } from '../../ui/useLanguage.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { EditorProvider, useEditor } from './editorContext.tsx';
import { ChecklistsTab, QuizzesTab, TipsTab } from './LearningTabs.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { ChangesTab, HealthTab, PublishTab } from './ReviewTabs.tsx';
import { ToursTab } from './ToursTab.tsx';
import { SuggestionsTab } from './SuggestionsTab.tsx';
import { InstalledPacks } from './InstalledPacks.tsx';
import { LmsPackageTab } from './LmsPackageTab.tsx';
import { RehearsalTab } from '../rehearsal/RehearsalTab.tsx';
import { duplicatePack } from '@preceptor/shared/authoring/duplicate.ts';
import { installedPacks } from '../../packs/installedPacks.ts';
import type { PackFileStage } from '../../packs/packFile.ts';
import { readPackFile } from '../../packs/readPackFile.ts';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';

const TABS = ['overview', 'tours', 'checklists', 'quizzes', 'tips', 'suggestions', 'publish', 'lms', 'changes', 'health', 'rehearsal'] as const;
type Tab = (typeof TABS)[number];

interface Route {
  pack?: string;
  tab: Tab;
  tour?: string;
  step?: string;
}

function readRoute(): Route {
  const params = new URLSearchParams(location.hash.slice(1));
  const tab = params.get('tab') as Tab | null;
  const route: Route = { tab: tab && TABS.includes(tab) ? tab : params.get('step') ? 'tours' : 'overview' };
  for (const key of ['pack', 'tour', 'step'] as const) {
    const value = params.get(key);
    if (value) route[key] = value;
  }
  return route;
}

function writeRoute(route: Route): void {
  const params = new URLSearchParams();
  if (route.pack) params.set('pack', route.pack);
  params.set('tab', route.tab);
  if (route.tour) params.set('tour', route.tour);
  if (route.step) params.set('step', route.step);
  history.replaceState(null, '', `#${params.toString()}`);
}

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** The mentor's editor: packs in progress, every kind of content, validation, publishing, review, health. */
export function EditorPage() {
  const { language } = useLanguage();
  const t = authoringTranslator(language);
  const packs = useStorageItem(authoredPacks);
  const profile = useStorageItem(learnerProfile);
  const [route, setRoute] = useState<Route>(readRoute);
  const languageId = useId();

  useEffect(() => {
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = t('editorTitle');
  }, [t]);

  const go = (next: Route) => {
    writeRoute(next);
    setRoute(next);
  };
  const selected = packs?.find((p) => p.key === route.pack) ?? (route.pack === undefined ? packs?.[0] : undefined);

  async function createPack() {
    const all = await authoredPacks.getValue();
    const created: AuthoredPack = {
      key: crypto.randomUUID(),
      draft: newDraftPack({ id: uniqueId('new-pack', all.map((p) => p.draft.id)), siteRule: 'https://emr.example.cn/*' }),
      published: [],
      updatedAt: Date.now(),
    };
    await addAuthoredPack(created);
    go({ pack: created.key, tab: 'overview' });
  }

  return (
    <div className="editor">
      <header className="bar">
        <h1>{t('editorTitle')}</h1>
        <div className="row">
          <label htmlFor={languageId} className="on-dark">{t('languageNote')}</label>
          <select id={languageId} value={language} data-action="language" style={{ width: 'auto' }}
            onChange={async (e) => profile && (await saveLearnerProfile({ ...profile, language: Language.parse(e.target.value) }))}>
            {Language.options.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </div>
      </header>
      <div className="layout">
        <nav aria-labelledby="packs-h" className="sidebar">
          <h2 id="packs-h">{t('packs')}</h2>
          <ul className="pack-list">
            {(packs ?? []).map((p) => (
              <li key={p.key}>
                <button type="button" className="pack-link" aria-current={selected?.key === p.key ? 'page' : undefined} data-pack={p.draft.id}
                  onClick={() => go({ pack: p.key, tab: route.tab })}>
                  <strong>{p.draft.title[language] || p.draft.id}</strong>
                  <span className="muted">{p.draft.id} · {p.published.length > 0 ? t('publishedLabel', { version: p.published[p.published.length - 1]!.version }) : t('neverPublished')}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="stack">
            <button type="button" data-action="new-pack" onClick={createPack}>{t('newPack')}</button>
            <ImportPack t={t} language={language} onImported={(key) => go({ pack: key, tab: 'overview' })} />
          </div>
          <InstalledPacks t={t} language={language} authored={packs ?? []} onOpen={(key) => go({ pack: key, tab: 'overview' })} />
        </nav>
        <main className="content">
          {packs && packs.length === 0 && <p className="muted">{t('noAuthoredPacks')}</p>}
          {selected && (
            <EditorProvider key={selected.key} pack={selected} language={language} t={t}>
              <PackEditor pack={selected} route={route} go={go} onDeleted={() => go({ tab: 'overview' })} onDuplicated={(key) => go({ pack: key, tab: 'overview' })} />
            </EditorProvider>
          )}
        </main>
      </div>
    </div>
  );
}

function PackEditor({ pack, route, go, onDeleted, onDuplicated }: { pack: AuthoredPack; route: Route; go(route: Route): void; onDeleted(): void; onDuplicated(key: string): void }) {
  const { draft, validation, t, language, flush } = useEditor();
  const tab = route.tab;
  const select = (next: Tab) => go({ pack: pack.key, tab: next });
  const onKey = (event: React.KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = TABS[(index + delta + TABS.length) % TABS.length]!;
    select(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  return (
    <div>
      <div className="row">
        <h2 className="pack-title">{draft.title[language] || draft.id} <span className="muted">{t('draftLabel', { version: draft.version })}</span></h2>
        <span className="grow" />
        <button type="button" data-action="duplicate-pack"
          onClick={async () => {
            await flush(); // the copy holds every edit made so far
            const [all, installed] = await Promise.all([authoredPacks.getValue(), installedPacks.getValue()]);
            const source = all.find((p) => p.key === pack.key)?.draft ?? draft;
            const created: AuthoredPack = { key: crypto.randomUUID(), draft: duplicatePack(source, [...all.map((p) => p.draft.id), ...installed.map((p) => p.id)]), published: [], updatedAt: Date.now() };
            await addAuthoredPack(created);
            onDuplicated(created.key);
          }}>{t('duplicatePack')}</button>
        <button type="button" className="danger"
          onClick={async () => {
            if (!window.confirm(t('confirmDeletePack', { title: draft.title[language] || draft.id }))) return;
            await removeAuthoredPack(pack.key);
            onDeleted();
          }}>{t('deletePack')}</button>
      </div>
      <ValidationSummary result={validation} t={t} language={language} />
      <div role="tablist" aria-label={draft.title[language] || draft.id} className="tabs">
        {TABS.map((name, i) => (
          <button key={name} id={`tab-${name}`} type="button" role="tab" aria-selected={tab === name} aria-controls={`panel-${name}`} tabIndex={tab === name ? 0 : -1}
            data-tab={name} onClick={() => select(name)} onKeyDown={(e) => onKey(e, i)}>
            {t(`tab_${name}` as AuthoringKey)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'overview' && <OverviewTab />}
        {tab === 'tours' && <ToursTab focus={{ ...(route.tour ? { tourId: route.tour } : {}), ...(route.step ? { stepId: route.step } : {}) }} />}
        {tab === 'checklists' && <ChecklistsTab />}
        {tab === 'quizzes' && <QuizzesTab />}
        {tab === 'tips' && <TipsTab />}
        {tab === 'suggestions' && <SuggestionsTab />}
        {tab === 'publish' && <PublishTab pack={pack} />}
        {tab === 'lms' && <LmsPackageTab />}
        {tab === 'changes' && <ChangesTab pack={pack} />}
        {tab === 'rehearsal' && <RehearsalTab />}
        {tab === 'health' && <HealthTab pack={pack} onOpenStep={(tourId, stepId) => go({ pack: pack.key, tab: 'tours', tour: tourId, step: stepId })} />}
      </div>
    </div>
  );
}

/** Validation as you type: every problem with its field path. */
function ValidationSummary({ result, t, language }: { result: PackImportResult; t: AuthoringTranslate; language: Language }) {
  if (result.ok) return <p className="status valid" role="status" data-region="validation">✓ {t('validationOk')}</p>;
  return (
    <div className="problems" data-region="validation" role="status">
      <details>
        <summary className="error">{t('validationProblems', { count: result.problems.length })}</summary>
        <ul>
          {result.problems.map((p, i) => (
            <li key={i}><code>{p.path || t('fieldDocument')}</code>: {problemMessage(p, t, language)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/**
 * Import a pack file into the editor through the options page's reader (packs/readPackFile.ts). A pack already being
 * written (same id) gets the file as its draft, so the change view shows what the file changes;
 * a new one starts with the file as its published baseline.
 */
export function ImportPack({ t, language, onImported }: { t: AuthoringTranslate; language: Language; onImported(key: string): void }) {
  const id = useId();
  const [result, setResult] = useState<{ ok: true; title: LocalizedText; version: string } | { ok: false; fileName: string; problems: FieldProblem[] } | undefined>(undefined);
  const [stage, setStage] = useState<PackFileStage | undefined>(undefined);
  /** a failure that is not the pack's fault (too large, storage full): nothing authored changed */
  const [failure, setFailure] = useState('');
  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(undefined);
    setFailure('');
    const outcome = await readPackFile(file, { language, t, onStage: setStage, save: saveImported });
    if (outcome.kind === 'failed') setFailure(outcome.message);
    else if (outcome.kind === 'invalid') setResult(outcome.result);
  }
  async function saveImported(pack: ContentPack) {
    const all = await authoredPacks.getValue();
    const existing = all.find((p) => p.draft.id === pack.id);
    let key: string;
    if (existing) {
      key = existing.key;
      await updateAuthoredPack(key, (p) => ({ ...p, draft: pack }));
    } else {
      key = crypto.randomUUID();
      await addAuthoredPack({ key, draft: pack, published: [{ version: pack.version, publishedAt: Date.now(), pack }], updatedAt: Date.now() });
    }
    setResult({ ok: true, title: pack.title, version: pack.version });
    onImported(key);
  }
  return (
    <div>
      <label htmlFor={id} className="file-label">{t('importPack')}</label>
      <input id={id} type="file" accept="application/json,.json" onChange={onFile} disabled={stage !== undefined} data-action="editor-import" />
      {stage && (
        <progress data-region="editor-import-progress" style={{ width: '100%' }} aria-labelledby={`${id}-stage`} max={1} {...(stage.kind === 'reading' ? { value: stage.fraction } : {})} />
      )}
      <div role="status">
        {stage && (
          <p id={`${id}-stage`} data-stage={stage.kind}>
            {stage.kind === 'reading' ? t('importReading', { percent: Math.round(stage.fraction * 100) }) : t(stage.kind === 'checking' ? 'importChecking' : 'importSaving')}
          </p>
        )}
        {result?.ok && <p className="status">{t('importedAs', { title: result.title[language], version: result.version })}</p>}
      </div>
      {failure && <p className="error" role="alert" data-region="editor-import-failure">{failure}</p>}
      {result && !result.ok && (
        <div className="problems" role="alert">
          <p className="error">{t('importProblems', { file: result.fileName })}</p>
          <ul>{result.problems.map((p, i) => <li key={i}><code>{result.fileName}</code> · <code>{p.path || t('fieldDocument')}</code>: {problemMessage(p, t, language)}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
