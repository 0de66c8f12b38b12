import { lessonPlayback } from '@preceptor/shared/learning/microLesson.ts';
import type { LessonLink } from '@preceptor/shared/schema/learningContent.ts';
import { useEditor, type Path } from './editorContext.tsx';
import { LocalizedField, SelectField, TextField } from './fields.tsx';

const blank = { 'zh-CN': '', en: '' };

/** A new lesson link to fill in (a checklist item of kind "lesson", or a tip's link). */
export function newLessonLink(): LessonLink {
  return { url: '', title: { ...blank }, kind: 'video' };
}

/** A micro-lesson link's fields (address, kind, title) under `path`, with what the learner's tick will mean. */
export function LessonLinkFields({ path }: { path: Path }) {
  const { get, t } = useEditor();
  const lesson = get(path) as Partial<LessonLink> | undefined;
  const watchable = lesson?.url !== undefined && lesson.kind !== undefined && lessonPlayback({ url: lesson.url, kind: lesson.kind }) === 'watch-in-player';
  return (
    <fieldset className="lesson-link" data-region="lesson-link">
      <legend>{t('lessonLinkHeading')}</legend>
      <div className="two">
        <TextField label={t('lessonUrl')} path={[...path, 'url']} type="url" field="lesson-url" />
        <SelectField label={t('lessonKind')} path={[...path, 'kind']} field="lesson-kind"
          options={[{ value: 'video', label: t('lessonKindVideo') }, { value: 'document', label: t('lessonKindDocument') }]} />
      </div>
      <LocalizedField labels={[t('lessonTitleZh'), t('lessonTitleEn')]} path={[...path, 'title']} field="lesson-title" />
      <p className="muted" data-region="lesson-tick-rule">{t(watchable ? 'lessonWatchable' : 'lessonOpenOnly')}</p>
    </fieldset>
  );
}

/** A field tip's optional lesson link: add it, edit it, remove it. */
export function TipLessonField({ path }: { path: Path }) {
  const { get, update, t } = useEditor();
  const lesson = get(path);
  if (lesson === undefined) {
    return (
      <div className="row">
        <button type="button" data-action="add-tip-lesson" onClick={() => update(path, newLessonLink())}>{t('addTipLesson')}</button>
      </div>
    );
  }
  return (
    <div>
      <LessonLinkFields path={path} />
      <div className="row end">
        <button type="button" data-action="remove-tip-lesson" onClick={() => update(path, undefined)}>{t('removeTipLesson')}</button>
      </div>
    </div>
  );
}
