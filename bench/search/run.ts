/**
 * `pnpm bench search`: the knowledge base's help search (shared/src/learning/helpSearch.ts) over a
 * generated pack set of 600 tours, 2,000 field tips and 200 FAQ entries (deterministic: the same
 * content every run), in Node. Builds the index once (as the help panel does per pack set), then
 * times every keystroke of typed query sequences — pinyin initials, full pinyin, Chinese, English —
 * for a learner's role on one page. Goal: ≤ 50 ms per keystroke. Prints one JSON line.
 *   --rounds N   how many times the whole sequence is typed (default 5)
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildHelpIndex, helpItemsOf, searchHelp } from '../../shared/src/learning/helpSearch.ts';
import { ContentPack } from '../../shared/src/schema/contentPack.ts';
import { seededRandom } from '../../shared/src/hospital/seededRandom.ts';
import { median, percentile, round } from '../lib/stats.ts';

const GOAL_MS = 50;
const ROLES = ['registrar', 'cashier', 'physician', 'nurse', 'pharmacist', 'lab-technician', 'radiology-clerk', 'manager', 'it'];
const MODULES: [string, string, string][] = [
  ['门诊挂号', 'Outpatient registration', 'registration'],
  ['门诊收费', 'Outpatient billing', 'billing'],
  ['住院医嘱', 'Inpatient orders', 'orders'],
  ['护理记录', 'Nursing records', 'nurse'],
  ['处方审核', 'Prescription review', 'pharmacy'],
  ['药品调剂', 'Dispensing', 'pharmacy'],
  ['检验报告', 'Lab reports', 'lab'],
  ['检查预约', 'Exam booking', 'imaging'],
  ['医保结算', 'Insurance settlement', 'billing'],
  ['病历书写', 'Note writing', 'physician'],
  ['发票打印', 'Invoice printing', 'billing'],
  ['库存预警', 'Stock alerts', 'pharmacy'],
];
const ACTIONS: [string, string][] = [
  ['新建', 'create'], ['查询', 'search'], ['修改', 'change'], ['作废', 'void'], ['打印', 'print'], ['审核', 'review'], ['退费', 'refund'],
  ['补录', 'back-entry'], ['核对', 'check'], ['签名', 'sign'], ['导出', 'export'], ['预约', 'book'], ['转科', 'transfer'], ['急诊', 'emergency'],
];
const FIELDS: [string, string][] = [
  ['身份证号', 'ID number'], ['联系电话', 'phone number'], ['就诊卡', 'visit card'], ['科室', 'department'], ['医生', 'doctor'], ['费别', 'fee class'],
  ['剂量', 'dose'], ['频次', 'frequency'], ['给药途径', 'route'], ['标本类型', 'specimen type'], ['危急值', 'critical value'], ['床号', 'bed number'],
  ['过敏史', 'allergies'], ['诊断', 'diagnosis'], ['发票号', 'invoice number'], ['医保类型', 'insurance type'],
];

function generatedPacks(): ContentPack[] {
  const { next: rand, pick } = seededRandom(16);
  const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
  const packs: ContentPack[] = [];
  // 12 packs (one per module) of 50 tours, ~167 tips and ~17 FAQ entries: 600 / 2,000 / 200
  let tips = 0;
  let faqs = 0;
  MODULES.forEach(([zh, en, path], m) => {
    const tours = Array.from({ length: 50 }, (_, i) => {
      const [az, ae] = pick(ACTIONS);
      const [fz, fe] = pick(FIELDS);
      return {
        id: `t${m}-${i}`,
        title: text(`${zh}：${az}${fz}（第${i + 1}课）`, `${en}: ${ae} the ${fe} (lesson ${i + 1})`),
        description: text(`${az}${fz}的完整流程，适用于${zh}岗位。`, `The whole ${ae} flow for the ${fe}.`),
        roles: [pick(ROLES)],
        urlPatterns: [`http://emr.example/${path}/${i % 5}*`],
        steps: [{ id: 's1', title: text(`${az}`, ae), body: text(`点击${az}`, `Click ${ae}`) }],
      };
    });
    const tipCount = m < 8 ? 167 : 166;
    const packTips = Array.from({ length: tipCount }, (_, i) => {
      const [fz, fe] = pick(FIELDS);
      const [az, ae] = pick(ACTIONS);
      tips++;
      return {
        id: `tip${m}-${i}`,
        target: { tag: 'input', anchors: { labelText: fz } },
        title: text(`${fz}`, fe),
        body: text(`${fz}必须在${az}之前填写；如不确定，请咨询${zh}的带教老师。格式错误时系统会提示。`, `Fill in the ${fe} before you ${ae}; ask your ${en} mentor when unsure.`),
        urlPatterns: [`http://emr.example/${path}/${i % 5}*`],
        roles: rand() < 0.5 ? [] : [pick(ROLES)],
      };
    });
    const faqCount = m < 8 ? 17 : 16;
    const packFaqs = Array.from({ length: faqCount }, (_, i) => {
      const [az, ae] = pick(ACTIONS);
      const [fz, fe] = pick(FIELDS);
      faqs++;
      return { id: `faq${m}-${i}`, question: text(`${fz}${az}失败怎么办？`, `What if ${ae} fails for the ${fe}?`), answer: text(`先检查${fz}，再重新${az}。仍不行请报告问题。`, `Check the ${fe}, then ${ae} again.`), roles: rand() < 0.7 ? [] : [pick(ROLES)] };
    });
    packs.push(
      ContentPack.parse({
        schemaVersion: 1,
        id: `bench-${m}`,
        version: '1.0.0',
        title: text(zh, en),
        siteRules: [{ urlPattern: `http://emr.example/${path}*` }],
        tours,
        tips: packTips,
        faqs: packFaqs,
      }),
    );
  });
  if (tips !== 2000 || faqs !== 200) throw new Error(`generated ${tips} tips and ${faqs} FAQ entries`);
  return packs;
}

/** Each query typed one character at a time, as a learner would. */
const QUERIES = ['gh', 'mzgh', 'guahao', '挂号', 'registration', 'sfzh', 'cfsh', 'fp dy', 'invoice print', 'yb js', 'wjz', 'zzzz'];

export default async function run(args: string[]): Promise<void> {
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1])) : 5;
  const packs = generatedPacks();
  const items = helpItemsOf(packs);
  const buildStart = performance.now();
  const index = buildHelpIndex(items);
  const buildMs = performance.now() - buildStart;
  const options = { role: 'registrar', url: 'http://emr.example/registration/1/new?visit=x' };
  searchHelp(index, 'warm', options);
  const times: number[] = [];
  const slowestByQuery: Record<string, number> = {};
  let hitsForGh = 0;
  for (let r = 0; r < rounds; r++) {
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n++) {
        const typed = query.slice(0, n);
        const start = performance.now();
        const found = searchHelp(index, typed, options);
        const ms = performance.now() - start;
        times.push(ms);
        slowestByQuery[query] = Math.max(slowestByQuery[query] ?? 0, ms);
        if (typed === 'gh') hitsForGh = found.total;
      }
    }
  }
  const p95 = percentile(times, 95);
  console.log(
    JSON.stringify({
      bench: 'search',
      items: { tours: packs.reduce((n, p) => n + p.tours.length, 0), tips: packs.reduce((n, p) => n + p.tips.length, 0), faqs: packs.reduce((n, p) => n + (p.faqs?.length ?? 0), 0), indexed: items.length },
      indexBuildMs: round(buildMs, 0),
      keystrokes: times.length,
      msPerKeystroke: { p50: round(median(times), 2), p95: round(p95, 2), max: round(Math.max(...times), 2) },
      slowestMsByQuery: Object.fromEntries(Object.entries(slowestByQuery).map(([q, ms]) => [q, round(ms, 2)])),
      hitsForGh,
      goalMs: GOAL_MS,
      goalMet: Math.max(...times) <= GOAL_MS,
      cpus: os.cpus().length,
      loadAverage1m: round(os.loadavg()[0]!, 2),
    }),
  );
}
