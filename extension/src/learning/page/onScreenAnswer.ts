import { html, render } from 'lit/html.js';
import { resolveTarget } from '@preceptor/shared/targeting/resolveTarget.ts';
import { playerTranslator as translator } from '../../i18n/playerMessages.ts';
import type { OnScreenQuestion } from '../protocol.ts';
import { ownOverlayHost } from '../../page/ownUiHost.ts';

const barStyles = `
.bar { position: fixed; left: 50%; bottom: 12px; transform: translateX(-50%); z-index: 2147483647; pointer-events: auto;
  background: #0b3a66; color: #fff; border-radius: 8px; padding: 10px 14px; max-width: min(640px, 92vw);
  font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; box-shadow: 0 6px 20px rgba(0,0,0,.35); }
.bar strong { display: block; font-size: 15px; }
.bar button { margin-top: 6px; font: inherit; font-size: 13px; border: 1px solid #fff; background: none; color: #fff; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
`;

/**
 * An on-screen quiz question: the learner clicks where they would do it on the real page.
 * That click is caught here and never reaches the EMR. Only hit or miss is returned.
 */
export function answerOnScreen(question: OnScreenQuestion): Promise<{ hit: boolean } | { cancelled: true }> {
  const t = translator(question.language);
  return new Promise((resolve) => {
    const { host, root } = ownOverlayHost('data-preceptor-question');
    const finish = (answer: { hit: boolean } | { cancelled: true }) => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      host.remove();
      resolve(answer);
    };
    // Only the learner's own click answers: a page script's .click() on the right element is no answer.
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || event.composedPath().includes(host)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const resolution = resolveTarget(question.target, document);
      finish({ hit: resolution.status === 'found' && event.composedPath().includes(resolution.element) });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape') finish({ cancelled: true });
    };
    render(
      html`<style>${barStyles}</style>
        <div class="bar" role="alertdialog" aria-labelledby="q-prompt" aria-describedby="q-hint">
          <strong id="q-prompt">${question.prompt}</strong>
          <span id="q-hint">${t('onScreenHint')}</span>
          <div><button type="button" @click=${() => finish({ cancelled: true })}>${t('cancel')}</button></div>
        </div>`,
      root,
    );
    (document.body ?? document.documentElement).append(host);
    host.showPopover?.();
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
  });
}
