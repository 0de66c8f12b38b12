#!/usr/bin/env node
// Renders preceptor.svg to the PNG sizes a browser asks for (toolbar 16/32, management page 48,
// install dialog and store 128). WXT finds public/icon/<size>.png and lists them as `icons`.
// Run after editing the SVG: `node extension/icon-source/render.mjs`; the PNGs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(new URL('./preceptor.svg', import.meta.url), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const out = new URL(`../public/icon/${size}.png`, import.meta.url);
  writeFileSync(out, png);
  console.log(`${out.pathname}: ${png.length} bytes`);
}
