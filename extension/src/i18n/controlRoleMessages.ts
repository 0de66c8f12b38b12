import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/**
 * How a control a learner picked on the EMR page is named (its role, beside its own label): the
 * 报告问题 form and the help panel's suggestion name it alike. One [zh-CN, en] pair per text.
 */
export const controlRoleMessages = defineMessages({
  roleButton: ['按钮', 'button'],
  roleTextbox: ['输入框', 'field'],
  roleCombobox: ['下拉框', 'drop-down'],
  roleLink: ['链接', 'link'],
  roleTab: ['标签页', 'tab'],
  roleCheckbox: ['复选框', 'checkbox'],
  roleRadio: ['单选项', 'option'],
  roleOther: ['控件（{role}）', 'control ({role})'],
});

export type ControlRoleKey = keyof typeof controlRoleMessages;

const ROLE_KEY: Record<string, ControlRoleKey> = { button: 'roleButton', textbox: 'roleTextbox', searchbox: 'roleTextbox', combobox: 'roleCombobox', link: 'roleLink', tab: 'roleTab', checkbox: 'roleCheckbox', radio: 'roleRadio' };

/** The word for a picked control's role, through a translator whose dictionary holds these pairs. */
export function controlRoleWord(role: string, t: (key: ControlRoleKey, vars?: Record<string, string | number>) => string): string {
  const key = ROLE_KEY[role];
  return key ? t(key) : t('roleOther', { role });
}
