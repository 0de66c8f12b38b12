// The pharmacy dictionary (药品字典): the drugs of DOMAIN.md 4.2 with strength, usual adult
// dose, classes used by the rules engine, antibiotic tier and insurance category.
// Prices are integer fen per dispensing unit (one tablet, capsule, vial, ampoule).

import { z } from 'zod';

/** 途径: po oral, iv push, ivgtt drip, im, ih subcutaneous, id intradermal (skin test), inhal, sl, ext. */
export const Route = z.enum(['po', 'iv', 'ivgtt', 'im', 'ih', 'id', 'inhal', 'sl', 'ext']);
export type Route = z.infer<typeof Route>;

/** 频次 (DOMAIN.md 3.3). */
export const Frequency = z.enum(['qd', 'bid', 'tid', 'qid', 'q6h', 'q8h', 'q12h', 'qn', 'hs', 'qod', 'qw', 'st', 'prn', 'sos']);
export type Frequency = z.infer<typeof Frequency>;

export type FrequencyRule = {
  /** doses per day used for quantity; one-off frequencies count once in total */
  perDay: number;
  /** 'st' and 'sos' are given once, whatever the days */
  once: boolean;
  /** usual administration times on the ward (typical) */
  times: readonly string[];
};

export const FREQUENCIES: Record<Frequency, FrequencyRule> = {
  qd: { perDay: 1, once: false, times: ['08:00'] },
  bid: { perDay: 2, once: false, times: ['08:00', '16:00'] },
  tid: { perDay: 3, once: false, times: ['08:00', '12:00', '16:00'] },
  qid: { perDay: 4, once: false, times: ['08:00', '12:00', '16:00', '20:00'] },
  q6h: { perDay: 4, once: false, times: ['06:00', '12:00', '18:00', '24:00'] },
  q8h: { perDay: 3, once: false, times: ['08:00', '16:00', '24:00'] },
  q12h: { perDay: 2, once: false, times: ['08:00', '20:00'] },
  qn: { perDay: 1, once: false, times: ['20:00'] },
  hs: { perDay: 1, once: false, times: ['21:00'] },
  qod: { perDay: 0.5, once: false, times: ['08:00'] },
  qw: { perDay: 1 / 7, once: false, times: ['08:00'] },
  st: { perDay: 1, once: true, times: [] },
  prn: { perDay: 1, once: false, times: [] },
  sos: { perDay: 1, once: true, times: [] },
};

export const DoseUnit = z.enum(['mg', 'g', 'ml', 'IU', 'U', 'tab']);
export type DoseUnit = z.infer<typeof DoseUnit>;

/** 抗菌药物分级: 非限制 / 限制 / 特殊. */
export const AntibioticTier = z.enum(['non-restricted', 'restricted', 'special']);
export type AntibioticTier = z.infer<typeof AntibioticTier>;
export const ANTIBIOTIC_TIER_RANK: Record<AntibioticTier, number> = { 'non-restricted': 1, restricted: 2, special: 3 };

/** 医保目录: 甲类 fully eligible, 乙类 patient pre-pays a share, 自费 not covered. */
export const InsuranceCategory = z.enum(['A', 'B', 'self']);
export type InsuranceCategory = z.infer<typeof InsuranceCategory>;

/** Classes used for allergy, duplicate-therapy and interaction rules. */
export type DrugClass =
  | 'penicillin' | 'cephalosporin' | 'quinolone' | 'macrolide' | 'carbapenem' | 'glycopeptide' | 'sulfonamide'
  | 'nitroimidazole' | 'nsaid' | 'salicylate' | 'analgesic' | 'antiplatelet' | 'anticoagulant' | 'lmwh'
  | 'biguanide' | 'insulin' | 'ccb' | 'arb' | 'beta-blocker' | 'statin' | 'ppi' | 'loop-diuretic' | 'k-sparing'
  | 'potassium' | 'cardiac-glycoside' | 'steroid' | 'opioid' | 'benzodiazepine' | 'fluid' | 'calcium';

/** 特殊管理药品: 麻醉 narcotic, 精一 / 精二 psychotropic. */
export type ControlledClass = 'narcotic' | 'psych1' | 'psych2';

export type Drug = {
  code: string;
  zh: string;
  en: string;
  /** 规格, e.g. 0.25g×24粒 */
  spec: { zh: string; en: string };
  /** what one dispensed unit holds, in `unit` */
  unitStrength: number;
  unit: DoseUnit;
  /** 发药单位 */
  dispenseUnit: { zh: string; en: string };
  usual: { dose: number; route: Route; frequency: Frequency };
  routes: readonly Route[];
  /** single adult dose above which the order is blocked (typical) */
  maxSingleDose?: number;
  classes: readonly DrugClass[];
  antibioticTier?: AntibioticTier;
  highAlert?: boolean;
  controlled?: ControlledClass;
  /** penicillins need a negative skin test (皮试) before the first dose */
  skinTest?: boolean;
  insuranceCategory: InsuranceCategory;
  priceFen: number;
};

const u = (zh: string, en: string) => ({ zh, en });

export const DRUGS: readonly Drug[] = [
  { code: 'amoxicillin', zh: '阿莫西林胶囊', en: 'Amoxicillin capsules', spec: u('0.25g×24粒', '0.25 g × 24 caps'), unitStrength: 0.25, unit: 'g', dispenseUnit: u('粒', 'cap'), usual: { dose: 0.5, route: 'po', frequency: 'tid' }, routes: ['po'], maxSingleDose: 1, classes: ['penicillin'], antibioticTier: 'non-restricted', skinTest: true, insuranceCategory: 'A', priceFen: 35 },
  { code: 'piperacillin-tazobactam', zh: '注射用哌拉西林钠他唑巴坦钠', en: 'Piperacillin-tazobactam for injection', spec: u('4.5g/支', '4.5 g/vial'), unitStrength: 4.5, unit: 'g', dispenseUnit: u('支', 'vial'), usual: { dose: 4.5, route: 'ivgtt', frequency: 'q8h' }, routes: ['ivgtt'], maxSingleDose: 4.5, classes: ['penicillin'], antibioticTier: 'restricted', skinTest: true, insuranceCategory: 'B', priceFen: 4800 },
  { code: 'cefuroxime', zh: '头孢呋辛酯片', en: 'Cefuroxime axetil tablets', spec: u('0.25g×12片', '0.25 g × 12 tabs'), unitStrength: 0.25, unit: 'g', dispenseUnit: u('片', 'tab'), usual: { dose: 0.25, route: 'po', frequency: 'bid' }, routes: ['po'], maxSingleDose: 0.5, classes: ['cephalosporin'], antibioticTier: 'non-restricted', insuranceCategory: 'A', priceFen: 120 },
  { code: 'ceftriaxone', zh: '注射用头孢曲松钠', en: 'Ceftriaxone for injection', spec: u('1g/支', '1 g/vial'), unitStrength: 1, unit: 'g', dispenseUnit: u('支', 'vial'), usual: { dose: 2, route: 'ivgtt', frequency: 'qd' }, routes: ['ivgtt', 'im'], maxSingleDose: 4, classes: ['cephalosporin'], antibioticTier: 'restricted', insuranceCategory: 'A', priceFen: 900 },
  { code: 'levofloxacin', zh: '左氧氟沙星片', en: 'Levofloxacin tablets', spec: u('0.5g×4片', '0.5 g × 4 tabs'), unitStrength: 0.5, unit: 'g', dispenseUnit: u('片', 'tab'), usual: { dose: 0.5, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 0.75, classes: ['quinolone'], antibioticTier: 'restricted', insuranceCategory: 'A', priceFen: 350 },
  { code: 'azithromycin', zh: '阿奇霉素片', en: 'Azithromycin tablets', spec: u('0.25g×6片', '0.25 g × 6 tabs'), unitStrength: 0.25, unit: 'g', dispenseUnit: u('片', 'tab'), usual: { dose: 0.5, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 1, classes: ['macrolide'], antibioticTier: 'non-restricted', insuranceCategory: 'A', priceFen: 260 },
  { code: 'meropenem', zh: '注射用美罗培南', en: 'Meropenem for injection', spec: u('0.5g/支', '0.5 g/vial'), unitStrength: 0.5, unit: 'g', dispenseUnit: u('支', 'vial'), usual: { dose: 1, route: 'ivgtt', frequency: 'q8h' }, routes: ['ivgtt'], maxSingleDose: 2, classes: ['carbapenem'], antibioticTier: 'special', insuranceCategory: 'B', priceFen: 9800 },
  { code: 'vancomycin', zh: '注射用盐酸万古霉素', en: 'Vancomycin for injection', spec: u('0.5g/支', '0.5 g/vial'), unitStrength: 0.5, unit: 'g', dispenseUnit: u('支', 'vial'), usual: { dose: 1, route: 'ivgtt', frequency: 'q12h' }, routes: ['ivgtt'], maxSingleDose: 2, classes: ['glycopeptide'], antibioticTier: 'special', insuranceCategory: 'B', priceFen: 6800 },
  { code: 'co-trimoxazole', zh: '复方磺胺甲噁唑片', en: 'Co-trimoxazole tablets', spec: u('0.48g×100片', '0.48 g × 100 tabs'), unitStrength: 1, unit: 'tab', dispenseUnit: u('片', 'tab'), usual: { dose: 2, route: 'po', frequency: 'bid' }, routes: ['po'], maxSingleDose: 3, classes: ['sulfonamide'], antibioticTier: 'non-restricted', insuranceCategory: 'A', priceFen: 10 },
  { code: 'metronidazole', zh: '甲硝唑片', en: 'Metronidazole tablets', spec: u('0.2g×100片', '0.2 g × 100 tabs'), unitStrength: 0.2, unit: 'g', dispenseUnit: u('片', 'tab'), usual: { dose: 0.4, route: 'po', frequency: 'tid' }, routes: ['po'], maxSingleDose: 0.8, classes: ['nitroimidazole'], antibioticTier: 'non-restricted', insuranceCategory: 'A', priceFen: 5 },
  { code: 'ibuprofen', zh: '布洛芬缓释胶囊', en: 'Ibuprofen SR capsules', spec: u('0.3g×20粒', '0.3 g × 20 caps'), unitStrength: 0.3, unit: 'g', dispenseUnit: u('粒', 'cap'), usual: { dose: 0.3, route: 'po', frequency: 'bid' }, routes: ['po'], maxSingleDose: 0.6, classes: ['nsaid'], insuranceCategory: 'A', priceFen: 60 },
  { code: 'paracetamol', zh: '对乙酰氨基酚片', en: 'Paracetamol tablets', spec: u('0.5g×12片', '0.5 g × 12 tabs'), unitStrength: 0.5, unit: 'g', dispenseUnit: u('片', 'tab'), usual: { dose: 0.5, route: 'po', frequency: 'prn' }, routes: ['po'], maxSingleDose: 1, classes: ['analgesic'], insuranceCategory: 'A', priceFen: 25 },
  { code: 'aspirin', zh: '阿司匹林肠溶片', en: 'Aspirin EC tablets', spec: u('100mg×30片', '100 mg × 30 tabs'), unitStrength: 100, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 100, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 300, classes: ['antiplatelet', 'nsaid', 'salicylate'], insuranceCategory: 'A', priceFen: 50 },
  { code: 'clopidogrel', zh: '硫酸氢氯吡格雷片', en: 'Clopidogrel tablets', spec: u('75mg×7片', '75 mg × 7 tabs'), unitStrength: 75, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 75, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 300, classes: ['antiplatelet'], insuranceCategory: 'B', priceFen: 320 },
  { code: 'warfarin', zh: '华法林钠片', en: 'Warfarin sodium tablets', spec: u('3mg×100片', '3 mg × 100 tabs'), unitStrength: 3, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 3, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 10, classes: ['anticoagulant'], highAlert: true, insuranceCategory: 'A', priceFen: 30 },
  { code: 'enoxaparin', zh: '依诺肝素钠注射液', en: 'Enoxaparin injection', spec: u('4000IU/0.4ml', '4000 IU/0.4 ml'), unitStrength: 4000, unit: 'IU', dispenseUnit: u('支', 'syringe'), usual: { dose: 4000, route: 'ih', frequency: 'qd' }, routes: ['ih'], maxSingleDose: 10000, classes: ['lmwh', 'anticoagulant'], highAlert: true, insuranceCategory: 'B', priceFen: 3500 },
  { code: 'metformin', zh: '盐酸二甲双胍片', en: 'Metformin tablets', spec: u('0.5g×20片', '0.5 g × 20 tabs'), unitStrength: 0.5, unit: 'g', dispenseUnit: u('片', 'tab'), usual: { dose: 0.5, route: 'po', frequency: 'tid' }, routes: ['po'], maxSingleDose: 1, classes: ['biguanide'], insuranceCategory: 'A', priceFen: 20 },
  { code: 'insulin-aspart', zh: '门冬胰岛素注射液', en: 'Insulin aspart injection', spec: u('300U/3ml', '300 U/3 ml'), unitStrength: 300, unit: 'U', dispenseUnit: u('支', 'pen'), usual: { dose: 6, route: 'ih', frequency: 'tid' }, routes: ['ih'], maxSingleDose: 30, classes: ['insulin'], highAlert: true, insuranceCategory: 'B', priceFen: 7200 },
  { code: 'amlodipine', zh: '苯磺酸氨氯地平片', en: 'Amlodipine tablets', spec: u('5mg×7片', '5 mg × 7 tabs'), unitStrength: 5, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 5, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 10, classes: ['ccb'], insuranceCategory: 'A', priceFen: 150 },
  { code: 'valsartan', zh: '缬沙坦胶囊', en: 'Valsartan capsules', spec: u('80mg×7粒', '80 mg × 7 caps'), unitStrength: 80, unit: 'mg', dispenseUnit: u('粒', 'cap'), usual: { dose: 80, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 320, classes: ['arb'], insuranceCategory: 'A', priceFen: 250 },
  { code: 'metoprolol', zh: '酒石酸美托洛尔片', en: 'Metoprolol tartrate tablets', spec: u('25mg×20片', '25 mg × 20 tabs'), unitStrength: 25, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 25, route: 'po', frequency: 'bid' }, routes: ['po'], maxSingleDose: 100, classes: ['beta-blocker'], insuranceCategory: 'A', priceFen: 30 },
  { code: 'atorvastatin', zh: '阿托伐他汀钙片', en: 'Atorvastatin tablets', spec: u('20mg×7片', '20 mg × 7 tabs'), unitStrength: 20, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 20, route: 'po', frequency: 'qn' }, routes: ['po'], maxSingleDose: 80, classes: ['statin'], insuranceCategory: 'A', priceFen: 200 },
  { code: 'omeprazole', zh: '奥美拉唑肠溶胶囊', en: 'Omeprazole EC capsules', spec: u('20mg×14粒', '20 mg × 14 caps'), unitStrength: 20, unit: 'mg', dispenseUnit: u('粒', 'cap'), usual: { dose: 20, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 40, classes: ['ppi'], insuranceCategory: 'A', priceFen: 40 },
  { code: 'pantoprazole', zh: '泮托拉唑钠肠溶片', en: 'Pantoprazole EC tablets', spec: u('40mg×7片', '40 mg × 7 tabs'), unitStrength: 40, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 40, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 80, classes: ['ppi'], insuranceCategory: 'B', priceFen: 180 },
  { code: 'furosemide', zh: '呋塞米注射液', en: 'Furosemide injection', spec: u('20mg/2ml', '20 mg/2 ml'), unitStrength: 20, unit: 'mg', dispenseUnit: u('支', 'amp'), usual: { dose: 20, route: 'iv', frequency: 'st' }, routes: ['iv', 'im', 'ivgtt'], maxSingleDose: 200, classes: ['loop-diuretic'], insuranceCategory: 'A', priceFen: 90 },
  { code: 'spironolactone', zh: '螺内酯片', en: 'Spironolactone tablets', spec: u('20mg×100片', '20 mg × 100 tabs'), unitStrength: 20, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 20, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 100, classes: ['k-sparing'], insuranceCategory: 'A', priceFen: 8 },
  { code: 'kcl-10', zh: '10%氯化钾注射液', en: '10% potassium chloride injection', spec: u('10ml:1g', '1 g/10 ml'), unitStrength: 10, unit: 'ml', dispenseUnit: u('支', 'amp'), usual: { dose: 10, route: 'po', frequency: 'tid' }, routes: ['po', 'ivgtt'], maxSingleDose: 15, classes: ['potassium'], highAlert: true, insuranceCategory: 'A', priceFen: 60 },
  { code: 'digoxin', zh: '地高辛片', en: 'Digoxin tablets', spec: u('0.25mg×30片', '0.25 mg × 30 tabs'), unitStrength: 0.25, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 0.125, route: 'po', frequency: 'qd' }, routes: ['po'], maxSingleDose: 0.5, classes: ['cardiac-glycoside'], insuranceCategory: 'A', priceFen: 15 },
  { code: 'dexamethasone', zh: '地塞米松磷酸钠注射液', en: 'Dexamethasone injection', spec: u('5mg/1ml', '5 mg/1 ml'), unitStrength: 5, unit: 'mg', dispenseUnit: u('支', 'amp'), usual: { dose: 5, route: 'iv', frequency: 'st' }, routes: ['iv', 'im', 'ivgtt'], maxSingleDose: 20, classes: ['steroid'], insuranceCategory: 'A', priceFen: 50 },
  { code: 'morphine', zh: '盐酸吗啡注射液', en: 'Morphine injection', spec: u('10mg/1ml', '10 mg/1 ml'), unitStrength: 10, unit: 'mg', dispenseUnit: u('支', 'amp'), usual: { dose: 5, route: 'ih', frequency: 'prn' }, routes: ['ih', 'iv', 'im'], maxSingleDose: 10, classes: ['opioid'], highAlert: true, controlled: 'narcotic', insuranceCategory: 'A', priceFen: 600 },
  { code: 'diazepam', zh: '地西泮片', en: 'Diazepam tablets', spec: u('2.5mg×100片', '2.5 mg × 100 tabs'), unitStrength: 2.5, unit: 'mg', dispenseUnit: u('片', 'tab'), usual: { dose: 5, route: 'po', frequency: 'qn' }, routes: ['po'], maxSingleDose: 10, classes: ['benzodiazepine'], controlled: 'psych2', insuranceCategory: 'A', priceFen: 6 },
  { code: 'ns-500', zh: '0.9%氯化钠注射液', en: '0.9% sodium chloride', spec: u('500ml/袋', '500 ml/bag'), unitStrength: 500, unit: 'ml', dispenseUnit: u('袋', 'bag'), usual: { dose: 500, route: 'ivgtt', frequency: 'qd' }, routes: ['ivgtt'], classes: ['fluid'], insuranceCategory: 'A', priceFen: 450 },
  { code: 'calcium-gluconate', zh: '葡萄糖酸钙注射液', en: 'Calcium gluconate injection', spec: u('10ml:1g', '1 g/10 ml'), unitStrength: 10, unit: 'ml', dispenseUnit: u('支', 'amp'), usual: { dose: 10, route: 'iv', frequency: 'st' }, routes: ['iv', 'ivgtt'], maxSingleDose: 20, classes: ['calcium'], insuranceCategory: 'A', priceFen: 80 },
];

const BY_CODE = new Map(DRUGS.map((d) => [d.code, d]));

export function findDrug(code: string): Drug | undefined {
  return BY_CODE.get(code);
}

export function drugName(code: string, lang: 'zh-CN' | 'en'): string {
  const drug = findDrug(code);
  if (!drug) return code;
  return lang === 'en' ? drug.en : drug.zh;
}

/** Drugs whose name, code or pinyin-free English name contains the query (dictionary lookup). */
export function searchDrugs(query: string, limit = 20): Drug[] {
  const q = query.trim().toLowerCase();
  if (q === '') return DRUGS.slice(0, limit);
  return DRUGS.filter((d) => d.zh.includes(q) || d.code.includes(q) || d.en.toLowerCase().includes(q)).slice(0, limit);
}

/** Dispensing units for a course: one-off frequencies count once, others per day × days. */
export function quantityFor(drug: Drug, dose: number, frequency: Frequency, days: number): number {
  const rule = FREQUENCIES[frequency];
  const perDose = Math.ceil(dose / drug.unitStrength - 1e-9);
  if (rule.once) return Math.max(1, perDose);
  return Math.max(1, Math.ceil((dose / drug.unitStrength) * rule.perDay * Math.max(1, days) - 1e-9));
}

/** Allergy text as patients report it (过敏史) → the drug classes it rules out. */
const ALLERGY_TERMS: readonly { match: RegExp; classes: readonly (DrugClass | 'iodinated-contrast')[] }[] = [
  { match: /青霉素|西林|penicillin/i, classes: ['penicillin'] },
  { match: /头孢|cephalospor/i, classes: ['cephalosporin'] },
  { match: /磺胺|sulfa|sulphon/i, classes: ['sulfonamide'] },
  { match: /阿司匹林|aspirin/i, classes: ['salicylate', 'nsaid'] },
  { match: /非甾体|布洛芬|NSAID|ibuprofen/i, classes: ['nsaid'] },
  { match: /碘|造影剂|contrast/i, classes: ['iodinated-contrast'] },
  { match: /喹诺酮|沙星|quinolone/i, classes: ['quinolone'] },
  { match: /大环内酯|阿奇霉素|红霉素|macrolide/i, classes: ['macrolide'] },
];

export type AllergyClass = DrugClass | 'iodinated-contrast';

export function allergyClasses(allergies: readonly string[]): Set<AllergyClass> {
  const out = new Set<AllergyClass>();
  for (const text of allergies) {
    for (const term of ALLERGY_TERMS) if (term.match.test(text)) for (const c of term.classes) out.add(c);
  }
  return out;
}
