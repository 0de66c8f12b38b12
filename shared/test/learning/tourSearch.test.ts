import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { groupByModule, tourCatalog, estimatedMinutes } from '../../src/learning/tourCatalog.ts';
import { buildTourSearchIndex, searchTours } from '../../src/learning/tourSearch.ts';
import { demoPack } from '../packFixtures.ts';
import { packOutline } from '../../src/schema/packOutline.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const outlines = () => packs().map(packOutline);

/** Two modules: outpatient (挂号, 收费) and the ward (医嘱, 护理), with tours for several roles. */
function packs(): ContentPack[] {
  const base = demoPack();
  const step = base.tours[0].steps[0];
  const tour = (id: string, title: { 'zh-CN': string; en: string }, roles: string[], steps = 5) => ({
    id,
    title,
    roles,
    steps: Array.from({ length: steps }, (_, i) => ({ ...step, id: `s${i}` })),
  });
  const outpatient = ContentPack.parse({
    ...base,
    id: 'outpatient',
    title: text('门诊模块', 'Outpatient module'),
    checklists: [],
    quizzes: [],
    tips: [],
    tours: [
      tour('billing', text('门诊收费', 'Outpatient billing'), ['cashier'], 3),
      tour('registration', text('门诊挂号入门', 'Outpatient registration basics'), ['registrar']),
      tour('welcome', text('系统概览', 'System overview'), []),
    ],
  });
  const ward = ContentPack.parse({
    ...base,
    id: 'ward',
    title: text('住院病区', 'Inpatient ward'),
    checklists: [],
    quizzes: [],
    tips: [],
    tours: [
      tour('orders', text('开立长期医嘱', 'Writing standing orders'), ['physician'], 4),
      tour('nursing', text('护理记录书写', 'Nursing records'), ['nurse'], 2),
      tour('accounts', text('账号与权限', 'User accounts'), ['it'], 2),
    ],
  });
  return [outpatient, ward];
}

function search(query: string, role = 'registrar'): string[] {
  return searchTours(buildTourSearchIndex(tourCatalog(outlines(), role)), query);
}

describe('tour search', () => {
  it('finds 挂号 by pinyin initials and by full pinyin', () => {
    // and not 账号 (zhanGHao): a full-pinyin match starts a syllable
    expect(search('gh')).toEqual(['outpatient/registration']);
    expect(search('zhanghao')).toEqual(['ward/accounts']);
    expect(search('hao')).toEqual(['outpatient/registration', 'ward/accounts']);
    expect(search('guahao')).toEqual(['outpatient/registration']);
    expect(search('GuaHao')).toEqual(['outpatient/registration']);
    expect(search('gua hao')).toEqual(['outpatient/registration']);
  });

  it('finds by Chinese text and by English words, every word of the query must match', () => {
    expect(search('医嘱')).toEqual(['ward/orders']);
    expect(search('records')).toEqual(['ward/nursing']);
    expect(search('outpatient billing')).toEqual(['outpatient/billing']);
    expect(search('outpatient nursing')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('xyzq')).toEqual([]);
  });

  it('reads polyphones in their word: 长期 is changqi, not zhangqi', () => {
    expect(search('changqi')).toEqual(['ward/orders']);
    expect(search('cqyz')).toEqual(['ward/orders']);
    expect(search('zhangqi')).toEqual([]);
  });

  it('searches the module and the role titles too, title matches first', () => {
    // the module: every tour of the ward pack, by its pinyin initials 住院病区 = zybq
    expect(search('zybq').sort()).toEqual(['ward/accounts', 'ward/nursing', 'ward/orders']);
    // the role: 护士 (nurse) is only on the nursing tour; 护理 in its title ranks it above a role match
    expect(search('hushi')).toEqual(['ward/nursing']);
    expect(search('cashier')).toEqual(['outpatient/billing']);
    // "门诊" is in the outpatient module title and in two tour titles: the title matches come first
    expect(search('门诊').slice(0, 2).sort()).toEqual(['outpatient/billing', 'outpatient/registration']);
    expect(search('门诊')[2]).toBe('outpatient/welcome');
  });
});

describe('tour catalog', () => {
  it('puts the learner role first, then tours for everyone, then other roles', () => {
    expect(tourCatalog(outlines(), 'nurse').map((t) => [t.key, t.audience])).toEqual([
      ['ward/nursing', 'mine'],
      ['outpatient/welcome', 'everyone'],
      ['outpatient/billing', 'other'],
      ['outpatient/registration', 'other'],
      ['ward/orders', 'other'],
      ['ward/accounts', 'other'],
    ]);
    expect(tourCatalog(outlines(), undefined)[0]!.key).toBe('outpatient/welcome');
  });

  it('ties in the search keep the role-first order', () => {
    const index = buildTourSearchIndex(tourCatalog(outlines(), 'physician'));
    // "module" is only in the outpatient module's title, an equal match for its three tours: the tour for everyone first
    expect(searchTours(index, 'module')).toEqual(['outpatient/welcome', 'outpatient/billing', 'outpatient/registration']);
    // the ward module's initials match its three tours equally: the physician's own tour first, then pack order
    expect(searchTours(index, 'zybq')).toEqual(['ward/orders', 'ward/nursing', 'ward/accounts']);
  });

  it('groups by module, the module with the learner role first', () => {
    const groups = groupByModule(tourCatalog(outlines(), 'nurse'));
    expect(groups.map((g) => [g.packId, g.tours.map((t) => t.tourId)])).toEqual([
      ['ward', ['nursing', 'orders', 'accounts']],
      ['outpatient', ['welcome', 'billing', 'registration']],
    ]);
    expect(groups[0]!.module.en).toBe('Inpatient ward');
    expect(groupByModule(tourCatalog(outlines(), 'cashier')).map((g) => g.packId)).toEqual(['outpatient', 'ward']);
  });

  it('each tour carries its step count and an estimate of its length', () => {
    const registration = tourCatalog(outlines(), 'registrar').find((t) => t.key === 'outpatient/registration')!;
    expect(registration.stepCount).toBe(5);
    expect(registration.minutes).toBe(2);
    expect(registration.roleTitles).toEqual([text('挂号员', 'Registrar')]);
    expect([1, 2, 3, 5, 10].map(estimatedMinutes)).toEqual([1, 1, 2, 2, 4]);
  });
});

describe('a realistic pack set', () => {
  it('600 tours: one index built once answers pinyin-initial and mixed searches', () => {
    const base = packs()[0]!;
    const big = Array.from({ length: 12 }, (_, p) =>
      ContentPack.parse({
        ...base,
        id: `module-${p}`,
        title: text(`模块${p}病区`, `Module ${p}`),
        tours: Array.from({ length: 50 }, (_, i) => ({ ...base.tours[1]!, id: `tour-${i}`, title: text(`第${i}课 门诊挂号与收费结算`, `Lesson ${i} registration and billing`) })),
      }),
    );
    const catalog = tourCatalog(big.map(packOutline), 'registrar');
    expect(catalog).toHaveLength(600);
    const index = buildTourSearchIndex(catalog);
    expect(searchTours(index, 'gh')).toHaveLength(600);
    expect(searchTours(index, 'mk3 di7ke')).toEqual(['module-3/tour-7']);
    // how fast a keystroke's search is: `pnpm bench search` (no timed assertions in tests)
  });
});
