// The price list (收费项目) for inpatient services and materials; drugs, lab tests and exams
// are priced in their own dictionaries. Each item carries its 医保 category (甲/乙/自费).

import { findDrug, type InsuranceCategory } from './drugCatalog.ts';
import type { FeeCategory } from './hospitalState.ts';
import { findImagingExam } from './imaging.ts';
import { findLabTest } from './labCatalog.ts';

export type ServiceItem = {
  code: string;
  zh: string;
  en: string;
  feeCategory: FeeCategory;
  unitPriceFen: number;
  insuranceCategory: InsuranceCategory;
};

export const SERVICE_ITEMS: readonly ServiceItem[] = [
  { code: 'bed-general', zh: '普通病房床位费', en: 'General ward bed (day)', feeCategory: 'bed', unitPriceFen: 5000, insuranceCategory: 'A' },
  { code: 'bed-icu', zh: '重症监护床位费', en: 'ICU bed (day)', feeCategory: 'bed', unitPriceFen: 30000, insuranceCategory: 'B' },
  { code: 'nursing-special', zh: '特级护理', en: 'Special nursing (day)', feeCategory: 'nursing', unitPriceFen: 12000, insuranceCategory: 'A' },
  { code: 'nursing-1', zh: '一级护理', en: 'Level 1 nursing (day)', feeCategory: 'nursing', unitPriceFen: 3000, insuranceCategory: 'A' },
  { code: 'nursing-2', zh: '二级护理', en: 'Level 2 nursing (day)', feeCategory: 'nursing', unitPriceFen: 1800, insuranceCategory: 'A' },
  { code: 'iv-infusion', zh: '静脉输液', en: 'IV infusion', feeCategory: 'treatment', unitPriceFen: 800, insuranceCategory: 'A' },
  { code: 'oxygen', zh: '持续吸氧（小时）', en: 'Oxygen (hour)', feeCategory: 'treatment', unitPriceFen: 200, insuranceCategory: 'A' },
  { code: 'ecg-monitor', zh: '心电监护（小时）', en: 'ECG monitoring (hour)', feeCategory: 'treatment', unitPriceFen: 500, insuranceCategory: 'A' },
  { code: 'infusion-set', zh: '一次性输液器', en: 'Infusion set', feeCategory: 'material', unitPriceFen: 500, insuranceCategory: 'B' },
  { code: 'picc-line', zh: 'PICC导管', en: 'PICC line', feeCategory: 'material', unitPriceFen: 120000, insuranceCategory: 'B' },
  { code: 'coronary-stent', zh: '冠脉药物洗脱支架', en: 'Drug-eluting coronary stent', feeCategory: 'material', unitPriceFen: 80000, insuranceCategory: 'B' },
  { code: 'imported-dressing', zh: '进口抗菌敷料', en: 'Imported antimicrobial dressing', feeCategory: 'material', unitPriceFen: 20000, insuranceCategory: 'self' },
  { code: 'single-room', zh: '单人间床位差价', en: 'Single-room supplement (day)', feeCategory: 'bed', unitPriceFen: 20000, insuranceCategory: 'self' },
  { code: 'lap-cholecystectomy', zh: '腹腔镜下胆囊切除术', en: 'Laparoscopic cholecystectomy', feeCategory: 'surgery', unitPriceFen: 1_196_100, insuranceCategory: 'A' },
  { code: 'laparoscopy-kit', zh: '腔镜手术一次性耗材包', en: 'Laparoscopy disposables kit', feeCategory: 'material', unitPriceFen: 493_000, insuranceCategory: 'B' },
  { code: 'pci', zh: '经皮冠状动脉介入治疗', en: 'Percutaneous coronary intervention', feeCategory: 'surgery', unitPriceFen: 600000, insuranceCategory: 'A' },
];

export function findServiceItem(code: string): ServiceItem | undefined {
  return SERVICE_ITEMS.find((s) => s.code === code);
}

/** Name of anything that can appear on a bill: a service, drug, lab test or exam. */
export function chargeItemName(code: string, lang: 'zh-CN' | 'en'): string {
  const en = lang === 'en';
  const service = findServiceItem(code);
  if (service) return en ? service.en : service.zh;
  const drug = findDrug(code);
  if (drug) return en ? drug.en : drug.zh;
  const lab = findLabTest(code);
  if (lab) return en ? lab.en : lab.zh;
  const exam = findImagingExam(code);
  if (exam) return en ? exam.en : exam.zh;
  return code;
}

/** Unit price and categories for a bill line of `code`. */
export function priceOf(code: string): { unitPriceFen: number; feeCategory: FeeCategory; insuranceCategory: InsuranceCategory } | undefined {
  const service = findServiceItem(code);
  if (service) return { unitPriceFen: service.unitPriceFen, feeCategory: service.feeCategory, insuranceCategory: service.insuranceCategory };
  const drug = findDrug(code);
  if (drug) return { unitPriceFen: drug.priceFen, feeCategory: 'western-drug', insuranceCategory: drug.insuranceCategory };
  const lab = findLabTest(code);
  if (lab) return { unitPriceFen: lab.priceFen, feeCategory: 'lab', insuranceCategory: 'A' };
  const exam = findImagingExam(code);
  if (exam) return { unitPriceFen: exam.priceFen, feeCategory: 'exam', insuranceCategory: exam.contrast || exam.modality === 'MR' ? 'B' : 'A' };
  return undefined;
}
