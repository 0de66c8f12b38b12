/**
 * Where the tour card goes (pure geometry, no DOM): outside the target's whole region — the dialog
 * or section it sits in — when there is room; otherwise beside the target on the side with the most
 * room; never over the target itself when the viewport allows it; always inside the viewport.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type CardSide = 'top' | 'bottom' | 'left' | 'right';

export interface CardPlacementInput {
  /** the element the step points at */
  target: Box;
  /** the target's whole region (its dialog, modal or section); absent or equal to the target when there is none */
  region?: Box | undefined;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** the side the step's author chose ('auto': whichever fits) */
  preferred?: CardSide | 'auto';
  /** space between the card and what it avoids */
  gap?: number;
  /** space kept from the viewport's edges */
  margin?: number;
}

export interface CardPosition {
  x: number;
  y: number;
  /** which side of what it avoids the card sits on; 'fallback' when nothing fitted cleanly */
  side: CardSide | 'fallback';
  /** the card stays off the whole region (false: only off the target, or as little over it as the viewport allows) */
  clearOfRegion: boolean;
}

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;

/** Area two boxes share (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(right(a), right(b)) - Math.max(a.left, b.left);
  const h = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, low: number, high: number) => (high < low ? low : Math.min(Math.max(value, low), high));

/** The card at (x, y) moved inside the viewport (kept `margin` from its edges when it fits). */
export function clampToViewport(x: number, y: number, card: { width: number; height: number }, viewport: { width: number; height: number }, margin = 8): { x: number; y: number } {
  return {
    x: clamp(x, margin, viewport.width - card.width - margin),
    y: clamp(y, margin, viewport.height - card.height - margin),
  };
}

/** Room, in px, on each side of `avoid` inside the viewport. */
function roomAround(avoid: Box, viewport: { width: number; height: number }): Record<CardSide, number> {
  return {
    top: avoid.top,
    bottom: viewport.height - bottom(avoid),
    left: avoid.left,
    right: viewport.width - right(avoid),
  };
}

const SIDES: CardSide[] = ['right', 'left', 'bottom', 'top'];

export function placeCard(input: CardPlacementInput): CardPosition {
  const { target, card, viewport } = input;
  const gap = input.gap ?? 14;
  const margin = input.margin ?? 8;
  const region = input.region && overlapArea(input.region, target) > 0 ? input.region : undefined;
  const order = input.preferred && input.preferred !== 'auto' ? [input.preferred, ...SIDES.filter((side) => side !== input.preferred)] : SIDES;
  const cardBox = (x: number, y: number): Box => ({ left: x, top: y, width: card.width, height: card.height });

  /** the card on `side` of `avoid`, lined up with the target along the other axis, clamped to the viewport */
  const beside = (avoid: Box, side: CardSide) => {
    const alignedX = target.left + target.width / 2 - card.width / 2;
    const alignedY = target.top + target.height / 2 - card.height / 2;
    const raw =
      side === 'right' ? { x: right(avoid) + gap, y: alignedY }
      : side === 'left' ? { x: avoid.left - gap - card.width, y: alignedY }
      : side === 'bottom' ? { x: alignedX, y: bottom(avoid) + gap }
      : { x: alignedX, y: avoid.top - gap - card.height };
    return clampToViewport(raw.x, raw.y, card, viewport, margin);
  };
  const fits = (avoid: Box, side: CardSide) => {
    const need = side === 'left' || side === 'right' ? card.width : card.height;
    return roomAround(avoid, viewport)[side] >= need + gap + margin;
  };

  // 1. outside the whole region, 2. outside the target: the first side with room
  for (const [avoid, clearOfRegion] of [...(region ? [[region, true] as const] : []), [target, region === undefined] as const]) {
    for (const side of order) {
      if (!fits(avoid, side)) continue;
      const { x, y } = beside(avoid, side);
      if (overlapArea(cardBox(x, y), avoid) === 0) return { x, y, side, clearOfRegion };
    }
  }
  // 3. no side has room: of the target's sides (most room first) and the viewport's corners,
  // whichever covers the least of the target, then of the region
  const room = roomAround(target, viewport);
  const corners = [
    { x: margin, y: margin },
    { x: viewport.width - card.width - margin, y: margin },
    { x: margin, y: viewport.height - card.height - margin },
    { x: viewport.width - card.width - margin, y: viewport.height - card.height - margin },
  ].map(({ x, y }) => clampToViewport(x, y, card, viewport, margin));
  const candidates = [...[...SIDES].sort((a, b) => room[b] - room[a]).map((side) => ({ ...beside(target, side), side: side as CardSide | 'fallback' })), ...corners.map((c) => ({ ...c, side: 'fallback' as const }))];
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    const box = cardBox(candidate.x, candidate.y);
    const cost = overlapArea(box, target) * 1e6 + (region ? overlapArea(box, region) : 0);
    if (cost < bestCost) [best, bestCost] = [candidate, cost];
  }
  const clear = overlapArea(cardBox(best.x, best.y), target) === 0;
  return { x: best.x, y: best.y, side: clear ? best.side : 'fallback', clearOfRegion: region ? overlapArea(cardBox(best.x, best.y), region) === 0 : clear };
}
