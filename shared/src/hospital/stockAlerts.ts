// 库存预警: below-minimum stock, batches near expiry (~6 months, typical) and expired batches.

import type { StockBatch, StockItem } from './hospitalState.ts';
import { addDays } from './imaging.ts';

export const NEAR_EXPIRY_DAYS = 183;

/** On-shelf quantity: quarantined (下架封存) batches do not count. */
export function onShelf(item: StockItem): number {
  return item.batches.filter((b) => !b.quarantined).reduce((s, b) => s + b.quantity, 0);
}

export type StockAlertKind = 'below-min' | 'expired' | 'near-expiry';
export type StockAlert = { kind: StockAlertKind; drug: string; batchNo?: string; quantity: number; expiry?: string };

export function batchStatus(batch: StockBatch, today: string): 'ok' | 'near-expiry' | 'expired' | 'quarantined' {
  if (batch.quarantined) return 'quarantined';
  if (batch.expiry < today) return 'expired';
  if (batch.expiry <= addDays(today, NEAR_EXPIRY_DAYS)) return 'near-expiry';
  return 'ok';
}

/** Every alert on the dispensary shelf, expired first (they must come off today). */
export function stockAlerts(stock: readonly StockItem[], today: string): StockAlert[] {
  const out: StockAlert[] = [];
  for (const item of stock) {
    for (const b of item.batches) {
      const status = batchStatus(b, today);
      if (status === 'expired' || status === 'near-expiry') out.push({ kind: status, drug: item.drug, batchNo: b.batchNo, quantity: b.quantity, expiry: b.expiry });
    }
    const qty = onShelf(item);
    if (qty < item.min) out.push({ kind: 'below-min', drug: item.drug, quantity: qty });
  }
  const rank: Record<StockAlertKind, number> = { expired: 0, 'below-min': 1, 'near-expiry': 2 };
  return out.sort((a, b) => rank[a.kind] - rank[b.kind] || a.drug.localeCompare(b.drug));
}

/** A requisition that refills to the maximum. */
export function suggestedRequisition(item: StockItem): number {
  return Math.max(0, item.max - onShelf(item));
}
