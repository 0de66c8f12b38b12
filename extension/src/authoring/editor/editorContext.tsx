import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { formatPath, type FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';
import { parsePackValue, type PackImportResult } from '@preceptor/shared/schema/packImport.ts';
import { setValidationLanguage } from '@preceptor/shared/schema/zodLanguage.ts';
import { getIn, replayEdits, setIn, type DraftEdit, type DraftPack } from '@preceptor/shared/authoring/draftPack.ts';
import { authoredPacks, updateAuthoredPack, type AuthoredPack } from '../authoringStore.ts';
import type { AuthoringTranslate } from '../authoringMessages.ts';

export type Path = (string | number)[];

export interface EditorApi {
  packKey: string;
  draft: DraftPack;
  language: Language;
  t: AuthoringTranslate;
  /** set a value in the draft (undefined removes it); saved shortly after */
  update(path: Path, value: unknown): void;
  get(path: Path): unknown;
  /** save pending edits now (before another part of the extension writes this pack) */
  flush(): Promise<void>;
  /** validation problems at exactly this path */
  problemsAt(path: Path): FieldProblem[];
  /** validation problems at this path or anywhere inside it */
  problemsUnder(path: Path): FieldProblem[];
  validation: PackImportResult;
}

const EditorContext = createContext<EditorApi | undefined>(undefined);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside a pack editor');
  return api;
}

const SAVE_DELAY_MS = 300;

/** Replace one authored pack in storage, by key, leaving the others as they are (authoringStore.ts). */
export async function saveAuthoredPack(key: string, change: (pack: AuthoredPack) => AuthoredPack): Promise<void> {
  await updateAuthoredPack(key, change);
}

/**
 * Holds one pack's draft while the mentor edits: every keystroke validates at once (the same zod
 * schema as import), and the edits are saved shortly after, replayed on the draft as stored then
 * (replayEdits), so a step the in-page panel recorded meanwhile is kept. Changes made elsewhere
 * (the in-page panel recording, a pick) come in when nothing local is waiting to be saved.
 */
export function EditorProvider({ pack, language, t, children }: { pack: AuthoredPack; language: Language; t: AuthoringTranslate; children: React.ReactNode }) {
  const [draft, setDraft] = useState<DraftPack>(pack.draft);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(draft);
  latest.current = draft;
  /** edits not saved yet, in the order they were made */
  const unsaved = useRef<DraftEdit[]>([]);
  /** saves begun and not finished: a stored draft reported meanwhile may lack the edits they carry */
  const saving = useRef(0);
  /** a stored draft was reported while a save was written, and not taken then */
  const passedOver = useRef(false);
  const save = useCallback(async () => {
    const edits = unsaved.current;
    unsaved.current = [];
    saving.current++;
    try {
      await saveAuthoredPack(pack.key, (p) => ({ ...p, draft: replayEdits(p.draft, edits) }));
    } finally {
      saving.current--;
    }
    if (saving.current > 0 || !passedOver.current) return;
    passedOver.current = false;
    // what was passed over may be older or newer than this save: read what is stored now
    const stored = (await authoredPacks.getValue()).find((p) => p.key === pack.key)?.draft;
    if (stored && pending.current === undefined && saving.current === 0 && JSON.stringify(stored) !== JSON.stringify(latest.current)) setDraft(stored);
  }, [pack.key]);

  useEffect(() => {
    if (saving.current > 0) passedOver.current = true;
    else if (pending.current === undefined && JSON.stringify(pack.draft) !== JSON.stringify(latest.current)) setDraft(pack.draft);
  }, [pack.draft]);

  const flush = useCallback(async () => {
    if (pending.current === undefined) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    await save();
  }, [save]);

  useEffect(() => () => void flush(), [flush]);
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  const update = useCallback(
    (path: Path, value: unknown) => {
      unsaved.current.push({ path: [...path], value });
      setDraft((current) => {
        const next = setIn(current, path, value);
        latest.current = next;
        return next;
      });
      if (pending.current !== undefined) clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        pending.current = undefined;
        void save();
      }, SAVE_DELAY_MS);
    },
    [save],
  );

  const validation = useMemo(() => {
    setValidationLanguage(language);
    return parsePackValue(`${draft.id}.pack.json`, draft);
  }, [draft, language]);

  const byPath = useMemo(() => {
    const map = new Map<string, FieldProblem[]>();
    if (!validation.ok) for (const p of validation.problems) map.set(p.path, [...(map.get(p.path) ?? []), p]);
    return map;
  }, [validation]);

  const api: EditorApi = {
    packKey: pack.key,
    draft,
    language,
    t,
    update,
    flush,
    get: (path) => getIn(draft, path),
    problemsAt: (path) => byPath.get(formatPath(path)) ?? [],
    problemsUnder: (path) => {
      const prefix = formatPath(path);
      return validation.ok ? [] : validation.problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}[`) || p.path.startsWith(`${prefix}.`));
    },
    validation,
  };
  return <EditorContext.Provider value={api}>{children}</EditorContext.Provider>;
}
