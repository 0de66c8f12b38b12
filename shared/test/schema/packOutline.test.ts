import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { packOutline } from '../../src/schema/packOutline.ts';
import { demoPack } from '../packFixtures.ts';

describe('a pack outline', () => {
  it('keeps what lists and page offers read, drops steps and questions, counts the steps', () => {
    const pack = ContentPack.parse(demoPack());
    const outline = packOutline(pack);
    expect(outline.id).toBe(pack.id);
    expect(outline.siteRules).toEqual(pack.siteRules);
    expect(outline.checklists).toEqual(pack.checklists);
    expect(outline.tours.map((t) => [t.id, t.stepCount, t.roles])).toEqual(pack.tours.map((t) => [t.id, t.steps.length, t.roles]));
    expect(outline.tours.every((t) => !('steps' in t))).toBe(true);
    expect(outline.quizzes).toEqual(pack.quizzes.map((q) => ({ id: q.id, title: q.title })));
    expect(JSON.stringify(outline).length).toBeLessThan(JSON.stringify(pack).length / 2);
  });
});
