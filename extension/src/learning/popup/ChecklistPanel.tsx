import { useEffect, useRef, useState } from 'react';
import type { ChecklistItemProgress, ChecklistProgress } from '@preceptor/shared/learning/checklistProgress.ts';
import type { PackOutline } from '@preceptor/shared/schema/packOutline.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { MessageKey, Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { signOffGate } from '@preceptor/shared/learning/signOffLockout.ts';
import { mentorSignOffAttempts } from '../signOffAttempts.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { scenarioPracticeUrl } from '@preceptor/shared/scenario/scenarioLink.ts';
import { trainingSandboxOrigins } from '../../progress/sandboxOrigins.ts';
import { useHospitalPolicy } from '../../deployment/useHospitalPolicy.ts';
import { ReadingAction } from './ReadingAction.tsx';
import { LessonAction } from './LessonAction.tsx';

interface Props {
  packs: PackOutline[];
  tabId: number | undefined;
  language: Language;
  t: Translate;
  /** something changed the log (a tour started, a tick): re-read */
  refreshKey: number;
  /**
   * The tour running in this tab as the background said (null: none, or it could not say;
   * undefined: not answered yet). A checklist tour that runs here is resumed, never restarted.
   */
  runHere: { packId: string; tourId: string } | null | undefined;
  onStartTour(packId: string, tourId: string): void;
  onResumeTour(): void;
}

function itemTitle(pack: PackOutline | undefined, progress: ChecklistItemProgress, language: Language): string {
  const { item } = progress;
  if (item.kind === 'tour') return pack?.tours.find((t) => t.id === item.tourId)?.title[language] ?? item.tourId;
  if (item.kind === 'quiz') return pack?.quizzes.find((q) => q.id === item.quizId)?.title[language] ?? item.quizId;
  if (item.kind === 'lesson') return item.lesson.title[language];
  return item.title[language];
}

/** The learner's role checklists: ticks derived from the statement log, the next item one click away. */
export function ChecklistPanel({ packs, tabId, language, t, refreshKey, runHere, onStartTour, onResumeTour }: Props) {
  const [lists, setLists] = useState<ChecklistProgress[] | undefined>(undefined);
  const [signing, setSigning] = useState<string | undefined>(undefined);
  /** what the last sign-off try said, shown next to the code field */
  const [signOffOutcome, setSignOffOutcome] = useState<'checking' | 'wrong-code' | 'no-mentors' | undefined>(undefined);
  const attempts = useStorageItem(mentorSignOffAttempts);
  const localSandboxes = useStorageItem(trainingSandboxOrigins);
  const policy = useHospitalPolicy();
  // the hospital's list replaces the local one, as for the relay (progress/sandboxOrigins.ts relayOrigins)
  const sandboxOrigins = policy?.policy.sandboxOrigins ?? localSandboxes ?? [];
  const codeField = useRef<HTMLInputElement>(null);
  const now = useClock(signing !== undefined);
  const reload = () => void sendMessage('myChecklists', undefined).then(setLists);
  useEffect(reload, [refreshKey, packs]);

  async function tick(packId: string, checklistId: string, itemId: string, mentor?: { staffNumber: string; code: string }) {
    if (mentor) setSignOffOutcome('checking');
    const outcome = await sendMessage('tickChecklistItem', { packId, checklistId, itemId, ...(mentor ? { mentor } : {}) });
    setSignOffOutcome(outcome === 'wrong-code' || outcome === 'no-mentors' ? outcome : undefined);
    if (outcome === 'ok') setSigning(undefined);
    // the submit button was disabled while checking: put focus back in the code field, text selected for retyping
    else if (mentor) requestAnimationFrame(() => { codeField.current?.focus(); codeField.current?.select(); });
    reload();
  }

  /** The status next to the code field: lock and time left, wrong code and tries left, or checking. */
  function signOffStatus(packId: string): { text: string; error: boolean; locked: boolean } {
    const gate = signOffGate(attempts?.[packId], now);
    if (gate.locked) return { text: t('mentorLocked', { minutes: Math.max(1, Math.ceil(gate.remainingMs / 60_000)) }), error: true, locked: true };
    if (signOffOutcome === 'checking') return { text: t('mentorChecking'), error: false, locked: false };
    if (signOffOutcome === 'no-mentors') return { text: t('mentorNoMentors'), error: true, locked: false };
    if (signOffOutcome === 'wrong-code') return { text: `${t('mentorWrongCode')} ${t('mentorAttemptsLeft', { count: gate.attemptsLeft })}`, error: true, locked: false };
    return { text: '', error: false, locked: false };
  }

  function action(list: ChecklistProgress, progress: ChecklistItemProgress) {
    const { item } = progress;
    const key = `${list.checklist.id}/${item.id}`;
    switch (item.kind) {
      case 'tour':
        // until the background says which tour runs here, no verb: "start" would restart a running one
        if (runHere === undefined) return <button type="button" disabled data-action="tour-pending">{t('tourActionsPending')}</button>;
        if (runHere?.packId === list.packId && runHere.tourId === item.tourId) {
          return <button type="button" data-action="resume-tour" onClick={onResumeTour}>{t('checklistResumeTour')}</button>;
        }
        return <button type="button" onClick={() => onStartTour(list.packId, item.tourId)}>{t('checklistStartTour')}</button>;
      case 'quiz': {
        const url = browser.runtime.getURL(`/quiz.html?pack=${encodeURIComponent(list.packId)}&quiz=${encodeURIComponent(item.quizId)}${tabId !== undefined ? `&tab=${tabId}` : ''}`);
        return <button type="button" data-action="open-quiz" onClick={() => void browser.tabs.create({ url })}>{t('checklistOpenQuiz')}</button>;
      }
      case 'read': {
        const tip = item.tipId === undefined ? undefined : packs.find((p) => p.id === list.packId)?.tips.find((x) => x.id === item.tipId);
        return (
          <ReadingAction item={item} tip={tip} language={language} t={t}
            openTab={async (url) => (await browser.tabs.create({ url, active: false })).id}
            showTab={(id) => void browser.tabs.update(id, { active: true })}
            onRead={() => tick(list.packId, list.checklist.id, item.id)} />
        );
      }
      case 'lesson':
        return (
          <LessonAction item={item} t={t}
            lessonPageUrl={browser.runtime.getURL(`/lesson.html?pack=${encodeURIComponent(list.packId)}&checklist=${encodeURIComponent(list.checklist.id)}&item=${encodeURIComponent(item.id)}`)}
            openTab={async (url) => (await browser.tabs.create({ url, active: false })).id}
            showTab={(id) => void browser.tabs.update(id, { active: true })}
            onOpened={async () => {
              await sendMessage('recordLesson', { packId: list.packId, checklistId: list.checklist.id, itemId: item.id, report: { outcome: 'opened' } });
              reload();
            }} />
        );
      case 'scenario': {
        const url = scenarioPracticeUrl(sandboxOrigins, item.scenarioId);
        if (!url) return <span className="muted" data-region="no-sandbox">{t('checklistScenarioNoSandbox')}</span>;
        return (
          <a href={url} target="_blank" rel="noopener noreferrer" data-action="open-scenario">
            {t('checklistScenarioLink')}<span className="sr-only"> {t('checklistNewTab')}</span>
          </a>
        );
      }
      case 'sign-off': {
        if (signing !== key) {
          return <button type="button" data-action="sign-off" onClick={() => { setSignOffOutcome(undefined); setSigning(key); }}>{t('checklistSignOff')}</button>;
        }
        const status = signOffStatus(list.packId);
        const statusId = `${key}-code-status`;
        return (
          <form className="signoff" onSubmit={(e) => {
            e.preventDefault();
            if (status.locked || signOffOutcome === 'checking') return;
            const form = new FormData(e.currentTarget);
            void tick(list.packId, list.checklist.id, item.id, { staffNumber: String(form.get('staffNumber') ?? ''), code: String(form.get('code') ?? '') });
          }}>
            <label htmlFor={`${key}-staff`}>{t('mentorStaffNumber')}</label>
            <input id={`${key}-staff`} name="staffNumber" required maxLength={20} autoComplete="off" aria-describedby={statusId} />
            <label htmlFor={`${key}-code`}>{t('mentorCode')}</label>
            <input ref={codeField} id={`${key}-code`} name="code" type="password" required maxLength={64} autoComplete="off"
              aria-describedby={statusId} aria-invalid={status.error ? true : undefined} />
            {/* polite live region: says the lock once, then again only when the minutes change */}
            <p id={statusId} className={`signoff-status ${status.error ? 'error' : 'muted'}`} aria-live="polite" data-region="sign-off-status"
              data-locked={status.locked ? 'true' : 'false'}>{status.text}</p>
            <button type="submit" className="primary" disabled={status.locked || signOffOutcome === 'checking'}>{t('mentorConfirm')}</button>
          </form>
        );
      }
    }
  }

  if (!lists) return null;
  return (
    <section className="panel" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t('checklistHeading')}</h2>
      {lists.length === 0 && <p className="muted">{t('checklistNone')}</p>}
      {lists.map((list) => {
        const pack = packs.find((p) => p.id === list.packId);
        const percent = list.requiredTotal === 0 ? 100 : Math.round((list.requiredDone / list.requiredTotal) * 100);
        return (
          <div key={`${list.packId}/${list.checklist.id}`} data-checklist={list.checklist.id}>
            <div className="row">
              <strong>{list.checklist.title[language]}</strong>
              <span className="muted" data-region="checklist-progress">{t('checklistProgress', { done: list.requiredDone, total: list.requiredTotal })}</span>
            </div>
            <div className="progressbar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={list.checklist.title[language]}>
              <span style={{ width: `${percent}%` }} />
            </div>
            <ul className="tours">
              {list.items.map((progress) => {
                const isNext = list.next?.item.id === progress.item.id;
                return (
                  <li key={progress.item.id} data-item={progress.item.id} data-done={progress.done ? 'true' : 'false'}>
                    <div className="row">
                      <span>
                        <span aria-hidden="true">{progress.done ? '✓ ' : '○ '}</span>
                        <span className="sr-only">{progress.done ? t('checklistDone') : ''}</span>
                        {itemTitle(pack, progress, language)}
                        <span className="muted"> · {t(`kind_${progress.item.kind}` as MessageKey)}{progress.item.required ? '' : ` · ${t('checklistOptional')}`}</span>
                      </span>
                      {isNext && <span className="status">{t('checklistNext')}</span>}
                    </div>
                    {(progress.due || progress.overdue) && (
                      <div className={progress.overdue ? 'error' : 'muted'}>
                        {progress.due ? t('checklistDue', { date: progress.due }) : ''} {progress.overdue ? `· ${t('checklistOverdue')}` : ''}
                      </div>
                    )}
                    {!progress.done && <div className="row" style={{ justifyContent: 'flex-end' }}>{action(list, progress)}</div>}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** Now, ticking each second while `running` (the lock's minutes left; announced only when they change). */
function useClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
