import type { Point } from './guidePlaces.ts';

export interface DragHandlers {
  /** the dragged thing's top-left when the drag starts */
  from: Point;
  /** the pointer moved: the new top-left */
  move(to: Point): void;
  /** released: the final top-left, and whether the pointer travelled more than 2 px (else it was a click) */
  drop(to: Point, travelled: boolean): void;
  /** Esc, or the browser took the pointer away: put it back at `from` */
  cancel(from: Point): void;
}

/**
 * Drag the player's card or the launcher by a handle, from its `pointerdown`: the pointer is
 * captured by the handle, the thing follows it, release keeps the place, Esc puts it back (and
 * goes no further: it does not also close the tour). Only the primary button; returns false for
 * any other pointer, which is left alone.
 */
export function dragWithPointer(event: PointerEvent, handlers: DragHandlers): boolean {
  if (!event.isPrimary || event.button !== 0) return false;
  const handle = event.currentTarget as HTMLElement | null;
  if (!handle) return false;
  event.preventDefault();
  const dx = event.clientX - handlers.from.x;
  const dy = event.clientY - handlers.from.y;
  const at = (e: PointerEvent): Point => ({ x: e.clientX - dx, y: e.clientY - dy });
  const view = handle.ownerDocument.defaultView;
  handle.setPointerCapture?.(event.pointerId);
  const stop = () => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', up);
    handle.removeEventListener('pointercancel', cancel);
    view?.removeEventListener('keydown', escape, true);
    if (handle.hasPointerCapture?.(event.pointerId)) handle.releasePointerCapture(event.pointerId);
  };
  const move = (e: PointerEvent) => handlers.move(at(e));
  const up = (e: PointerEvent) => {
    stop();
    handlers.drop(at(e), Math.abs(e.clientX - event.clientX) + Math.abs(e.clientY - event.clientY) > 2);
  };
  const cancel = () => {
    stop();
    handlers.cancel(handlers.from);
  };
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    cancel();
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', up);
  handle.addEventListener('pointercancel', cancel);
  view?.addEventListener('keydown', escape, true);
  return true;
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** An arrow key's move from `from`: 16 px, 64 with Shift; undefined for any other key. */
export function arrowKeyMove(event: KeyboardEvent, from: Point): Point | undefined {
  const delta = ARROWS[event.key];
  if (!delta) return undefined;
  const step = event.shiftKey ? 64 : 16;
  return { x: from.x + delta[0] * step, y: from.y + delta[1] * step };
}
