import { useMemo, useState, useId } from 'react';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { PackOutline } from '@preceptor/shared/schema/packOutline.ts';
import { groupByModule, tourCatalog, type CatalogTour } from '@preceptor/shared/learning/tourCatalog.ts';
import { tourActivityId } from '@preceptor/shared/xapi/vocabulary.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { MyTourStates, PageTourRef } from '../protocol.ts';
import { TourRow, rowState } from './TourRow.tsx';

/** Rows drawn when a module is opened and in a result list; "Show more" adds as many again. The first screen draws the page's tours and module headings, not 600 rows. */
const FIRST_ROWS = 8;
const SEARCH_ROWS = 20;
const HERE_ROWS = 5;

function CappedList({ tours, cap, render }: { tours: CatalogTour[]; cap: number; render(tour: CatalogTour): React.ReactNode }) {
  return <ul className="tours">{tours.slice(0, cap).map(render)}</ul>;
}

/**
 * The learner's main popup view: the tours for this page first, a search over every installed
 * tour (pinyin too), and all tours by module, the learner's role first, each with its state.
 */
export function TourFinder(props: {
  packs: readonly PackOutline[];
  role: string;
  pageTours: PageTourRef[] | undefined;
  /** false until the background has answered which tour runs in this tab and the log the tours' states: rows show no verb until then */
  answered: boolean;
  hasPage: boolean;
  states: MyTourStates;
  language: Language;
  t: Translate;
  onStart(packId: string, tourId: string): void;
  onResume(): void;
}) {
  const { packs, role, pageTours, hasPage, states, language, t } = props;
  const ids = { search: useId(), hint: useId(), forYou: useId(), all: useId() };
  const [query, setQuery] = useState('');
  // the search and its pinyin dictionary (~0.2 MB) load when the learner first reaches the box
  const [search, setSearch] = useState<typeof import('@preceptor/shared/learning/tourSearch.ts') | undefined>(undefined);
  const loadSearch = () => {
    if (!search) void import('@preceptor/shared/learning/tourSearch.ts').then((module) => setSearch(() => module));
  };
  const [caps, setCaps] = useState<Record<string, number>>({});
  // a module's rows are drawn when it is opened: the first screen draws module headings only
  const [openModules, setOpenModules] = useState<ReadonlySet<string>>(new Set());
  const toggleModule = (packId: string, open: boolean) =>
    setOpenModules((current) => (current.has(packId) === open ? current : open ? new Set([...current, packId]) : new Set([...current].filter((id) => id !== packId))));
  const catalog = useMemo(() => tourCatalog(packs, role), [packs, role]);
  const byKey = useMemo(() => new Map(catalog.map((tour) => [tour.key, tour])), [catalog]);
  const groups = useMemo(() => groupByModule(catalog), [catalog]);
  // the pinyin index is the costly part: built once per pack set (not per keystroke), and only
  // once the learner reaches the search box, so the first screen never waits for it
  const index = useMemo(() => search?.buildTourSearchIndex(catalog), [catalog, search]);
  const found = useMemo(() => (search && index && query.trim() ? search.searchTours(index, query).flatMap((key) => byKey.get(key) ?? []) : []), [search, index, query, byKey]);
  const here = useMemo(() => new Map((pageTours ?? []).map((tour) => [`${tour.packId}/${tour.tourId}`, tour])), [pageTours]);

  const cap = (key: string, first: number) => caps[key] ?? first;
  const more = (key: string, first: number, total: number) => {
    const shown = cap(key, first);
    if (shown >= total) return null;
    return (
      <button type="button" className="link" data-action="show-more" onClick={() => setCaps((c) => ({ ...c, [key]: shown + first }))}>
        {t('showMoreTours', { count: Math.min(first, total - shown) })}
      </button>
    );
  };
  const row = (tour: CatalogTour, options: { showModule?: boolean; showDescription?: boolean } = {}) => {
    const onPage = here.get(tour.key);
    return (
      <TourRow key={tour.key} tour={tour} run={onPage?.run} state={rowState(states[tourActivityId(tour.packId, tour.tourId)], onPage?.run)}
        startable={onPage !== undefined} pending={!props.answered} language={language} t={t} {...options}
        onStart={(picked) => props.onStart(picked.packId, picked.tourId)} onResume={() => props.onResume()} />
    );
  };

  const searching = query.trim() !== '';
  const forYou = (pageTours ?? []).flatMap((tour) => byKey.get(`${tour.packId}/${tour.tourId}`) ?? []);
  return (
    <>
      <div className="finder-search" role="search">
        <label htmlFor={ids.search}>{t('searchLabel')}</label>
        <input id={ids.search} type="search" name="tourSearch" value={query} autoComplete="off" spellCheck={false} aria-describedby={ids.hint}
          onFocus={loadSearch} onChange={(e) => { loadSearch(); setQuery(e.target.value); }} />
        <p className="muted hint" id={ids.hint}>{t('searchHint')}</p>
      </div>
      {searching ? (
        <section className="panel" data-region="search-results" aria-label={t('searchLabel')}>
          <p role="status" className="muted search-count" data-region="search-count">
            {index === undefined ? '' : found.length === 0 ? t('searchNone', { query: query.trim() }) : t('searchResults', { count: found.length })}
          </p>
          <CappedList tours={found} cap={cap('search', SEARCH_ROWS)} render={(tour) => row(tour, { showModule: true })} />
          {more('search', SEARCH_ROWS, found.length)}
        </section>
      ) : (
        <>
          <section className="panel" aria-labelledby={ids.forYou} data-region="page-tours">
            <h2 id={ids.forYou}>{t('forYouHeading')}</h2>
            {!hasPage ? (
              <p className="muted">{t('noPage')}</p>
            ) : pageTours && forYou.length === 0 ? (
              <p className="muted">{t('noToursForPage')}</p>
            ) : (
              <>
                <CappedList tours={forYou} cap={cap('here', HERE_ROWS)} render={(tour) => row(tour, { showDescription: true })} />
                {more('here', HERE_ROWS, forYou.length)}
              </>
            )}
          </section>
          <section className="panel" aria-labelledby={ids.all} data-region="all-tours">
            <h2 id={ids.all}>{t('allToursHeading')}</h2>
            {groups.length === 0 && <p className="muted">{t('noToursInstalled')}</p>}
            {groups.map((group) => (
              <details key={group.packId} className="module" data-module={group.packId} onToggle={(e) => toggleModule(group.packId, e.currentTarget.open)}>
                <summary>
                  <span>{group.module[language]}</span> <span className="muted">{t('moduleTourCount', { count: group.tours.length })}</span>
                </summary>
                {openModules.has(group.packId) && (
                  <>
                    <CappedList tours={group.tours} cap={cap(group.packId, FIRST_ROWS)} render={(tour) => row(tour)} />
                    {more(group.packId, FIRST_ROWS, group.tours.length)}
                  </>
                )}
              </details>
            ))}
          </section>
        </>
      )}
    </>
  );
}
