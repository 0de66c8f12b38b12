import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { developerPartOf, isStateClass, isVariantClass, looksGenerated, looksGeneratedClass } from '../../src/targeting/generatedNames.ts';

describe('generated names are never trusted', () => {
  it('recognises framework ids of the EMR stacks hospitals run', () => {
    for (const id of [
      ':r4:', '«r1a»', 'radix-:r2:-trigger', // React useId
      'ext-gen1234', 'ext-comp-1005', 'ember123', 'yui_3_5_1_1_1330', 'gwt-uid-17', // ExtJS, Ember, YUI, GWT
      'el-id-1024-35', 'datagrid-row-r1-2-0', '_easyui_textbox_input3', // Element Plus, EasyUI
      'j_idt23', 'form1:j_idt23:name', 'ctl00_ContentPlaceHolder1_txtCardNo', 'ctl00$MainContent$txtName', // JSF, ASP.NET
      'css_a8f9c2', 'row-20261126', '0f8fad5b-d9cb-469f-a165-70867728950e', 'btn_3xK9a',
    ]) {
      expect(looksGenerated(id), id).toBe(true);
    }
  });

  it('keeps names people chose', () => {
    for (const id of ['patient-query', 'new-patient-id-number', 'idNumber', 'btnSave', 'btnSaveOrder', 'reviewForm_opinion', 'wardCode', 'decade', 'facade', 'step2', 'h5form']) {
      expect(looksGenerated(id), id).toBe(false);
    }
  });

  it('recognises hashed and CSS-in-JS classes, but not BEM or framework classes', () => {
    for (const cls of ['PayPanel_payBtn__3xK9a', 'css-1x6z5ev', 'css-dev-only-do-not-override-1wnbzv4', 'sc-bdfBwQ', 'jss12', 'svelte-1ab2cd', '_3xK9a', 'el-table_1_column_7']) {
      expect(looksGeneratedClass(cls), cls).toBe(true);
    }
    for (const cls of ['el-form-item__label', 'el-button--primary', 'x-btn-text', 'ant-btn-primary', 'l-btn', 'tb-history', 'icon-add', 'order-grid', 'el-table__cell', 'el-table-column--selection']) {
      expect(looksGeneratedClass(cls), cls).toBe(false);
    }
  });

  it('treats state classes as state, not identity', () => {
    for (const cls of ['is-active', 'active', 'x-tree-selected', 'ant-table-row-selected', 'ng-dirty', 'el-radio__input', 'is-checked']) {
      expect(isStateClass(cls) || cls === 'el-radio__input', cls).toBe(true);
    }
    expect(isStateClass('el-button')).toBe(false);
  });

  it('keeps the developer-chosen part of generated client ids', () => {
    expect(developerPartOf('ctl00_ContentPlaceHolder1_txtCardNo')).toEqual({ separator: '_', part: 'txtCardNo' });
    expect(developerPartOf('ctl00$ContentPlaceHolder1$txtCardNo')).toEqual({ separator: '$', part: 'txtCardNo' });
    expect(developerPartOf('form1:j_idt23:name')).toEqual({ separator: ':', part: 'name' });
    expect(developerPartOf('patient-query')).toBeUndefined();
    expect(developerPartOf('ctl00_ctl02')).toBeUndefined();
  });

  it('property: any id carrying a hex hash or a long counter is generated', () => {
    const hexHash = fc
      .tuple(fc.stringMatching(/^[0-9a-f]{6,10}$/), fc.constantFrom('', 'btn-', 'field_', 'x'))
      .filter(([hash]) => /\d/.test(hash) && /[a-f]/.test(hash))
      .map(([hash, prefix]) => `${prefix}${hash}`);
    fc.assert(fc.property(hexHash, (id) => looksGenerated(id)));
    fc.assert(fc.property(fc.integer({ min: 1000, max: 99_999_999 }), fc.constantFrom('row-', 'item', 'ext-', 'p_'), (n, prefix) => looksGenerated(`${prefix}${n}`)));
  });

  it("property: component libraries' useId-style ids are generated whatever their random characters", () => {
    const chars = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z0-9]{${min},${max}}$`));
    const digits = fc.integer({ min: 0, max: 999_999_999 });
    const ids = fc.oneof(
      chars(5, 9).map((r) => `mantine-${r}`), // Mantine: random base-36, with or without digits
      chars(1, 4).map((r) => `:r${r}:`), // React 18
      chars(1, 4).map((r) => `«r${r}»`), // React 19.1
      chars(1, 4).map((r) => `_r_${r}_`), // React 19.2
      digits.map((n) => `mui-${n}`), // MUI's useId fallback
      fc.tuple(fc.constantFrom('select', 'tabs', 'menu'), digits).map(([kind, n]) => `rc_${kind}_${n}`), // rc-components (antd)
      fc.tuple(digits, digits).map(([a, b]) => `el-id-${a}-${b}`), // Element Plus
      fc.tuple(fc.constantFrom('menu-button', 'listbox-option', 'dialog'), fc.oneof(digits.map(String), chars(1, 3).map((r) => `:r${r}:`))).map(([kind, n]) => `headlessui-${kind}-${n}`),
      digits.map((n) => `react-aria${n}`),
    );
    fc.assert(fc.property(ids, (id) => looksGenerated(id)));
  });

  it('property: camelCase and kebab-case words without digits are kept', () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/).filter((w) => !/^(ember|jqg|rc|tiny|vxe|mantine|chakra)/.test(w) && !/^[a-f]{6,}$/.test(w));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).chain((words) =>
      fc.constantFrom(words.join('-'), words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('')),
    );
    fc.assert(fc.property(name, (id) => !looksGenerated(id)));
  });
});

describe('a library\'s look classes', () => {
  it('reads variant, colour and size words as whole words, case by case at camel-case edges', () => {
    for (const c of ['ant-btn-primary', 'el-button--small', 'MuiButton-containedPrimary', 'MuiButton-sizeMedium', 'arco-btn-size-default', 'ant-btn-icon-only', 'btn-outline-primary']) {
      expect(isVariantClass(c), c).toBe(true);
    }
    // a word that only starts with a look word is a kind: a textarea is not "text" + "area"
    for (const c of ['el-textarea__inner', 'el-textarea', 'arco-textarea', 'ant-colorpicker', 'MuiTypography-h6', 'ant-card-head-title']) {
      expect(isVariantClass(c), c).toBe(false);
    }
  });

  it('utility classes (spacing, display, flex, font weight, colour) are look, never kind; a developer\'s class is kind', () => {
    for (const c of ['fw-bold', 'mb-3', 'me-2', 'p-0', 'ms-auto', 'd-flex', 'text-muted', 'bg-light', 'border', 'rounded-pill', 'justify-content-between', 'align-items-center', 'flex-column', 'w-100']) {
      expect(isVariantClass(c), c).toBe(true);
    }
    for (const c of ['card-header', 'modal-title', 'form-label', 'patient-title', 'order-list', 'drug-name', 'flexible']) {
      expect(isVariantClass(c), c).toBe(false);
    }
  });
});
