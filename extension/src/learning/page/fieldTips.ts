import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { html, render } from 'lit/html.js';
import type { FieldTip } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { resolveTarget } from '@preceptor/shared/targeting/resolveTarget.ts';
import { ownUiHost } from '../../page/ownUiHost.ts';

const tipStyles = `
.beacon { position: fixed; z-index: 2147482000; width: 18px; height: 18px; border-radius: 50%; border: 2px solid #fff;
  background: #1f6fb2; color: #fff; font: 700 11px/14px system-ui, sans-serif; padding: 0; cursor: help; box-shadow: 0 0 0 2px #1f6fb2; }
.beacon:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.bubble { position: fixed; z-index: 2147482001; max-width: 280px; background: #0b3a66; color: #fff; border-radius: 6px; padding: 8px 10px;
  font: 13px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.3); }
.bubble strong { display: block; margin-bottom: 2px; }
.bubble[hidden] { display: none; }
`;

/**
 * Hotspot beacons on fields with short help from the pack (knowledge base).
 * A tip whose field cannot be found with confidence shows nothing: no guessing.
 */
export class FieldTips {
  private readonly cleanups: (() => void)[] = [];

  show(tips: FieldTip[], language: Language): void {
    this.clear();
    for (const tip of tips) {
      const resolution = resolveTarget(tip.target, document);
      if (resolution.status !== 'found') continue;
      this.cleanups.push(this.beacon(tip, resolution.element, language));
    }
  }

  clear(): void {
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
  }

  private beacon(tip: FieldTip, field: Element, language: Language): () => void {
    const { host, root } = ownUiHost('data-preceptor-tip', tip.id);
    const bubbleId = `tip-${tip.id}`;
    const title = tip.title?.[language];
    let open = false;
    const draw = () =>
      render(
        html`<style>${tipStyles}</style>
          <button class="beacon" type="button" aria-label=${title ?? tip.body[language]} aria-describedby=${bubbleId} aria-expanded=${open ? 'true' : 'false'}
            @mouseenter=${() => toggle(true)} @mouseleave=${() => toggle(false)} @focus=${() => toggle(true)} @blur=${() => toggle(false)}
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && toggle(false)}>?</button>
          <div class="bubble" id=${bubbleId} role="tooltip" ?hidden=${!open}>${title ? html`<strong>${title}</strong>` : ''}${tip.body[language]}</div>`,
        root,
      );
    const toggle = (next: boolean) => {
      open = next;
      draw();
    };
    draw();
    (document.body ?? document.documentElement).append(host);
    const beacon = root.querySelector<HTMLElement>('.beacon')!;
    const bubble = root.querySelector<HTMLElement>('.bubble')!;
    const stop = autoUpdate(field, beacon, () => {
      const rect = field.getBoundingClientRect();
      beacon.style.left = `${rect.right - 9}px`;
      beacon.style.top = `${rect.top - 9}px`;
      beacon.style.display = rect.width === 0 && rect.height === 0 ? 'none' : '';
      void computePosition(beacon, bubble, { strategy: 'fixed', placement: 'top', middleware: [offset(8), flip(), shift({ padding: 8 })] }).then(
        ({ x, y }) => Object.assign(bubble.style, { left: `${x}px`, top: `${y}px` }),
      );
    });
    return () => {
      stop();
      host.remove();
    };
  }
}
