import demoPackJson from '../packs/registration-demo.pack.json';
import type { ContentPackInput } from '../src/schema/contentPack.ts';

export const demoPackText = JSON.stringify(demoPackJson, null, 2);

/** A fresh, mutable copy of the demo pack for each test to break in its own way. */
export function demoPack(): ContentPackInput & { tours: any[] } {
  return JSON.parse(demoPackText);
}
