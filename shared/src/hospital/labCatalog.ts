// Laboratory test dictionary (检验项目, DOMAIN.md 3.6 and 4.5): tubes, reference ranges and
// critical values (危急值), and the flagging every result gets.

import { z } from 'zod';
import type { Sex } from './patientRecord.ts';

/** 试管 by cap colour; 'bottle' for blood culture, 'cup' for urine, 'syringe' for blood gas. */
export const Tube = z.enum(['purple', 'blue', 'black', 'yellow', 'green', 'grey', 'bottle', 'cup', 'syringe']);
export type Tube = z.infer<typeof Tube>;

export const SpecimenType = z.enum(['whole-blood', 'serum', 'plasma', 'urine', 'stool', 'sputum', 'csf', 'swab', 'arterial-blood']);
export type SpecimenType = z.infer<typeof SpecimenType>;

/** 拒收原因 (DOMAIN.md 3.6). */
export const RejectReason = z.enum(['haemolysed', 'clotted', 'insufficient', 'wrong-tube', 'mislabelled', 'delayed']);
export type RejectReason = z.infer<typeof RejectReason>;

/** Draw order (采血顺序): culture → blue → red/yellow → green → purple → grey. */
export const DRAW_ORDER: readonly Tube[] = ['bottle', 'blue', 'black', 'yellow', 'green', 'purple', 'grey'];

type Range = { low?: number; high?: number };

export type LabItem = {
  code: string;
  zh: string;
  en: string;
  unit: string;
  decimals: number;
  ref: Range | { M: Range; F: Range };
  /** critical limits: value ≤ lowAtOrBelow / < low, ≥ highAtOrAbove / > high */
  critical?: { below?: number; atOrBelow?: number; above?: number; atOrAbove?: number };
};

export type LabTest = {
  code: string;
  zh: string;
  en: string;
  tube: Tube;
  specimen: SpecimenType;
  items: readonly LabItem[];
  priceFen: number;
  /** turnaround shown to the requester, minutes */
  turnaroundMin: number;
};

export const LAB_TESTS: readonly LabTest[] = [
  {
    code: 'cbc', zh: '血常规', en: 'Complete blood count', tube: 'purple', specimen: 'whole-blood', priceFen: 2000, turnaroundMin: 30,
    items: [
      { code: 'WBC', zh: '白细胞计数', en: 'White cells', unit: '×10⁹/L', decimals: 2, ref: { low: 3.5, high: 9.5 }, critical: { below: 2, above: 30 } },
      { code: 'HGB', zh: '血红蛋白', en: 'Haemoglobin', unit: 'g/L', decimals: 0, ref: { M: { low: 130, high: 175 }, F: { low: 115, high: 150 } }, critical: { below: 60 } },
      { code: 'PLT', zh: '血小板计数', en: 'Platelets', unit: '×10⁹/L', decimals: 0, ref: { low: 125, high: 350 }, critical: { below: 30 } },
    ],
  },
  {
    code: 'electrolytes', zh: '电解质', en: 'Electrolytes', tube: 'yellow', specimen: 'serum', priceFen: 2400, turnaroundMin: 60,
    items: [
      { code: 'K', zh: '钾', en: 'Potassium', unit: 'mmol/L', decimals: 1, ref: { low: 3.5, high: 5.3 }, critical: { atOrBelow: 2.8, atOrAbove: 6.2 } },
      { code: 'NA', zh: '钠', en: 'Sodium', unit: 'mmol/L', decimals: 0, ref: { low: 137, high: 147 }, critical: { below: 120, above: 160 } },
      { code: 'CL', zh: '氯', en: 'Chloride', unit: 'mmol/L', decimals: 0, ref: { low: 99, high: 110 } },
    ],
  },
  {
    code: 'glucose', zh: '血糖', en: 'Glucose', tube: 'grey', specimen: 'plasma', priceFen: 500, turnaroundMin: 30,
    items: [{ code: 'GLU', zh: '葡萄糖', en: 'Glucose', unit: 'mmol/L', decimals: 1, ref: { low: 3.9, high: 6.1 }, critical: { below: 2.8, above: 22.2 } }],
  },
  {
    code: 'renal', zh: '肾功能', en: 'Renal function', tube: 'yellow', specimen: 'serum', priceFen: 3000, turnaroundMin: 60,
    items: [
      { code: 'CREA', zh: '肌酐', en: 'Creatinine', unit: 'µmol/L', decimals: 0, ref: { M: { low: 57, high: 97 }, F: { low: 41, high: 73 } } },
      { code: 'BUN', zh: '尿素', en: 'Urea', unit: 'mmol/L', decimals: 1, ref: { low: 2.8, high: 7.2 } },
    ],
  },
  {
    code: 'lft', zh: '肝功能', en: 'Liver function', tube: 'yellow', specimen: 'serum', priceFen: 4500, turnaroundMin: 60,
    items: [
      { code: 'ALT', zh: '丙氨酸氨基转移酶', en: 'ALT', unit: 'U/L', decimals: 0, ref: { M: { low: 9, high: 50 }, F: { low: 7, high: 40 } } },
      { code: 'TBIL', zh: '总胆红素', en: 'Total bilirubin', unit: 'µmol/L', decimals: 1, ref: { high: 21 } },
    ],
  },
  {
    code: 'coag', zh: '凝血功能', en: 'Coagulation', tube: 'blue', specimen: 'plasma', priceFen: 3500, turnaroundMin: 45,
    items: [
      { code: 'PT', zh: '凝血酶原时间', en: 'Prothrombin time', unit: 's', decimals: 1, ref: { low: 10, high: 14 } },
      { code: 'INR', zh: '国际标准化比值', en: 'INR', unit: '', decimals: 2, ref: { low: 0.8, high: 1.2 }, critical: { above: 3.5 } },
      { code: 'APTT', zh: '活化部分凝血活酶时间', en: 'APTT', unit: 's', decimals: 1, ref: { low: 25, high: 37 }, critical: { above: 90 } },
    ],
  },
  {
    code: 'troponin', zh: '肌钙蛋白I', en: 'Troponin I', tube: 'green', specimen: 'plasma', priceFen: 8000, turnaroundMin: 45,
    items: [{ code: 'CTNI', zh: '肌钙蛋白I', en: 'Troponin I', unit: 'ng/mL', decimals: 3, ref: { high: 0.04 }, critical: { above: 0.5 } }],
  },
  {
    code: 'ddimer', zh: 'D-二聚体', en: 'D-dimer', tube: 'blue', specimen: 'plasma', priceFen: 6000, turnaroundMin: 45,
    items: [{ code: 'DD', zh: 'D-二聚体', en: 'D-dimer', unit: 'mg/L', decimals: 2, ref: { high: 0.5 } }],
  },
  {
    code: 'lipids', zh: '血脂', en: 'Lipids', tube: 'yellow', specimen: 'serum', priceFen: 3000, turnaroundMin: 60,
    items: [{ code: 'LDL', zh: '低密度脂蛋白胆固醇', en: 'LDL-C', unit: 'mmol/L', decimals: 2, ref: { high: 3.4 } }],
  },
  {
    code: 'hba1c', zh: '糖化血红蛋白', en: 'HbA1c', tube: 'purple', specimen: 'whole-blood', priceFen: 6000, turnaroundMin: 120,
    items: [{ code: 'HBA1C', zh: '糖化血红蛋白', en: 'HbA1c', unit: '%', decimals: 1, ref: { low: 4, high: 6 } }],
  },
  {
    code: 'crp', zh: 'C反应蛋白', en: 'C-reactive protein', tube: 'yellow', specimen: 'serum', priceFen: 2500, turnaroundMin: 45,
    items: [{ code: 'CRP', zh: 'C反应蛋白', en: 'CRP', unit: 'mg/L', decimals: 1, ref: { high: 10 } }],
  },
  {
    code: 'pct', zh: '降钙素原', en: 'Procalcitonin', tube: 'yellow', specimen: 'serum', priceFen: 12000, turnaroundMin: 60,
    items: [{ code: 'PCT', zh: '降钙素原', en: 'Procalcitonin', unit: 'ng/mL', decimals: 2, ref: { high: 0.05 } }],
  },
  {
    code: 'blood-gas', zh: '血气分析', en: 'Blood gas', tube: 'syringe', specimen: 'arterial-blood', priceFen: 9000, turnaroundMin: 15,
    items: [
      { code: 'PH', zh: '酸碱度', en: 'pH', unit: '', decimals: 2, ref: { low: 7.35, high: 7.45 }, critical: { below: 7.2, above: 7.6 } },
      { code: 'PCO2', zh: '二氧化碳分压', en: 'pCO₂', unit: 'mmHg', decimals: 0, ref: { low: 35, high: 45 } },
      { code: 'PO2', zh: '氧分压', en: 'pO₂', unit: 'mmHg', decimals: 0, ref: { low: 80, high: 100 } },
    ],
  },
];

export function findLabTest(code: string): LabTest | undefined {
  return LAB_TESTS.find((t) => t.code === code);
}

export function findLabItem(testCode: string, itemCode: string): LabItem | undefined {
  return findLabTest(testCode)?.items.find((i) => i.code === itemCode);
}

/** N normal, L/H outside the reference range, LL/HH at a critical value (危急值). */
export const ResultFlag = z.enum(['N', 'L', 'H', 'LL', 'HH']);
export type ResultFlag = z.infer<typeof ResultFlag>;

export function referenceRange(item: LabItem, sex: Sex): Range {
  return 'M' in item.ref ? item.ref[sex] : item.ref;
}

export function isCritical(item: LabItem, value: number): 'low' | 'high' | null {
  const c = item.critical;
  if (!c) return null;
  if ((c.below !== undefined && value < c.below) || (c.atOrBelow !== undefined && value <= c.atOrBelow)) return 'low';
  if ((c.above !== undefined && value > c.above) || (c.atOrAbove !== undefined && value >= c.atOrAbove)) return 'high';
  return null;
}

export function flagResult(item: LabItem, value: number, sex: Sex): ResultFlag {
  const critical = isCritical(item, value);
  if (critical === 'low') return 'LL';
  if (critical === 'high') return 'HH';
  const range = referenceRange(item, sex);
  if (range.low !== undefined && value < range.low) return 'L';
  if (range.high !== undefined && value > range.high) return 'H';
  return 'N';
}

/** '3.5–5.3' / '≤21' / '<0.04' for report columns. */
export function formatRange(item: LabItem, sex: Sex): string {
  const r = referenceRange(item, sex);
  if (r.low !== undefined && r.high !== undefined) return `${r.low}–${r.high}`;
  if (r.high !== undefined) return `≤${r.high}`;
  if (r.low !== undefined) return `≥${r.low}`;
  return '';
}
