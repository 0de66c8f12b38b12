import { describe, expect, it } from 'vitest';
import { copyId, copyTitle, duplicatePack, duplicateStep, duplicateTour } from '../../src/authoring/duplicate.ts';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { demoPack } from '../packFixtures.ts';

const pack = () => ContentPack.parse(demoPack());

describe('duplicating tours, steps and packs', () => {
  it('gives a copy an id nothing else has, within the 80 characters of a content id', () => {
    expect(copyId('welcome', ['welcome'])).toBe('welcome-copy');
    expect(copyId('welcome', ['welcome', 'welcome-copy'])).toBe('welcome-copy-2');
    expect(copyId('welcome-copy', ['welcome', 'welcome-copy'])).toBe('welcome-copy-2'); // a copy of a copy
    const long = 'a'.repeat(80);
    const id = copyId(long, [long]);
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id.endsWith('-copy')).toBe(true);
    expect(copyTitle({ 'zh-CN': '入院', en: 'Admission' })).toEqual({ 'zh-CN': '入院（副本）', en: 'Admission (copy)' });
    expect(copyTitle({ 'zh-CN': '', en: 'X' })).toEqual({ 'zh-CN': '', en: 'X (copy)' });
  });

  it('a duplicated step sits after the original, with a new id, and the pack still validates', () => {
    const p = pack();
    const tour = p.tours[0]!;
    const steps = duplicateStep(tour.steps, 0);
    expect(steps).toHaveLength(tour.steps.length + 1);
    expect(steps[1]!.id).not.toBe(steps[0]!.id);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(steps[1]!.title['zh-CN']).toBe(`${tour.steps[0]!.title['zh-CN']}（副本）`);
    expect(steps[1]!.body).toEqual(tour.steps[0]!.body);
    steps[1]!.body['zh-CN'] = 'changed';
    expect(tour.steps[0]!.body['zh-CN']).not.toBe('changed'); // a deep copy: editing the copy leaves the original
    const result = parsePackValue('p', { ...p, tours: [{ ...tour, steps }, ...p.tours.slice(1)] });
    expect(result.ok).toBe(true);
  });

  it('a duplicated tour twice gives three tours with different ids that validate, the copies never auto-starting', () => {
    const p = pack();
    let tours = duplicateTour(p.tours, 0);
    tours = duplicateTour(tours, 0);
    expect(tours).toHaveLength(p.tours.length + 2);
    const ids = tours.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tours[1]!.autoStart).toBe(false);
    expect(tours[1]!.title.en).toBe(`${p.tours[0]!.title.en} (copy)`);
    const result = parsePackValue('p', { ...p, tours });
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
  });

  it('a duplicated pack is a new pack: fresh id among every known pack, 1.0.0, copy titles, valid, the original untouched', () => {
    const original = pack();
    const before = JSON.stringify(original);
    const copy = duplicatePack({ ...original, version: '3.2.1' }, [original.id, `${original.id}-copy`]);
    expect(copy.id).toBe(`${original.id}-copy-2`);
    expect(copy.version).toBe('1.0.0');
    expect(copy.title['zh-CN']).toBe(`${original.title['zh-CN']}（副本）`);
    expect(copy.tours.map((t) => t.id)).toEqual(original.tours.map((t) => t.id));
    expect(parsePackValue('copy', copy).ok).toBe(true);
    copy.tours[0]!.steps[0]!.title.en = 'changed';
    expect(JSON.stringify(original)).toBe(before);
  });
});
