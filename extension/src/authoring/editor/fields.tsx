import { useEffect, useId, useState } from 'react';
import { formatPath } from '@preceptor/shared/schema/fieldProblems.ts';
import { BUILT_IN_ROLES, BUILT_IN_ROLE_TITLES } from '@preceptor/shared/schema/learnerProfile.ts';
import { markdownToNodes } from '@preceptor/shared/tour/markdown.ts';
import { targetSummary } from '@preceptor/shared/authoring/packDiff.ts';
import { targetLabel } from '@preceptor/shared/authoring/targetLabel.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { useEditor, type Path } from './editorContext.tsx';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { MarkdownView } from './MarkdownView.tsx';
import { useTargetSketch } from './TargetSketchImage.tsx';

/** Problems under a field, tied to it for screen readers; `nested`: also those inside it (list fields). */
function Problems({ id, path, nested }: { id: string; path: Path; nested?: boolean }) {
  const { problemsAt, problemsUnder, t, language } = useEditor();
  const problems = nested ? problemsUnder(path) : problemsAt(path);
  if (problems.length === 0) return null;
  return (
    <span id={id} className="field-problem" data-problem-path={formatPath(path)}>
      {problems.map((p) => problemMessage(p, t, language, 'what')).join('; ')}
    </span>
  );
}

function useProblemProps(path: Path, nested = false) {
  const { problemsAt, problemsUnder } = useEditor();
  const id = useId();
  const invalid = (nested ? problemsUnder(path) : problemsAt(path)).length > 0;
  return { problemId: id, invalidProps: invalid ? { 'aria-invalid': true as const, 'aria-describedby': id } : {} };
}

export function TextField({ label, path, optional, type = 'text', placeholder, field }: { label: string; path: Path; optional?: boolean; type?: string; placeholder?: string; field?: string }) {
  const { get, update } = useEditor();
  const id = useId();
  const { problemId, invalidProps } = useProblemProps(path);
  const value = get(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value === undefined || value === null ? '' : String(value)} placeholder={placeholder} data-path={formatPath(path)} data-field={field}
        onChange={(e) => update(path, optional && e.target.value === '' ? undefined : e.target.value)} {...invalidProps} />
      <Problems id={problemId} path={path} />
    </div>
  );
}

export function NumberField({ label, path, optional, step, min, max }: { label: string; path: Path; optional?: boolean; step?: number; min?: number; max?: number }) {
  const { get, update } = useEditor();
  const id = useId();
  const { problemId, invalidProps } = useProblemProps(path);
  const value = get(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" step={step} min={min} max={max} value={typeof value === 'number' ? value : ''} data-path={formatPath(path)}
        onChange={(e) => update(path, e.target.value === '' ? (optional ? undefined : 0) : Number(e.target.value))} {...invalidProps} />
      <Problems id={problemId} path={path} />
    </div>
  );
}

export function CheckboxField({ label, path }: { label: string; path: Path }) {
  const { get, update } = useEditor();
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={get(path) === true} data-path={formatPath(path)} onChange={(e) => update(path, e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function SelectField({ label, path, options, onChange, optional, value: shown, field }: { label: string; path: Path; options: { value: string; label: string }[]; onChange?: (value: string) => void; optional?: boolean; value?: string; field?: string }) {
  const { get, update, t } = useEditor();
  const id = useId();
  const { problemId, invalidProps } = useProblemProps(path);
  const value = shown ?? get(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === undefined ? '' : String(value)} data-path={formatPath(path)} data-field={field} {...invalidProps}
        onChange={(e) => (onChange ? onChange(e.target.value) : update(path, optional && e.target.value === '' ? undefined : e.target.value))}>
        {(optional || !options.some((o) => o.value === value)) && <option value="">{t('choose')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <Problems id={problemId} path={path} />
    </div>
  );
}

/** One text per language, side by side; optional texts disappear when both are emptied. */
export function LocalizedField({ labels, path, multiline, optional, preview, field }: { labels: [string, string]; path: Path; multiline?: boolean; optional?: boolean; preview?: boolean; field?: string }) {
  const { get, update, language } = useEditor();
  const value = (get(path) as { 'zh-CN'?: string; en?: string } | undefined) ?? {};
  const set = (lang: 'zh-CN' | 'en', text: string) => {
    const next = { 'zh-CN': value['zh-CN'] ?? '', en: value.en ?? '', [lang]: text };
    update(path, optional && next['zh-CN'] === '' && next.en === '' ? undefined : next);
  };
  return (
    <div className="localized">
      <div className="two">
        {(['zh-CN', 'en'] as const).map((lang, i) => (
          <LanguageInput key={lang} label={labels[i]!} path={[...path, lang]} value={value[lang] ?? ''} multiline={multiline} onChange={(text) => set(lang, text)}
            field={field ? `${field}-${lang === 'zh-CN' ? 'zh' : 'en'}` : undefined} />
        ))}
      </div>
      <ProblemsOnly path={path} />
      {preview && (value[language] ?? '') !== '' && (
        <div className="md-preview" role="group" aria-label={`${labels[language === 'zh-CN' ? 0 : 1]} ·`}>
          <MarkdownView blocks={markdownToNodes(value[language] ?? '')} />
        </div>
      )}
    </div>
  );
}

function ProblemsOnly({ path }: { path: Path }) {
  const id = useId();
  return <Problems id={id} path={path} />;
}

function LanguageInput({ label, path, value, multiline, onChange, field }: { label: string; path: Path; value: string; multiline?: boolean; onChange(text: string): void; field?: string }) {
  const id = useId();
  const { problemId, invalidProps } = useProblemProps(path);
  const lang = path[path.length - 1] === 'en' ? 'en' : 'zh-CN';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} lang={lang} value={value} data-path={formatPath(path)} data-field={field} onChange={(e) => onChange(e.target.value)} {...invalidProps} />
      ) : (
        <input id={id} lang={lang} value={value} data-path={formatPath(path)} data-field={field} onChange={(e) => onChange(e.target.value)} {...invalidProps} />
      )}
      <Problems id={problemId} path={path} />
    </div>
  );
}

/** A list of strings, one a line (URL patterns, accepted answers). */
export function LinesField({ label, path, toValue, fromValue }: { label: string; path: Path; toValue?: (lines: string[]) => unknown; fromValue?: (value: unknown) => string[] }) {
  const { get, update } = useEditor();
  const id = useId();
  const { problemId, invalidProps } = useProblemProps(path, true);
  const stored = fromValue ? fromValue(get(path)) : ((get(path) as string[] | undefined) ?? []);
  const [text, setText] = useState(stored.join('\n'));
  const storedText = stored.join('\n');
  useEffect(() => {
    // outside changes (another tab, an undo) replace what is shown, unless it says the same
    setText((current) => (current.split('\n').map((l) => l.trim()).filter(Boolean).join('\n') === storedText ? current : storedText));
  }, [storedText]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={Math.max(2, stored.length + 1)} value={text} data-path={formatPath(path)} {...invalidProps}
        onChange={(e) => {
          setText(e.target.value);
          const lines = e.target.value.split('\n').map((l) => l.trim()).filter(Boolean);
          update(path, toValue ? toValue(lines) : lines);
        }} />
      <Problems id={problemId} path={path} nested />
    </div>
  );
}

/** Roles as checkboxes: built-in roles and the pack's own. */
export function RolesField({ label, path }: { label: string; path: Path }) {
  const { get, update, draft, language } = useEditor();
  const selected = (get(path) as string[] | undefined) ?? [];
  const roles = [...BUILT_IN_ROLES.map((id) => ({ id, title: BUILT_IN_ROLE_TITLES[id] })), ...draft.roles];
  const toggle = (id: string, on: boolean) => update(path, on ? [...selected, id] : selected.filter((r) => r !== id));
  return (
    <fieldset className="roles">
      <legend>{label}</legend>
      {roles.map((role) => (
        <RoleCheck key={role.id} label={role.title[language] || role.id} checked={selected.includes(role.id)} onChange={(on) => toggle(role.id, on)} />
      ))}
      <ProblemsOnly path={path} />
    </fieldset>
  );
}

function RoleCheck({ label, checked, onChange }: { label: string; checked: boolean; onChange(on: boolean): void }) {
  const id = useId();
  return (
    <span className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}

/**
 * A target fingerprint as a mentor knows it: its kind and label (下拉框“病区”), the page it was
 * picked on, a sketch of where it was (when it was picked or recorded with one), and "pick on page"
 * through the authoring tab. The selectors and anchors the player matches by sit under an "advanced" disclosure.
 */
export function TargetField({ path, label, setPage }: { path: Path; label: string; setPage?: boolean }) {
  const { get, t, packKey, flush, language, draft } = useEditor();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const target = get(path) as TargetFingerprint | undefined;
  const sketch = useTargetSketch(target);
  const parent = path.slice(0, -1);
  // where: the step's (question's) own page, else its tour's pages, else the pack's sites
  const ownPage = get([...parent, 'page']);
  const tourPages = path[0] === 'tours' ? (get(['tours', path[1]!, 'urlPatterns']) as string[] | undefined) : undefined;
  const page = typeof ownPage === 'string' && ownPage !== '' ? ownPage : (tourPages?.length ? tourPages : draft.siteRules.map((rule) => rule.urlPattern)).join(' · ');
  const hasPage = get(parent) !== null && typeof get(parent) === 'object' && !('urlPatterns' in (get(parent) as object));
  async function pick() {
    await flush(); // the picked element is written into the stored draft: it must hold every edit first
    const result = await sendMessage('requestPick', { packKey, path, label, ...(setPage ? { setPage } : {}) });
    setStatus(result === 'sent' ? t('pickSent') : t('pickNoTab'));
  }
  return (
    <div className="field target-field">
      <span className="label">{t('target')}</span>
      {sketch.thumbnail}
      <span className="target" data-region="target-summary" data-path={formatPath(path)}>{target ? targetLabel(target, language) : t('noTarget')}</span>
      {target && hasPage && (
        <span className="muted target-page" data-region="target-page">{t('targetPage', { page: page !== '' ? page : t('targetPageUnknown') })}</span>
      )}
      <button type="button" data-action="pick-on-page" onClick={pick}>◎ {t('pickOnPage')}</button>
      {sketch.large}
      {target && (
        <details className="advanced">
          <summary>{t('targetAdvanced')}</summary>
          <code className="block" data-region="target-css">{targetSummary(target)}{target.css.length > 0 ? ` · ${target.css.join(' | ')}` : ''}</code>
        </details>
      )}
      <ProblemsOnly path={path} />
      <span role="status" className="muted">{status}</span>
    </div>
  );
}

/** Up, down and delete for an item of a list in the draft. */
export function ListControls({ path, index, count, label, onMoved }: { path: Path; index: number; count: number; label: string; onMoved?: (to: number | undefined) => void }) {
  const { get, update, t } = useEditor();
  const list = (get(path) as unknown[]) ?? [];
  const move = (to: number) => {
    const next = [...list];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item);
    update(path, next);
    onMoved?.(to);
  };
  return (
    <span className="list-controls">
      <button type="button" aria-label={`${t('moveUp')} · ${label}`} title={t('moveUp')} disabled={index === 0} onClick={() => move(index - 1)}>↑</button>
      <button type="button" aria-label={`${t('moveDown')} · ${label}`} title={t('moveDown')} disabled={index === count - 1} onClick={() => move(index + 1)}>↓</button>
      <button type="button" className="danger" aria-label={`${t('remove')} · ${label}`} onClick={() => {
        update(path, list.filter((_, i) => i !== index));
        onMoved?.(undefined);
      }}>{t('remove')}</button>
    </span>
  );
}
