import { describe, expect, it } from 'vitest';
import { overlapArea, placeCard, type Box } from '../../src/tour/cardPlacement.ts';

const viewport = { width: 1366, height: 768 };
const card = { width: 360, height: 240 };
const inside = (x: number, y: number) => x >= 0 && y >= 0 && x + card.width <= viewport.width && y + card.height <= viewport.height;
const cardAt = (p: { x: number; y: number }): Box => ({ left: p.x, top: p.y, ...card });

describe('placing the tour card', () => {
  // the new-patient dialog in the middle of the screen; 出生日期 inside it
  const dialog: Box = { left: 383, top: 120, width: 600, height: 520 };
  const birthDate: Box = { left: 420, top: 300, width: 240, height: 32 };

  it('puts the card outside the dialog the target sits in when there is room', () => {
    const p = placeCard({ target: birthDate, region: dialog, card, viewport });
    expect(p.clearOfRegion).toBe(true);
    expect(overlapArea(cardAt(p), dialog)).toBe(0);
    expect(overlapArea(cardAt(p), birthDate)).toBe(0);
    expect(inside(p.x, p.y)).toBe(true);
  });

  it('honours the author\'s side when the region leaves room there', () => {
    const p = placeCard({ target: birthDate, region: dialog, card, viewport, preferred: 'left' });
    expect(p.side).toBe('left');
    expect(p.x + card.width).toBeLessThanOrEqual(dialog.left);
  });

  it('falls back to beside the target when the region fills the screen, never over the target', () => {
    const fullDialog: Box = { left: 10, top: 10, width: 1346, height: 748 };
    const field: Box = { left: 100, top: 300, width: 300, height: 32 };
    const p = placeCard({ target: field, region: fullDialog, card, viewport });
    expect(p.clearOfRegion).toBe(false);
    expect(overlapArea(cardAt(p), field)).toBe(0);
    expect(inside(p.x, p.y)).toBe(true);
    // it took the side with the most room: right of the field
    expect(p.x).toBeGreaterThanOrEqual(field.left + field.width);
  });

  it('stays inside the viewport for a target at its edge', () => {
    const corner: Box = { left: 1300, top: 740, width: 60, height: 24 };
    const p = placeCard({ target: corner, card, viewport });
    expect(inside(p.x, p.y)).toBe(true);
    expect(overlapArea(cardAt(p), corner)).toBe(0);
  });

  it('covers as little of the target as possible when the target is bigger than the viewport allows', () => {
    const huge: Box = { left: 0, top: 0, width: 1366, height: 700 };
    const p = placeCard({ target: huge, card, viewport });
    expect(inside(p.x, p.y)).toBe(true);
    expect(p.side).toBe('fallback');
    // the best any spot can do: the card's lowest 68 + 8 px out of the target
    expect(overlapArea(cardAt(p), huge)).toBeLessThanOrEqual(card.width * (card.height - 60));
  });

  it('ignores a region that does not hold the target', () => {
    const elsewhere: Box = { left: 900, top: 0, width: 400, height: 200 };
    const p = placeCard({ target: birthDate, region: elsewhere, card, viewport });
    expect(overlapArea(cardAt(p), birthDate)).toBe(0);
  });
});
