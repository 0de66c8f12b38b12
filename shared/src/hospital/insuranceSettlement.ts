// Inpatient discharge settlement (出院结算) with basic medical insurance (医保), DOMAIN.md 3.8.
// All money is integer fen. The worked example of DOMAIN.md is a unit test.

import { z } from 'zod';
import type { InsuranceCategory } from './drugCatalog.ts';

export const InsuranceScheme = z.enum(['employee', 'resident', 'self-pay']);
export type InsuranceScheme = z.infer<typeof InsuranceScheme>;

export type InsurancePolicy = {
  /** 起付线 */
  deductibleFen: number;
  /** fund share of the eligible amount above the deductible */
  ratio: number;
  /** 乙类 share the patient pre-pays */
  classBSelfRatio: number;
  /** 封顶线: most the fund pays in a year */
  ceilingFen: number;
};

/** Typical tertiary-hospital policy (DOMAIN.md 3.8); configurable per region. */
export const INPATIENT_POLICIES: Record<Exclude<InsuranceScheme, 'self-pay'>, InsurancePolicy> = {
  employee: { deductibleFen: 100_000, ratio: 0.85, classBSelfRatio: 0.1, ceilingFen: 40_000_000 },
  resident: { deductibleFen: 80_000, ratio: 0.6, classBSelfRatio: 0.1, ceilingFen: 20_000_000 },
};

export type ChargeAmount = { category: InsuranceCategory; amountFen: number };

export type SettlementBreakdown = {
  scheme: InsuranceScheme;
  totalFen: number;
  classAFen: number;
  classBFen: number;
  selfFen: number;
  /** 乙类先行自付 */
  classBSelfPayFen: number;
  deductibleFen: number;
  eligibleFen: number;
  /** 统筹基金支付 */
  fundFen: number;
  /** 个人负担 */
  patientFen: number;
};

/** Half-up rounding to whole fen. */
function fen(n: number): number {
  return Math.round(n + 1e-9);
}

/**
 * Settles an inpatient stay. Without a read insurance card the stay is settled as self-pay
 * (the trap of DOMAIN.md drill 10), so the scheme comes from the card, not the patient file.
 */
export function settleInpatient(charges: readonly ChargeAmount[], scheme: InsuranceScheme): SettlementBreakdown {
  const sum = (c: InsuranceCategory) => charges.filter((x) => x.category === c).reduce((s, x) => s + x.amountFen, 0);
  const classAFen = sum('A');
  const classBFen = sum('B');
  const selfFen = sum('self');
  const totalFen = classAFen + classBFen + selfFen;
  if (scheme === 'self-pay') {
    return { scheme, totalFen, classAFen, classBFen, selfFen, classBSelfPayFen: 0, deductibleFen: 0, eligibleFen: 0, fundFen: 0, patientFen: totalFen };
  }
  const policy = INPATIENT_POLICIES[scheme];
  const classBSelfPayFen = fen(classBFen * policy.classBSelfRatio);
  const eligibleFen = totalFen - selfFen - classBSelfPayFen;
  const deductibleFen = Math.min(policy.deductibleFen, eligibleFen);
  const fundFen = Math.min(policy.ceilingFen, fen((eligibleFen - deductibleFen) * policy.ratio));
  return {
    scheme, totalFen, classAFen, classBFen, selfFen, classBSelfPayFen, deductibleFen, eligibleFen, fundFen,
    patientFen: totalFen - fundFen,
  };
}

/** What happens to the deposit (预交金): refund the rest, or collect what is still owed. */
export function depositBalance(patientFen: number, depositFen: number): { refundFen: number; dueFen: number } {
  const diff = depositFen - patientFen;
  return diff >= 0 ? { refundFen: diff, dueFen: 0 } : { refundFen: 0, dueFen: -diff };
}

/** 电子票据 numbers: 8-digit code, 10-digit number and a 6-character check code. */
export function invoiceNumbers(serial: number, year: number): { code: string; number: string; checkCode: string } {
  const code = `${String(year % 100).padStart(2, '0')}060121`;
  const number = String(1_000_000_000 + serial).slice(-10);
  let h = 7;
  for (const ch of `${code}${number}`) h = (h * 31 + ch.charCodeAt(0)) % 2_176_782_336;
  const checkCode = h.toString(36).toUpperCase().padStart(6, '0').slice(-6);
  return { code, number, checkCode };
}
