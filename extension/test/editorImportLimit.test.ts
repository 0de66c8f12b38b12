// @vitest-environment jsdom
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { authoringTranslator } from '../src/authoring/authoringMessages.ts';
import { authoredPacks } from '../src/authoring/authoringStore.ts';
import { ImportPack } from '../src/authoring/editor/EditorPage.tsx';
import { MAX_PACK_FILE_BYTES, readPackText } from '../src/packs/packFile.ts';
import { reactHostPerTest, until } from './reactHost.ts';

// The editor's "Import JSON" (issue 17): the options page's 32 MB limit, the file named, nothing
// read or stored for a file over it; a pack under it is read with progress and imported.

// (jsdom's Blob has no stream(): Node's, as the browser's, reads in chunks)
const fileOf = (text: string, name: string) => new NodeFile([text], name, { type: 'application/json' }) as unknown as File;

const dom = reactHostPerTest();

function choose(file: File) {
  const input = dom.host.querySelector<HTMLInputElement>('input[data-action="editor-import"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}


describe('the editor\'s Import JSON', () => {

  it('refuses a file over 32 MB at once, naming it and the limit, and reads nothing', async () => {
    const onImported = vi.fn();
    act(() => dom.root.render(createElement(ImportPack, { t: authoringTranslator('zh-CN'), language: 'zh-CN', onImported })));
    const big = fileOf('{}', 'ward-export.json');
    Object.defineProperty(big, 'size', { value: MAX_PACK_FILE_BYTES + 5 * 1024 * 1024 });
    const stream = vi.spyOn(big, 'stream');
    await act(async () => choose(big));
    const failure = dom.host.querySelector('[data-region="editor-import-failure"]');
    expect(failure?.textContent).toBe('ward-export.json 有 37.0 MB，超过内容包上限 32.0 MB，未导入。请检查是否选错了文件。');
    expect(failure?.getAttribute('role')).toBe('alert');
    expect(stream).not.toHaveBeenCalled();
    expect(await authoredPacks.getValue()).toEqual([]);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('imports a pack under the limit (English words)', async () => {
    const onImported = vi.fn();
    act(() => dom.root.render(createElement(ImportPack, { t: authoringTranslator('en'), language: 'en', onImported })));
    await act(async () => choose(fileOf(JSON.stringify(demoPackJson), 'registration.json')));
    await until(() => onImported.mock.calls.length === 1);
    expect((await authoredPacks.getValue()).map((p) => p.draft.id)).toEqual([demoPackJson.id]);
    expect(dom.host.querySelector('[role="status"]')?.textContent).toContain('Imported “');
    expect(dom.host.querySelector('[data-region="editor-import-failure"]')).toBeNull();
  });

  it('reads a file in chunks, reporting the fraction read up to the whole', async () => {
    const text = 'x'.repeat(300_000) + '门诊挂号';
    const seen: number[] = [];
    expect(await readPackText(new NodeBlob([text]) as unknown as Blob, (f) => seen.push(f))).toBe(text);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });
});
