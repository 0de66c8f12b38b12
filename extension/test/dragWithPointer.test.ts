// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { arrowKeyMove, dragWithPointer, type DragHandlers } from '../src/tours/page/dragWithPointer.ts';

// One drag for the tour card's header and the launcher's grip (issue 17): pointer events move the
// thing, release keeps it, Esc puts it back; arrow keys move 16 px (64 with Shift).

// (jsdom has no PointerEvent: a MouseEvent with the pointer's own fields)
class JsdomPointerEvent extends MouseEvent {
  readonly pointerId: number;
  readonly isPrimary: boolean;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 1;
    this.isPrimary = init.isPrimary ?? true;
  }
}
const PointerEventOf = (globalThis.PointerEvent ?? JsdomPointerEvent) as typeof PointerEvent;
function pointer(type: string, x: number, y: number, init: PointerEventInit = {}) {
  return new PointerEventOf(type, { clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true, pointerId: 1, isPrimary: true, ...init });
}

let handle: HTMLElement;
type Spied = { from: DragHandlers['from']; move: Mock<DragHandlers['move']>; drop: Mock<DragHandlers['drop']>; cancel: Mock<DragHandlers['cancel']> };
let handlers: Spied;
let started: boolean[];

beforeEach(() => {
  handle = document.createElement('div');
  document.body.append(handle);
  handlers = { from: { x: 100, y: 50 }, move: vi.fn<DragHandlers['move']>(), drop: vi.fn<DragHandlers['drop']>(), cancel: vi.fn<DragHandlers['cancel']>() };
  started = [];
  handle.addEventListener('pointerdown', (event) => started.push(dragWithPointer(event as PointerEvent, handlers)));
});
afterEach(() => handle.remove());

describe('dragWithPointer', () => {
  it('follows the pointer from where it was grabbed and keeps the place on release', () => {
    const down = pointer('pointerdown', 110, 60);
    handle.dispatchEvent(down);
    expect(started).toEqual([true]);
    expect(down.defaultPrevented).toBe(true);
    handle.dispatchEvent(pointer('pointermove', 150, 90));
    handle.dispatchEvent(pointer('pointermove', 210, 160));
    expect(handlers.move.mock.calls).toEqual([[{ x: 140, y: 80 }], [{ x: 200, y: 150 }]]);
    handle.dispatchEvent(pointer('pointerup', 210, 160));
    expect(handlers.drop).toHaveBeenCalledWith({ x: 200, y: 150 }, true);
    // the drag is over: later moves do nothing
    handle.dispatchEvent(pointer('pointermove', 400, 400));
    expect(handlers.move).toHaveBeenCalledTimes(2);
    expect(handlers.cancel).not.toHaveBeenCalled();
  });

  it('a release where it was pressed is a click, not a move', () => {
    handle.dispatchEvent(pointer('pointerdown', 110, 60));
    handle.dispatchEvent(pointer('pointerup', 111, 61));
    expect(handlers.drop).toHaveBeenCalledWith({ x: 101, y: 51 }, false);
  });

  it('Esc puts it back, goes no further, and ends the drag', () => {
    const pageSawEsc = vi.fn();
    document.addEventListener('keydown', pageSawEsc);
    handle.dispatchEvent(pointer('pointerdown', 110, 60));
    handle.dispatchEvent(pointer('pointermove', 300, 300));
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(esc);
    expect(handlers.cancel).toHaveBeenCalledWith({ x: 100, y: 50 });
    expect(esc.defaultPrevented).toBe(true);
    expect(pageSawEsc).not.toHaveBeenCalled(); // (the tour is not closed by the same key)
    handle.dispatchEvent(pointer('pointerup', 300, 300));
    expect(handlers.drop).not.toHaveBeenCalled();
    // and a later Esc is the page's again
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pageSawEsc).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageSawEsc);
  });

  it('the browser taking the pointer away cancels too', () => {
    handle.dispatchEvent(pointer('pointerdown', 110, 60));
    handle.dispatchEvent(pointer('pointercancel', 110, 60));
    expect(handlers.cancel).toHaveBeenCalledWith({ x: 100, y: 50 });
  });

  it('ignores a right-button or secondary pointer', () => {
    handle.dispatchEvent(pointer('pointerdown', 110, 60, { button: 2 }));
    handle.dispatchEvent(pointer('pointerdown', 110, 60, { isPrimary: false }));
    handle.dispatchEvent(pointer('pointermove', 300, 300));
    expect(started).toEqual([false, false]);
    expect(handlers.move).not.toHaveBeenCalled();
  });
});

describe('arrowKeyMove', () => {
  it('moves 16 px per arrow, 64 with Shift, nothing for other keys', () => {
    const from = { x: 100, y: 100 };
    expect(arrowKeyMove(new KeyboardEvent('keydown', { key: 'ArrowLeft' }), from)).toEqual({ x: 84, y: 100 });
    expect(arrowKeyMove(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true }), from)).toEqual({ x: 100, y: 164 });
    expect(arrowKeyMove(new KeyboardEvent('keydown', { key: 'Enter' }), from)).toBeUndefined();
  });
});
