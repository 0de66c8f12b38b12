import { driver, type Driver } from 'driver.js';
import driverCss from 'driver.js/dist/driver.css?inline';

/**
 * The cut-out around the target, by driver.js: scrolls the target into view, marks it, and lays
 * a transparent layer that keeps clicks off the rest of the page while a step explains it.
 * driver.js's popover is not used: ours lives in a shadow root where page CSS cannot reach.
 * Its stylesheet is added only while a tour shows and removed afterwards.
 */
export class StepHighlight {
  private highlighter: Driver | undefined;
  private style: HTMLStyleElement | undefined;

  show(element: Element | undefined): void {
    if (!this.style) {
      this.style = document.createElement('style');
      this.style.dataset.preceptor = 'highlight';
      this.style.textContent = driverCss;
      (document.head ?? document.documentElement).append(this.style);
    }
    this.highlighter ??= driver({
      animate: false,
      allowClose: false,
      allowKeyboardControl: false,
      // transparent: it keeps clicks off the rest of the page; the player card draws the ring
      overlayOpacity: 0,
      stagePadding: 6,
      stageRadius: 4,
      smoothScroll: true,
      disableActiveInteraction: false,
      overlayClickBehavior: () => undefined,
    });
    if (element) this.highlighter.highlight({ element });
    else this.highlighter.highlight({});
  }

  /** Redraw the cut-out where the element is now (it moved without a scroll or a window resize). */
  refresh(): void {
    this.highlighter?.refresh();
  }

  clear(): void {
    this.highlighter?.destroy();
    this.highlighter = undefined;
    this.style?.remove();
    this.style = undefined;
  }
}
