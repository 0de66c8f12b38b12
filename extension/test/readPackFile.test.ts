import { File as NodeFile } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { authoringTranslator } from '../src/authoring/authoringMessages.ts';
import { translator } from '../src/i18n/messages.ts';
import { MAX_PACK_FILE_BYTES, type PackFileStage } from '../src/packs/packFile.ts';
import { readPackFile } from '../src/packs/readPackFile.ts';

// The one reader behind the options page's import and the editor's "Import JSON": size, read with
// progress, parse and check, save; each failure names the file (and the field, for a bad pack).

const fileOf = (text: string, name: string) => new NodeFile([text], name, { type: 'application/json' }) as unknown as File;

function follow() {
  const stages: (PackFileStage | undefined)[] = [];
  return { stages, onStage: (stage: PackFileStage | undefined) => void stages.push(stage) };
}

describe('readPackFile', () => {
  it('reads a valid pack with progress, checks it, and hands it to save', async () => {
    const { stages, onStage } = follow();
    const save = vi.fn(async (pack: ContentPack) => `stored ${pack.id}`);
    const outcome = await readPackFile(fileOf(JSON.stringify(demoPackJson), 'demo.pack.json'), { language: 'en', t: translator('en'), onStage, save });
    expect(outcome).toMatchObject({ kind: 'saved', pack: { id: demoPackJson.id }, saved: `stored ${demoPackJson.id}` });
    expect(save).toHaveBeenCalledTimes(1);
    expect(stages[0]).toEqual({ kind: 'reading', fraction: 0 });
    expect(stages.filter((s) => s?.kind === 'reading').at(-1)).toEqual({ kind: 'reading', fraction: 1 });
    expect(stages.slice(-3)).toEqual([{ kind: 'checking' }, { kind: 'saving' }, undefined]);
  });

  it('refuses a file over the limit before reading a byte, naming the file and both sizes', async () => {
    const { stages, onStage } = follow();
    const save = vi.fn(async () => undefined);
    const huge = { name: 'backup.json', size: MAX_PACK_FILE_BYTES + 1, stream: () => { throw new Error('read'); } } as unknown as File;
    const outcome = await readPackFile(huge, { language: 'zh-CN', t: translator('zh-CN'), onStage, save });
    expect(outcome).toEqual({ kind: 'failed', message: `backup.json 有 32.0 MB，超过内容包上限 32.0 MB，未导入。请检查是否选错了文件。` });
    expect(stages).toEqual([]);
    expect(save).not.toHaveBeenCalled();
  });

  it('does not save an invalid pack: each problem has its field path, under the file name, in the page language', async () => {
    const broken = { ...demoPackJson, tours: [{ ...demoPackJson.tours[0], title: { en: 'No Chinese title' } }] };
    const save = vi.fn(async () => undefined);
    const outcome = await readPackFile(fileOf(JSON.stringify(broken), 'broken.json'), { language: 'en', t: translator('en'), onStage: () => undefined, save });
    expect(save).not.toHaveBeenCalled();
    if (outcome.kind !== 'invalid') throw new Error(`expected invalid, got ${outcome.kind}`);
    expect(outcome.result.fileName).toBe('broken.json');
    expect(outcome.result.problems.map((p) => p.path)).toContain('tours[0].title.zh-CN');
  });

  it('names the file when it is not JSON at all', async () => {
    const outcome = await readPackFile(fileOf('{"id": "x",', 'cut-off.json'), { language: 'en', t: translator('en'), onStage: () => undefined, save: async () => undefined });
    expect(outcome.kind === 'invalid' && outcome.result.fileName).toBe('cut-off.json');
  });

  it('words a full storage and any other failed write in the caller\'s own words, and ends the stages', async () => {
    const text = JSON.stringify(demoPackJson);
    const editorWords = authoringTranslator('en');
    const { stages, onStage } = follow();
    const full = await readPackFile(fileOf(text, 'ward.json'), { language: 'en', t: editorWords, onStage, save: async () => { throw new Error('QUOTA_BYTES quota exceeded'); } });
    expect(full).toEqual({ kind: 'failed', message: 'The extension’s storage on this computer is full, so ward.json was not imported; the packs in the editor are unchanged.' });
    expect(stages.at(-1)).toBeUndefined();
    const broken = await readPackFile(fileOf(text, 'ward.json'), { language: 'zh-CN', t: translator('zh-CN'), onStage: () => undefined, save: async () => { throw new Error('disk gone'); } });
    expect(broken).toEqual({ kind: 'failed', message: 'ward.json 未能保存，已安装的内容包没有变化：disk gone' });
  });
});
