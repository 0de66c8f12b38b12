import type { ChecklistItem, QuizQuestion } from '@preceptor/shared/schema/learningContent.ts';
import { BUILT_IN_ROLES, BUILT_IN_ROLE_TITLES } from '@preceptor/shared/schema/learnerProfile.ts';
import { uniqueId } from '@preceptor/shared/authoring/draftPack.ts';
import type { AuthoringKey } from '../authoringMessages.ts';
import { useEditor, type Path } from './editorContext.tsx';
import { CheckboxField, LinesField, ListControls, LocalizedField, NumberField, RolesField, SelectField, TargetField, TextField } from './fields.tsx';
import { LessonLinkFields, newLessonLink, TipLessonField } from './LessonFields.tsx';

const blank = { 'zh-CN': '', en: '' };
const QUESTION_TYPES: QuizQuestion['type'][] = ['single-choice', 'multiple-choice', 'true-false', 'ordering', 'fill-in', 'on-screen'];
const ITEM_KINDS: ChecklistItem['kind'][] = ['tour', 'quiz', 'scenario', 'read', 'lesson', 'sign-off'];

// ---------------------------------------------------------------- quizzes

export function QuizzesTab() {
  const { draft, update, t, language } = useEditor();
  return (
    <div>
      {draft.quizzes.map((quiz, qi) => (
        <details key={qi} className="item" data-quiz={quiz.id} open={draft.quizzes.length === 1}>
          <summary><strong>{quiz.title[language] || quiz.id}</strong> <span className="muted">· {quiz.id} · {quiz.questions.length}</span></summary>
          <div className="item-body">
            <div className="two">
              <TextField label={t('quizId')} path={['quizzes', qi, 'id']} />
              <NumberField label={t('passMark')} path={['quizzes', qi, 'passMark']} step={0.05} min={0} max={1} />
            </div>
            <LocalizedField labels={[t('quizTitleZh'), t('quizTitleEn')]} path={['quizzes', qi, 'title']} />
            <div className="two">
              <NumberField label={t('attemptsLimit')} path={['quizzes', qi, 'attemptsLimit']} optional min={1} />
              <CheckboxField label={t('shuffle')} path={['quizzes', qi, 'shuffle']} />
            </div>
            <RolesField label={t('tourRoles')} path={['quizzes', qi, 'roles']} />
            <h3>{t('questions')}</h3>
            <ol className="cards">
              {quiz.questions.map((question, i) => (
                <li key={i} className="card" data-question={question.id}>
                  <div className="row">
                    <strong>{i + 1}. {question.prompt[language] || question.id}</strong>
                    <span className="grow" />
                    <ListControls path={['quizzes', qi, 'questions']} index={i} count={quiz.questions.length} label={`${i + 1}`} />
                  </div>
                  <QuestionEditor question={question} path={['quizzes', qi, 'questions', i]} />
                </li>
              ))}
            </ol>
            <div className="row end">
              <button type="button" data-action="add-question"
                onClick={() => update(['quizzes', qi, 'questions'], [...quiz.questions, newQuestion('true-false', uniqueId('q1', quiz.questions.map((q) => q.id)))])}>{t('addQuestion')}</button>
              <button type="button" className="danger" onClick={() => update(['quizzes'], draft.quizzes.filter((_, i) => i !== qi))}>{t('deleteQuiz')}</button>
            </div>
          </div>
        </details>
      ))}
      <div className="row end">
        <button type="button" data-action="add-quiz"
          onClick={() => update(['quizzes'], [...draft.quizzes, { id: uniqueId('quiz', draft.quizzes.map((q) => q.id)), title: { ...blank }, roles: [], questions: [newQuestion('true-false', 'q1')], passMark: 0.8, shuffle: true }])}>
          {t('addQuiz')}
        </button>
      </div>
    </div>
  );
}

/** A fresh question of a type, keeping what the types share. */
function newQuestion(type: QuizQuestion['type'], id: string, from?: QuizQuestion): QuizQuestion {
  const base = { id, prompt: from?.prompt ?? { ...blank }, points: from?.points ?? 1, ...(from?.explanation ? { explanation: from.explanation } : {}) };
  const options = () => [{ id: 'a', text: { ...blank } }, { id: 'b', text: { ...blank } }];
  switch (type) {
    case 'single-choice':
      return { ...base, type, options: options(), correct: 'a' };
    case 'multiple-choice':
      return { ...base, type, options: options(), correct: ['a'] };
    case 'true-false':
      return { ...base, type, correct: true };
    case 'ordering':
      return { ...base, type, items: options(), correctOrder: ['a', 'b'] };
    case 'fill-in':
      return { ...base, type, accepted: [], caseSensitive: false };
    case 'on-screen':
      return { ...base, type, target: undefined as never };
  }
}

function QuestionEditor({ question, path }: { question: QuizQuestion; path: Path }) {
  const { update, t } = useEditor();
  return (
    <div>
      <div className="two">
        <TextField label={t('questionId')} path={[...path, 'id']} />
        <SelectField label={t('questionType')} path={[...path, 'type']} options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`qtype_${type.replace('-', '_')}` as AuthoringKey) }))}
          onChange={(type) => update(path, newQuestion(type as QuizQuestion['type'], question.id, question))} />
      </div>
      <LocalizedField labels={[t('promptZh'), t('promptEn')]} path={[...path, 'prompt']} multiline field="prompt" />
      <LocalizedField labels={[t('explanationZh'), t('explanationEn')]} path={[...path, 'explanation']} optional multiline />
      <NumberField label={t('points')} path={[...path, 'points']} min={0.5} max={100} step={0.5} />
      {(question.type === 'single-choice' || question.type === 'multiple-choice') && <OptionsEditor question={question} path={path} />}
      {question.type === 'ordering' && <OrderingEditor question={question} path={path} />}
      {question.type === 'true-false' && (
        <SelectField label={t('correctAnswer')} path={[...path, 'correct']} options={[{ value: 'true', label: t('trueLabel') }, { value: 'false', label: t('falseLabel') }]}
          onChange={(v) => update([...path, 'correct'], v === 'true')} />
      )}
      {question.type === 'fill-in' && (
        <div className="two">
          <LinesField label={t('acceptedAnswers')} path={[...path, 'accepted']} />
          <CheckboxField label={t('caseSensitive')} path={[...path, 'caseSensitive']} />
        </div>
      )}
      {question.type === 'on-screen' && (
        <>
          <TargetField path={[...path, 'target']} label={`${t('questionId')} ${question.id}`} setPage />
          <TextField label={t('questionPage')} path={[...path, 'page']} optional />
        </>
      )}
    </div>
  );
}

function OptionsEditor({ question, path }: { question: Extract<QuizQuestion, { type: 'single-choice' | 'multiple-choice' }>; path: Path }) {
  const { update, t } = useEditor();
  const correct = question.type === 'single-choice' ? [question.correct] : question.correct;
  const setCorrect = (id: string, on: boolean) => {
    if (question.type === 'single-choice') update([...path, 'correct'], id);
    else update([...path, 'correct'], on ? [...correct, id] : correct.filter((c) => c !== id));
  };
  return (
    <fieldset>
      <legend>{t('options')}</legend>
      {question.options.map((option, i) => (
        <div key={i} className="option-row">
          <TextField label={t('optionId')} path={[...path, 'options', i, 'id']} />
          <LocalizedField labels={[t('optionZh'), t('optionEn')]} path={[...path, 'options', i, 'text']} />
          <span className="check">
            <input id={`${path.join('-')}-c${i}`} type={question.type === 'single-choice' ? 'radio' : 'checkbox'} name={`${path.join('-')}-correct`}
              checked={correct.includes(option.id)} onChange={(e) => setCorrect(option.id, e.target.checked)} />
            <label htmlFor={`${path.join('-')}-c${i}`}>{t('correct')}</label>
          </span>
          <ListControls path={[...path, 'options']} index={i} count={question.options.length} label={option.id} />
        </div>
      ))}
      <button type="button" onClick={() => update([...path, 'options'], [...question.options, { id: uniqueId(String.fromCharCode(97 + question.options.length), question.options.map((o) => o.id)), text: { ...blank } }])}>
        {t('addOption')}
      </button>
    </fieldset>
  );
}

function OrderingEditor({ question, path }: { question: Extract<QuizQuestion, { type: 'ordering' }>; path: Path }) {
  const { update, t } = useEditor();
  // the listed order is the correct order
  const setItems = (items: typeof question.items) => update(path, { ...question, items, correctOrder: items.map((i) => i.id) });
  return (
    <fieldset>
      <legend>{t('options')}</legend>
      <p className="muted">{t('orderingHint')}</p>
      {question.items.map((item, i) => (
        <div key={i} className="option-row">
          <TextField label={t('optionId')} path={[...path, 'items', i, 'id']} />
          <LocalizedField labels={[t('optionZh'), t('optionEn')]} path={[...path, 'items', i, 'text']} />
          <span className="list-controls">
            <button type="button" aria-label={`${t('moveUp')} · ${item.id}`} disabled={i === 0} onClick={() => setItems(swap(question.items, i, i - 1))}>↑</button>
            <button type="button" aria-label={`${t('moveDown')} · ${item.id}`} disabled={i === question.items.length - 1} onClick={() => setItems(swap(question.items, i, i + 1))}>↓</button>
            <button type="button" className="danger" aria-label={`${t('remove')} · ${item.id}`} onClick={() => setItems(question.items.filter((_, j) => j !== i))}>{t('remove')}</button>
          </span>
        </div>
      ))}
      <button type="button" onClick={() => setItems([...question.items, { id: uniqueId(String.fromCharCode(97 + question.items.length), question.items.map((o) => o.id)), text: { ...blank } }])}>{t('addOption')}</button>
    </fieldset>
  );
}

function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const out = [...list];
  [out[a], out[b]] = [out[b]!, out[a]!];
  return out;
}

// ---------------------------------------------------------------- checklists

export function ChecklistsTab() {
  const { draft, update, t, language } = useEditor();
  const roleOptions = [...BUILT_IN_ROLES.map((id) => ({ value: id, label: BUILT_IN_ROLE_TITLES[id][language] })), ...draft.roles.map((r) => ({ value: r.id, label: r.title[language] || r.id }))];
  return (
    <div>
      {draft.checklists.map((checklist, ci) => (
        <details key={ci} className="item" data-checklist={checklist.id} open={draft.checklists.length === 1}>
          <summary><strong>{checklist.title[language] || checklist.id}</strong> <span className="muted">· {checklist.role}</span></summary>
          <div className="item-body">
            <div className="two">
              <TextField label={t('checklistId')} path={['checklists', ci, 'id']} />
              <SelectField label={t('checklistRole')} path={['checklists', ci, 'role']} options={roleOptions} />
            </div>
            <TextField label={t('checklistDepartment')} path={['checklists', ci, 'department']} optional />
            <LocalizedField labels={[t('checklistTitleZh'), t('checklistTitleEn')]} path={['checklists', ci, 'title']} />
            <h3>{t('items')}</h3>
            <ol className="cards">
              {checklist.items.map((item, i) => (
                <li key={i} className="card" data-item={item.id}>
                  <div className="row">
                    <strong>{i + 1}. {t(`itemKind_${item.kind}` as AuthoringKey)}</strong>
                    <span className="grow" />
                    <ListControls path={['checklists', ci, 'items']} index={i} count={checklist.items.length} label={item.id} />
                  </div>
                  <ChecklistItemEditor item={item} path={['checklists', ci, 'items', i]} />
                </li>
              ))}
            </ol>
            <div className="row end">
              <button type="button" onClick={() => update(['checklists', ci, 'items'], [...checklist.items, { id: uniqueId('item', checklist.items.map((x) => x.id)), kind: 'sign-off', required: true, title: { ...blank } }])}>{t('addItem')}</button>
              <button type="button" className="danger" onClick={() => update(['checklists'], draft.checklists.filter((_, i) => i !== ci))}>{t('deleteChecklist')}</button>
            </div>
          </div>
        </details>
      ))}
      <div className="row end">
        <button type="button" data-action="add-checklist"
          onClick={() => update(['checklists'], [...draft.checklists, { id: uniqueId('checklist', draft.checklists.map((c) => c.id)), role: 'nurse', title: { ...blank }, items: [] }])}>
          {t('addChecklist')}
        </button>
      </div>
    </div>
  );
}

function ChecklistItemEditor({ item, path }: { item: ChecklistItem; path: Path }) {
  const { draft, update, t, language } = useEditor();
  const changeKind = (kind: string) => {
    const common = { id: item.id, required: item.required, ...(item.dueDays !== undefined ? { dueDays: item.dueDays } : {}) };
    const title = 'title' in item ? item.title : { ...blank };
    update(
      path,
      kind === 'tour' ? { ...common, kind, tourId: draft.tours[0]?.id ?? '' }
      : kind === 'quiz' ? { ...common, kind, quizId: draft.quizzes[0]?.id ?? '' }
      : kind === 'scenario' ? { ...common, kind, scenarioId: '', title }
      : kind === 'read' ? { ...common, kind, title }
      : kind === 'lesson' ? { ...common, kind, lesson: { ...newLessonLink(), ...('title' in item ? { title } : {}) } }
      : { ...common, kind: 'sign-off', title },
    );
  };
  return (
    <div>
      <div className="two">
        <TextField label={t('itemId')} path={[...path, 'id']} />
        <SelectField label={t('itemKind')} path={[...path, 'kind']} options={ITEM_KINDS.map((k) => ({ value: k, label: t(`itemKind_${k}` as AuthoringKey) }))} onChange={changeKind} />
      </div>
      <div className="two">
        <CheckboxField label={t('itemRequired')} path={[...path, 'required']} />
        <NumberField label={t('itemDueDays')} path={[...path, 'dueDays']} optional min={-365} max={365} />
      </div>
      {item.kind === 'tour' && <SelectField label={t('itemTour')} path={[...path, 'tourId']} options={draft.tours.map((x) => ({ value: x.id, label: x.title[language] || x.id }))} />}
      {item.kind === 'quiz' && <SelectField label={t('itemQuiz')} path={[...path, 'quizId']} options={draft.quizzes.map((x) => ({ value: x.id, label: x.title[language] || x.id }))} />}
      {item.kind === 'scenario' && <TextField label={t('itemScenario')} path={[...path, 'scenarioId']} />}
      {'title' in item && <LocalizedField labels={[t('itemTitleZh'), t('itemTitleEn')]} path={[...path, 'title']} />}
      {item.kind === 'lesson' && <LessonLinkFields path={[...path, 'lesson']} />}
      {item.kind === 'read' && (
        <div className="two">
          <SelectField label={t('itemTip')} path={[...path, 'tipId']} optional options={draft.tips.map((x) => ({ value: x.id, label: x.title?.[language] || x.id }))} />
          <TextField label={t('itemUrl')} path={[...path, 'url']} optional type="url" />
        </div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- field tips

export function TipsTab() {
  const { draft, update, t, language } = useEditor();
  return (
    <div>
      {draft.tips.map((tip, i) => (
        <details key={i} className="item" data-tip={tip.id} open={draft.tips.length === 1}>
          <summary><strong>{tip.title?.[language] || tip.id}</strong></summary>
          <div className="item-body">
            <TextField label={t('tipId')} path={['tips', i, 'id']} />
            <LocalizedField labels={[t('tipTitleZh'), t('tipTitleEn')]} path={['tips', i, 'title']} optional />
            <LocalizedField labels={[t('tipBodyZh'), t('tipBodyEn')]} path={['tips', i, 'body']} multiline preview />
            <TargetField path={['tips', i, 'target']} label={`${t('tipId')} ${tip.id}`} />
            <LinesField label={t('tipUrlPatterns')} path={['tips', i, 'urlPatterns']} />
            <RolesField label={t('tipRoles')} path={['tips', i, 'roles']} />
            <TipLessonField path={['tips', i, 'lesson']} />
            <div className="row end">
              <button type="button" className="danger" onClick={() => update(['tips'], draft.tips.filter((_, j) => j !== i))}>{t('deleteTip')}</button>
            </div>
          </div>
        </details>
      ))}
      <div className="row end">
        <button type="button" data-action="add-tip"
          onClick={() => update(['tips'], [...draft.tips, { id: uniqueId('tip', draft.tips.map((x) => x.id)), body: { ...blank }, urlPatterns: [], roles: [], target: undefined as never }])}>
          {t('addTip')}
        </button>
      </div>
    </div>
  );
}
