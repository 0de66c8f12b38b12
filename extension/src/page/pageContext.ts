/**
 * The lifetime of Preceptor's code on one page, kept entirely in the content script's isolated world.
 *
 * Replaces WXT's ContentScriptContext for our own code. That one posts
 * `"<extension-id>:<name>:wxt:content-script-started"` to the page with `postMessage(…, "*")` (any
 * page learns the extension id) and switches itself off when the page dispatches that event name (any
 * page can turn Preceptor off mid-tour). Here a newer instance of the same script (an extension
 * reload or a re-injection) finds the older one through a symbol on the isolated world's `window`,
 * which page scripts cannot see, and stops it; nothing is posted to or read from the page, and SPA
 * route changes come from the browser's own (trusted) navigation events, not a page-dispatchable one.
 */
export interface PageContext {
  readonly signal: AbortSignal;
  /** stopped: a newer instance took over, or the extension was reloaded or removed */
  readonly isInvalid: boolean;
  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): number;
  requestIdleCallback(handler: () => void, options?: IdleRequestOptions): number;
  onInvalidated(handler: () => void): () => void;
  /** the page's URL changed without a page load (SPA route change) */
  onLocationChange(handler: () => void): void;
}

const CONTEXTS = Symbol.for('preceptor.pageContexts');
type Holder = { [CONTEXTS]?: Map<string, IsolatedPageContext> };

class IsolatedPageContext implements PageContext {
  private readonly controller = new AbortController();
  private readonly locationHandlers: (() => void)[] = [];
  private watchingLocation = false;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.invalidate(); // the extension was reloaded or removed
    return this.signal.aborted;
  }

  invalidate(): void {
    this.controller.abort();
  }

  addEventListener(target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => !this.isInvalid && handler(), ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestIdleCallback(handler: () => void, options?: IdleRequestOptions): number {
    const id = window.requestIdleCallback(() => !this.signal.aborted && handler(), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  onInvalidated(handler: () => void): () => void {
    this.signal.addEventListener('abort', handler);
    return () => this.signal.removeEventListener('abort', handler);
  }

  onLocationChange(handler: () => void): void {
    this.locationHandlers.push(handler);
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = location.href;
    const changedTo = (url: string) => {
      if (url === last || this.isInvalid) return;
      last = url;
      for (const run of this.locationHandlers) run();
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      // only the browser's own navigate events: a page can dispatch a synthetic one (isTrusted false)
      this.addEventListener(navigation as unknown as Window, 'navigate' as keyof WindowEventMap, (event: Event) => {
        const destination = (event as Event & { destination?: { url?: string } }).destination?.url;
        // after the page's pushState has returned: location then shows the new URL
        if (event.isTrusted && destination) queueMicrotask(() => changedTo(location.href));
      });
    } else {
      const timer = window.setInterval(() => changedTo(location.href), 1000);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}

/**
 * The context for one of Preceptor's scripts on this page (`player`, `authoring`). An older
 * instance of the same script on this page is stopped first, so there is never two of it.
 */
export function claimPage(script: string): PageContext {
  const holder = globalThis as Holder;
  const contexts = (holder[CONTEXTS] ??= new Map());
  contexts.get(script)?.invalidate();
  const context = new IsolatedPageContext();
  contexts.set(script, context);
  return context;
}
