/** Styles inside the authoring panel's shadow root: page CSS cannot reach them, nor they the page. */
export const panelStyles = `
:host { all: initial; }
* { box-sizing: border-box; }
.outline { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px dashed #c2410c;
  background: rgba(194, 65, 12, .08); border-radius: 3px; }
.outline[hidden] { display: none; }
.outline .tag { position: absolute; left: -2px; top: -22px; background: #c2410c; color: #fff; font: 11px/1.6 system-ui, sans-serif;
  padding: 0 6px; border-radius: 3px; white-space: nowrap; }
.outline.good { border-color: #15803d; background: rgba(21, 128, 61, .08); }
.outline.good .tag { background: #15803d; }
.panel {
  position: fixed; top: 12px; right: 12px; z-index: 2147483647; width: min(400px, calc(100vw - 24px));
  max-height: calc(100vh - 24px); overflow: auto; pointer-events: auto;
  background: #fff; color: #1b2430; border: 1px solid #6b7f95; border-radius: 8px;
  box-shadow: 0 10px 30px rgba(15, 30, 50, .3);
  font: 13px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif;
}
.panel.left { right: auto; left: 12px; }
header { display: flex; align-items: center; gap: 6px; background: #3b2a63; color: #fff; padding: 6px 10px;
  position: sticky; top: 0; z-index: 1; border-radius: 7px 7px 0 0; }
header h2 { font-size: 13px; margin: 0; flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
header button { background: none; border: 1px solid transparent; color: #fff; cursor: pointer; font: inherit; padding: 1px 6px; border-radius: 4px; }
header button:hover { border-color: #c9bde6; }
.rec { background: #b91c1c; color: #fff; font-size: 11px; padding: 0 6px; border-radius: 8px; }
.body { padding: 8px 10px 10px; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.row.end { justify-content: flex-end; }
.grow { flex: 1; min-width: 0; }
label { display: block; font-weight: 600; font-size: 12px; margin: 6px 0 2px; color: #2c3e50; }
label.inline { display: flex; gap: 6px; align-items: center; font-weight: 600; margin: 0; white-space: nowrap; }
.md-caption { font-size: 11px; color: #4a5b6e; margin: 6px 0 2px; }
input, select, textarea { font: inherit; font-weight: normal; width: 100%; padding: 3px 6px; border: 1px solid #8aa0b8; border-radius: 4px; background: #fff; color: #1b2430; }
textarea { min-height: 52px; resize: vertical; }
button { font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 4px; border: 1px solid #3b5b8a; background: #fff; color: #1f3f6b; cursor: pointer; }
button.primary { background: #1f6fb2; border-color: #1f6fb2; color: #fff; }
button.danger { border-color: #a61b1b; color: #a61b1b; }
button.recording { background: #b91c1c; border-color: #b91c1c; color: #fff; }
button:disabled { opacity: .55; cursor: not-allowed; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid #f0a500; outline-offset: 1px; }
.toolbar { display: flex; gap: 6px; flex-wrap: wrap; margin: 8px 0; }
.notice { background: #fff4f4; border-left: 4px solid #b91c1c; padding: 4px 8px; font-size: 12px; margin: 6px 0; }
.info { background: #eef5fc; border-left: 4px solid #1f6fb2; padding: 4px 8px; font-size: 12px; margin: 6px 0; }
.warn { background: #fff7e6; border-left: 4px solid #b7791f; padding: 4px 8px; font-size: 12px; margin: 6px 0; color: #5c3d0a; }
.picker { border: 1px solid #c2410c; border-radius: 6px; padding: 6px 8px; margin: 6px 0; background: #fffaf5; }
.quality { font-weight: 700; }
.quality.unique { color: #15803d; }
.quality.bad { color: #b91c1c; }
.crumbs { display: flex; flex-wrap: wrap; gap: 2px; margin-top: 4px; list-style: none; padding: 0; }
.crumbs button { font-family: ui-monospace, monospace; font-size: 11px; padding: 0 5px; }
.crumbs button[aria-current="true"] { background: #c2410c; color: #fff; border-color: #c2410c; }
ol.steps { list-style: none; margin: 4px 0 0; padding: 0; }
.step { border: 1px solid #d3dce6; border-radius: 6px; margin: 4px 0; }
.step.open { border-color: #1f6fb2; }
.step-head { display: flex; align-items: center; gap: 6px; padding: 4px 6px; }
.num { font-weight: 700; color: #3b2a63; min-width: 18px; }
.badge { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #e3e9f0; color: #1b2430; white-space: nowrap; }
.title { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.health { font-size: 11px; padding: 0 6px; border-radius: 8px; white-space: nowrap; }
.health.found { background: #dcfce7; color: #14532d; }
.health.ambiguous { background: #fef3c7; color: #713f12; }
.health.missing { background: #fee2e2; color: #7f1d1d; }
.step-edit { padding: 4px 8px 8px; border-top: 1px solid #e3e9f0; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.md { border: 1px dashed #9fb3c8; border-radius: 4px; padding: 4px 8px; background: #fafcff; font-size: 12px; }
.md p { margin: 0 0 4px; }
.md ul, .md ol { margin: 0 0 4px; padding-left: 18px; }
.md code { background: #eef2f7; padding: 0 3px; border-radius: 3px; }
.target { font-family: ui-monospace, monospace; font-size: 11px; word-break: break-all; background: #f4f6f9; padding: 2px 6px; border-radius: 4px; }
.muted { color: #4a5b6e; font-size: 12px; }
.chip { position: fixed; bottom: 16px; left: 16px; z-index: 2147483647; pointer-events: auto; display: flex; gap: 6px; align-items: center;
  background: #3b2a63; color: #fff; border-radius: 18px; padding: 4px 6px 4px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.3);
  font: 13px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; }
.chip button { border-color: #fff; background: #fff; color: #3b2a63; border-radius: 14px; }
ul.problems { margin: 4px 0; padding-left: 18px; font-size: 12px; }
ul.problems code { font-size: 11px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
