// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { authoringTranslator } from '../src/authoring/authoringMessages.ts';
import { addAuthoredPack, authoredPacks, type AuthoredPack } from '../src/authoring/authoringStore.ts';
import { EditorProvider, useEditor } from '../src/authoring/editor/editorContext.tsx';
import { reactHostPerTest, until } from './reactHost.ts';

// The editor's draft against what storage reports (authoring/editor/editorContext.tsx): a report of
// the stored draft that comes while the editor's own save is being written lacks that save's
// edits; taken then, the edits vanished from the screen, and a publish found nothing new.

const dom = reactHostPerTest();
const t = authoringTranslator('zh-CN');

let api: ReturnType<typeof useEditor> | undefined;
function Probe() {
  api = useEditor();
  return createElement('output', null, api.draft.title['zh-CN']);
}
const render = (pack: AuthoredPack) => act(() => dom.root.render(createElement(EditorProvider, { pack, language: 'zh-CN', t, children: createElement(Probe) })));
const shownTitle = () => dom.host.querySelector('output')?.textContent;

describe('the editor while its own save is written', () => {
  it('keeps its edit when a stored draft without it is reported meanwhile, and shows what is stored once the save is done', async () => {
    const original: AuthoredPack = { key: 'k', draft: ContentPack.parse(demoPackJson), published: [], updatedAt: 0 };
    await addAuthoredPack(original);
    render(original);

    // hold the storage write the save makes
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      writes++;
      await held;
      return set(items);
    });

    act(() => api!.update(['title', 'zh-CN'], '改过的标题'));
    expect(shownTitle()).toBe('改过的标题');
    await until(() => writes === 1); // the save has begun (after the editor's short delay) and waits on the write

    // a report of the stored draft as it was before this save
    render({ ...original, draft: structuredClone(original.draft) });
    expect(shownTitle()).toBe('改过的标题');

    release();
    await until(() => spy.mock.results.length === 1);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    spy.mockRestore();
    const stored = (await authoredPacks.getValue()).find((p) => p.key === 'k')!;
    expect(stored.draft.title['zh-CN']).toBe('改过的标题');
    // the report of the save's own write
    render(stored);
    expect(shownTitle()).toBe('改过的标题');
  });

  it('takes a stored change made elsewhere (the in-page panel recorded a step) when nothing of its own is waiting', async () => {
    const original: AuthoredPack = { key: 'k', draft: ContentPack.parse(demoPackJson), published: [], updatedAt: 0 };
    await addAuthoredPack(original);
    render(original);
    const recorded = { ...original, draft: { ...original.draft, title: { ...original.draft.title, 'zh-CN': '面板里改的' } } };
    render(recorded);
    expect(shownTitle()).toBe('面板里改的');
  });
});
