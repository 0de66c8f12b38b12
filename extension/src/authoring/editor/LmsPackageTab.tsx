import { useEffect, useId, useRef, useState } from 'react';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { roleTitle } from '@preceptor/shared/authoring/operationManual.ts';
import { readLmsKit, lmsKitProblemText, type LmsKit } from '@preceptor/shared/lms/lmsKit.ts';
import { LMS_PACKAGE_FILE_NAMES, lmsCourseFromKit, lmsPackageFromKit, type LmsPackage } from '@preceptor/shared/lms/lmsPackagesFromKit.ts';
import { formatsOf, lmsKitUrl, lmsPackChoices, lmsSelectionOf, packItemKey, pickedCount, scenariosByRole, type LmsFormatChoice, type LmsPicks } from '@preceptor/shared/lms/lmsChoices.ts';
import { lmsBuildProblem } from '@preceptor/shared/lms/lmsBuildError.ts';
import { lmsCourseProblemText, type LmsCourseProblem } from '@preceptor/shared/lms/lmsCourse.ts';
import type { TitleLanguage } from '@preceptor/shared/lms/scorm12Manifest.ts';
import { installedPacks } from '../../packs/installedPacks.ts';
import { megabytes } from '../../packs/packFile.ts';
import { trainingSandboxOrigins } from '../../progress/sandboxOrigins.ts';
import { useHospitalPolicy } from '../../deployment/useHospitalPolicy.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import type { AuthoringTranslate } from '../authoringMessages.ts';
import { useEditor } from './editorContext.tsx';
import { askSandboxAccess, downloadLmsKit, zipObjectUrl } from './lmsKitDownload.ts';

type KitStage = { kind: 'fetching'; url: string; loaded: number; total?: number } | { kind: 'reading' };
type Built = { pkg: LmsPackage; url: string };
type PickKind = keyof LmsPicks;

const NO_PICKS: LmsPicks = { scenarios: new Set(), quizzes: new Set(), tours: new Set() };
const FORMAT_CHOICES: readonly LmsFormatChoice[] = ['scorm12', 'cmi5', 'both'];
/** the standards' own names, the same in every language */
const FORMAT_NAMES: Record<Exclude<LmsFormatChoice, 'both'>, string> = { scorm12: 'SCORM 1.2', cmi5: 'cmi5' };
const TITLE_CHOICES: readonly [TitleLanguage, 'lmsTitle_both' | 'lmsTitle_zh' | 'lmsTitle_en'][] = [['both', 'lmsTitle_both'], ['zh-CN', 'lmsTitle_zh'], ['en', 'lmsTitle_en']];

/** Let the browser paint the progress before a stretch of synchronous work (zipping); a hidden tab paints no frames, so not for long. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 50);
  });

/**
 * The editor's "LMS 课程包" tab (issue 18): the LMS kit from the training sandbox (or a file), the
 * scenarios, quizzes and tours to package, the format, and the zips to download. The packages are
 * built by lmsCourseFromKit / lmsPackageFromKit, the same code as `pnpm lms:package`.
 */
export function LmsPackageTab() {
  const { validation, t, language } = useEditor();
  const installed = useStorageItem(installedPacks);
  const localSandboxes = useStorageItem(trainingSandboxOrigins);
  const policy = useHospitalPolicy();
  // the hospital's list replaces the local one, as for the checklist's drill links (ChecklistPanel.tsx)
  const origins = policy?.policy.sandboxOrigins ?? localSandboxes ?? [];
  const [origin, setOrigin] = useState('');
  const chosenOrigin = origins.includes(origin) ? origin : origins[0];
  const [kit, setKit] = useState<{ name: string; kit: LmsKit } | undefined>(undefined);
  const [kitStage, setKitStage] = useState<KitStage | undefined>(undefined);
  const [kitProblems, setKitProblems] = useState<string[]>([]);
  const [picks, setPicks] = useState<LmsPicks>(NO_PICKS);
  const [format, setFormat] = useState<LmsFormatChoice>('both');
  const [titleLanguage, setTitleLanguage] = useState<TitleLanguage>('both');
  const [building, setBuilding] = useState<{ file: string; done: number; total: number } | undefined>(undefined);
  // the course's and the builders' problems stay structured, so they follow the editor's language; an unexpected error is its own words
  const [buildProblems, setBuildProblems] = useState<(LmsCourseProblem | string)[]>([]);
  const [built, setBuilt] = useState<Built[]>([]);
  const builtHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  // each download link's object URL lives as long as the link
  useEffect(() => () => built.forEach((b) => URL.revokeObjectURL(b.url)), [built]);

  const packs: ContentPack[] = lmsPackChoices(validation.ok ? validation.pack : undefined, installed ?? []);
  const busy = kitStage !== undefined || building !== undefined;
  const count = pickedCount(picks);

  async function acceptKit(name: string, bytes: Uint8Array) {
    setKitStage({ kind: 'reading' });
    await afterPaint();
    const read = readLmsKit(bytes);
    setKitStage(undefined);
    if (!read.ok) {
      // a kit loaded before stays: a wrong file or URL takes nothing away
      setKitProblems([t('lmsKitProblems'), ...read.problems.map((p) => lmsKitProblemText(name, p, language))]);
      return;
    }
    setKit({ name, kit: read.kit });
    // a scenario picked from an earlier kit stays picked when the new kit has it
    setPicks((current) => ({ ...current, scenarios: new Set(read.kit.scenarios.map((s) => s.id).filter((s) => current.scenarios.has(s))) }));
  }

  async function fetchKit() {
    if (!chosenOrigin) return;
    setKitProblems([]);
    // asked first, during the click (a hospital build reaches only the EMR origins it was built for)
    if (!(await askSandboxAccess(chosenOrigin))) {
      setKitProblems([t('lmsKitAccessRefused', { origin: chosenOrigin })]);
      return;
    }
    const url = lmsKitUrl(chosenOrigin);
    setKitStage({ kind: 'fetching', url, loaded: 0 });
    const got = await downloadLmsKit(url, (progress) => setKitStage({ kind: 'fetching', url, ...progress }));
    if (!got.ok) {
      setKitStage(undefined);
      setKitProblems([got.problem === 'not-found' ? t('lmsKitNotFound', { url, answer: got.answer }) : t('lmsKitUnreachable', { url, message: got.message })]);
      return;
    }
    await acceptKit(url, got.bytes);
  }

  async function chooseKitFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setKitProblems([]);
    setKitStage({ kind: 'reading' });
    await acceptKit(file.name, new Uint8Array(await file.arrayBuffer()));
  }

  async function build() {
    if (!kit) return;
    setBuildProblems([]);
    setBuilt([]);
    const outline = lmsCourseFromKit(kit.kit, packs, lmsSelectionOf(picks, kit.kit.scenarios, packs));
    if (!outline.ok) return setBuildProblems(outline.problems);
    const formats = formatsOf(format);
    const made: LmsPackage[] = [];
    try {
      for (const [done, f] of formats.entries()) {
        setBuilding({ file: LMS_PACKAGE_FILE_NAMES[f], done, total: formats.length });
        await afterPaint();
        made.push(lmsPackageFromKit(kit.kit, outline.course, f, { titleLanguage }));
      }
    } catch (error) {
      setBuildProblems([lmsBuildProblem(error)]);
      return;
    } finally {
      setBuilding(undefined);
    }
    setBuilt(made.map((pkg) => ({ pkg, url: zipObjectUrl(pkg.zip) })));
    requestAnimationFrame(() => {
      builtHeading.current?.focus();
      builtHeading.current?.scrollIntoView({ block: 'center' });
    });
  }

  const toggle = (kind: PickKind, keys: readonly string[], on: boolean) =>
    setPicks((current) => {
      const next = new Set(current[kind]);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return { ...current, [kind]: next };
    });

  const scenarioGroups = kit ? scenariosByRole(kit.kit.scenarios) : [];
  return (
    <section aria-labelledby={`${id}-h`} data-region="lms-package">
      <h3 id={`${id}-h`}>{t('tab_lms')}</h3>
      <p className="muted">{t('lmsIntro')}</p>

      <fieldset data-region="lms-kit">
        <legend>{t('lmsKitHeading')}</legend>
        {origins.length === 0 ? (
          <p className="muted">{t('lmsKitNoOrigin')}</p>
        ) : (
          <div className="row start">
            <label htmlFor={`${id}-origin`}>{t('lmsKitOrigin')}</label>
            <select id={`${id}-origin`} value={chosenOrigin} onChange={(e) => setOrigin(e.target.value)} data-field="lms-sandbox-origin">
              {origins.map((o) => <option key={o} value={o}>{o}</option>)}
            </select>
            <button type="button" onClick={() => void fetchKit()} disabled={busy} data-action="lms-fetch-kit">{t('lmsKitFetch')}</button>
          </div>
        )}
        <div className="row start">
          <label htmlFor={`${id}-file`} className="file-label">{t('lmsKitChooseFile')}</label>
          <input id={`${id}-file`} type="file" accept=".zip,application/zip" onChange={(e) => void chooseKitFile(e)} disabled={busy} data-action="lms-kit-file" style={{ width: 'auto' }} />
        </div>
        {kitStage && (
          <progress style={{ width: '100%' }} aria-labelledby={`${id}-kit-stage`} data-region="lms-kit-progress"
            {...(kitStage.kind === 'fetching' && kitStage.total ? { max: kitStage.total, value: kitStage.loaded } : {})} />
        )}
        <div role="status">
          {kitStage && <p id={`${id}-kit-stage`}>{kitStageText(kitStage, t)}</p>}
          {!kitStage && kit && (
            <p className="status" data-region="lms-kit-loaded">
              ✓ {t('lmsKitLoaded', { name: kit.name, builtAt: new Date(kit.kit.builtAt).toLocaleString(language), count: kit.kit.scenarios.length })}
            </p>
          )}
        </div>
        {kitProblems.length > 0 && (
          <div className="problems" role="alert" data-region="lms-kit-problems">
            <p className="error">{kitProblems[0]}</p>
            {kitProblems.length > 1 && <ul>{kitProblems.slice(1).map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>}
          </div>
        )}
      </fieldset>

      <fieldset data-region="lms-picks">
        <legend>{t('lmsPickHeading')}</legend>
        <div className="row start">
          <h4 className="grow" style={{ margin: '4px 0' }}>{t('lmsScenarios')}</h4>
          {kit && <GroupButtons t={t} group={t('lmsScenarios')} onAll={() => toggle('scenarios', kit.kit.scenarios.map((s) => s.id), true)} onNone={() => toggle('scenarios', kit.kit.scenarios.map((s) => s.id), false)} />}
        </div>
        {!kit && <p className="muted">{t('lmsNeedKit')}</p>}
        {scenarioGroups.map((group) => {
          const title = roleTitle({ roles: [] }, group.role, language);
          const ids = group.scenarios.map((s) => s.id);
          return (
            <fieldset key={group.role} data-role={group.role}>
              <legend>{title}</legend>
              <GroupButtons t={t} group={title} onAll={() => toggle('scenarios', ids, true)} onNone={() => toggle('scenarios', ids, false)} />
              {group.scenarios.map((s) => (
                <PickBox key={s.id} id={`${id}-s-${s.id}`} label={s.title[language]} checked={picks.scenarios.has(s.id)} onChange={(on) => toggle('scenarios', [s.id], on)} data={{ 'data-scenario': s.id }} />
              ))}
            </fieldset>
          );
        })}
        {!validation.ok && <p className="muted" data-region="lms-draft-invalid">{t('lmsDraftInvalid')}</p>}
        {packs.length === 0 && <p className="muted">{t('lmsNoPackItems')}</p>}
        {packs.map((pack, index) => {
          const keys = (kind: 'quizzes' | 'tours') => pack[kind].map((item) => packItemKey(pack.id, item.id));
          const title = `${pack.title[language] || pack.id}${index === 0 && validation.ok ? ` ${t('lmsEditedPack')}` : ''}`;
          return (
            <fieldset key={pack.id} data-pack={pack.id}>
              <legend>{t('lmsPackItems', { title })}</legend>
              {pack.quizzes.length + pack.tours.length === 0 && <p className="muted">{t('lmsPackEmpty')}</p>}
              {pack.quizzes.length + pack.tours.length > 0 && <GroupButtons t={t} group={title} onAll={() => { toggle('quizzes', keys('quizzes'), true); toggle('tours', keys('tours'), true); }} onNone={() => { toggle('quizzes', keys('quizzes'), false); toggle('tours', keys('tours'), false); }} />}
              {pack.quizzes.map((q) => {
                const key = packItemKey(pack.id, q.id);
                return <PickBox key={key} id={`${id}-q-${key}`} label={t('lmsQuizLabel', { title: q.title[language] })} checked={picks.quizzes.has(key)} onChange={(on) => toggle('quizzes', [key], on)} data={{ 'data-quiz': key }} />;
              })}
              {pack.tours.map((tour) => {
                const key = packItemKey(pack.id, tour.id);
                return <PickBox key={key} id={`${id}-t-${key}`} label={t('lmsTourLabel', { title: tour.title[language] })} checked={picks.tours.has(key)} onChange={(on) => toggle('tours', [key], on)} data={{ 'data-tour': key }} />;
              })}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset data-region="lms-options">
        <legend>{t('lmsOptionsHeading')}</legend>
        <fieldset>
          <legend>{t('lmsFormat')}</legend>
          {FORMAT_CHOICES.map((f) => (
            <span key={f} className="check" style={{ display: 'inline-flex', marginRight: 14 }}>
              <input type="radio" id={`${id}-f-${f}`} name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} data-format={f} />
              <label htmlFor={`${id}-f-${f}`}>{f === 'both' ? t('lmsFormat_both') : FORMAT_NAMES[f]}</label>
            </span>
          ))}
        </fieldset>
        <div className="row start">
          <label htmlFor={`${id}-title-lang`}>{t('lmsTitleLanguage')}</label>
          <select id={`${id}-title-lang`} value={titleLanguage} onChange={(e) => setTitleLanguage(e.target.value as TitleLanguage)} data-field="lms-title-language">
            {TITLE_CHOICES.map(([value, key]) => <option key={value} value={value}>{t(key)}</option>)}
          </select>
        </div>
      </fieldset>

      <div className="row start">
        <button type="button" className="primary" onClick={() => void build()} disabled={!kit || count === 0 || busy} data-action="lms-build">{t('lmsBuild', { count })}</button>
      </div>
      {building && <progress style={{ width: '100%' }} max={building.total} value={building.done} aria-labelledby={`${id}-build-stage`} data-region="lms-build-progress" />}
      <div role="status">{building && <p id={`${id}-build-stage`}>{t('lmsBuilding', { file: building.file, done: building.done + 1, total: building.total })}</p>}</div>
      {buildProblems.length > 0 && (
        <div className="problems" role="alert" data-region="lms-build-problems">
          <p className="error">{t('lmsBuildFailed')}</p>
          <ul>{buildProblems.map((p, i) => <li key={i}>{typeof p === 'string' ? p : lmsCourseProblemText(p, language)}</li>)}</ul>
        </div>
      )}
      {built.length > 0 && (
        <div data-region="lms-packages">
          <h4 ref={builtHeading} tabIndex={-1}>{t('lmsBuilt')}</h4>
          <ul>
            {built.map(({ pkg, url }) => (
              <li key={pkg.format} data-format={pkg.format}>
                <a href={url} download={pkg.fileName} data-action="lms-download">{t('lmsDownload', { file: pkg.fileName })}</a>{' '}
                <span className="muted">{t('lmsBuiltDetails', { size: megabytes(pkg.zip.byteLength), items: pkg.items, files: pkg.files.length })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function kitStageText(stage: KitStage, t: AuthoringTranslate): string {
  if (stage.kind === 'reading') return t('lmsKitReading');
  const loaded = megabytes(stage.loaded);
  return stage.total ? t('lmsKitFetching', { url: stage.url, loaded, total: megabytes(stage.total) }) : t('lmsKitFetchingUnknown', { url: stage.url, loaded });
}

function GroupButtons({ t, group, onAll, onNone }: { t: AuthoringTranslate; group: string; onAll(): void; onNone(): void }) {
  return (
    <span className="list-controls">
      <button type="button" onClick={onAll} aria-label={t('lmsAllOf', { group })} data-action="lms-all">{t('lmsAll')}</button>
      <button type="button" onClick={onNone} aria-label={t('lmsNoneOf', { group })} data-action="lms-none">{t('lmsNone')}</button>
    </span>
  );
}

function PickBox({ id, label, checked, onChange, data }: { id: string; label: string; checked: boolean; onChange(on: boolean): void; data: Record<string, string> }) {
  return (
    <div className="check">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} {...data} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
