import { useEffect } from 'react';
import { operationManual, type ManualScope, type OperationManual } from '@preceptor/shared/authoring/operationManual.ts';
import { DEFAULT_LANGUAGE, Language } from '@preceptor/shared/schema/localizedText.ts';
import { authoringTranslator, type AuthoringTranslate } from '../authoringMessages.ts';
import { authoredPacks } from '../authoringStore.ts';
import { MarkdownView } from '../editor/MarkdownView.tsx';
import { TargetSketchImage } from '../editor/TargetSketchImage.tsx';
import { useStorageItem } from '../../ui/useStorageItem.ts';

const params = new URLSearchParams(location.search);
const packKey = params.get('pack') ?? '';
const tourId = params.get('tour');
const roleId = params.get('role');
const parsedLanguage = Language.safeParse(params.get('lang'));
const language: Language = parsedLanguage.success ? parsedLanguage.data : DEFAULT_LANGUAGE;
const scope: ManualScope = tourId !== null ? { kind: 'tour', tourId } : { kind: 'role', roleId: roleId ?? '' };

/**
 * The printable 操作手册 (issue 16 item 3): a cover, a table of contents and one chapter per tour,
 * in the language chosen in the editor's dialog (not the UI's). Built from the mentor's saved
 * draft by the shared manual model; the pack's texts render as text through the markdown subset.
 * Printing (or saving as PDF) is the browser's own; manualPrint.css lays it out on A4.
 */
export function ManualPage() {
  const t = authoringTranslator(language);
  const packs = useStorageItem(authoredPacks);
  const authored = packs?.find((p) => p.key === packKey);
  const result = authored ? operationManual(authored.draft, scope, language, new Date()) : undefined;
  const manual = result?.ok ? result.manual : undefined;

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = manual ? `${t('manualHeading')} · ${manual.packTitle}${manual.role ? ` · ${manual.role}` : ''}` : t('manualHeading');
  }, [manual, t]);

  if (!packs) return null;
  if (!authored || !result?.ok) {
    return (
      <main className="manual-sheet">
        <h1>{t('manualHeading')}</h1>
        <p className="error" role="alert" data-region="manual-missing">{!authored ? t('manualNotFoundPack') : t(`manualNotFound_${result!.ok ? 'no-such-tour' : result!.reason}`)}</p>
      </main>
    );
  }
  return <ManualDocument manual={manual!} t={t} />;
}

/** A step's sketch on the page: wide enough to read the layout, small enough to keep a step on one A4 page. */
const MANUAL_SKETCH_WIDTH = 360;

export function ManualDocument({ manual, t }: { manual: OperationManual; t: AuthoringTranslate }) {
  const single = manual.role === undefined ? manual.sections[0] : undefined;
  return (
    <>
      <div className="manual-toolbar no-print" role="toolbar" aria-label={t('manualHeading')}>
        <button type="button" className="primary" data-action="print" onClick={() => window.print()}>{t('manualPrint')}</button>
      </div>
      <main className="manual-sheet" data-region="manual" data-language={manual.language}>
        <section className="manual-cover" aria-labelledby="manual-h">
          <p className="manual-kicker">{manual.packTitle}</p>
          <h1 id="manual-h">{t('manualHeading')}{manual.role ? ` · ${manual.role}` : single ? ` · ${single.title}` : ''}</h1>
          <dl className="manual-facts">
            <dt>{t('manualPack')}</dt><dd data-field="pack">{manual.packTitle} <span className="muted">({manual.packId})</span></dd>
            <dt>{t('manualVersion')}</dt><dd data-field="version">{manual.version}</dd>
            {manual.role ? <><dt>{t('manualRole')}</dt><dd data-field="role">{manual.role}</dd></> : <><dt>{t('manualScopeTour')}</dt><dd data-field="tour">{single?.title}</dd></>}
            <dt>{t('manualDate')}</dt><dd data-field="date"><time dateTime={manual.date}>{manual.date}</time></dd>
          </dl>
          <p className="muted manual-note">{t('manualDraftNote', { version: manual.version })}</p>
          <nav aria-labelledby="manual-toc-h" className="manual-toc">
            <h2 id="manual-toc-h">{t('manualContents')}</h2>
            <ol>
              {manual.sections.map((s) => (
                <li key={s.anchor}><a href={`#${s.anchor}`}>{s.title}</a> <span className="muted">· {t('manualSteps', { count: s.steps.length })}</span></li>
              ))}
            </ol>
          </nav>
        </section>
        {manual.sections.map((section) => (
          <section key={section.anchor} id={section.anchor} className="manual-chapter" aria-labelledby={`${section.anchor}-h`} data-tour={section.tourId}>
            <p className="manual-kicker">{t('manualChapter', { n: section.number })}</p>
            <h2 id={`${section.anchor}-h`}>{section.title}</h2>
            <p className="muted">{t('manualForRoles')}: {section.roles.length > 0 ? section.roles.join(manual.language === 'zh-CN' ? '、' : ', ') : t('manualEveryone')}</p>
            {section.description && <div className="manual-description"><MarkdownView blocks={section.description} /></div>}
            <ol className="manual-steps">
              {section.steps.map((step) => (
                <li key={step.stepId} className="manual-step" data-step={step.stepId}>
                  <h3><span className="manual-step-number">{t('manualStep', { n: step.number })}</span> {step.title}</h3>
                  <div className="manual-body"><MarkdownView blocks={step.body} /></div>
                  <dl className="manual-where">
                    <dt>{t('manualElement')}</dt>
                    <dd data-field="element">{step.element ?? t('manualNoElement')}</dd>
                    <dt>{t('manualPage')}</dt>
                    <dd data-field="page">{step.pages.length > 0 ? step.pages.map((p, i) => <code key={i}>{p}</code>) : t('manualAnyPage')}</dd>
                  </dl>
                  {step.sketch && (
                    <figure className="manual-sketch">
                      <TargetSketchImage drawing={step.sketch} width={MANUAL_SKETCH_WIDTH} />
                      <figcaption className="muted">{step.sketch.label}</figcaption>
                    </figure>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
    </>
  );
}
