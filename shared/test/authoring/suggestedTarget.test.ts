// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { suggestedTarget } from '../../src/authoring/suggestionReview.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';

const PAGE = `<form><label for="q">患者检索</label><input id="q"><label for="fee">费别</label><select id="fee"><option>自费</option></select>
  <button type="submit">查询 (F3)</button><button type="button" data-action="new-patient">新建患者 (F2)</button></form><button>挂号 (F9)</button><button>清空</button>`;

describe('the target of an accepted tip (a picked control: role and own label only)', () => {
  it('finds the button by its words and the field by its label', () => {
    document.body.innerHTML = PAGE;
    const button = resolveTarget(suggestedTarget({ role: 'button', label: '新建患者 (F2)' })!, document);
    expect(button.status === 'found' && button.element.getAttribute('data-action')).toBe('new-patient');
    const field = resolveTarget(suggestedTarget({ role: 'combobox', label: '费别' })!, document);
    expect(field.status === 'found' && field.element.id).toBe('fee');
  });

  it('shows nowhere when the control is gone (never on a look-alike), and has no target without a label', () => {
    document.body.innerHTML = PAGE.replace('<button type="button" data-action="new-patient">新建患者 (F2)</button>', '');
    expect(resolveTarget(suggestedTarget({ role: 'button', label: '新建患者 (F2)' })!, document).status).not.toBe('found');
    expect(suggestedTarget({ role: 'button' })).toBeUndefined();
  });
});
