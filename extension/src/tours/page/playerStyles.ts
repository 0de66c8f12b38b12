/** Styles inside the player's shadow root: the host page's CSS cannot reach them, nor they the page. */
export const playerStyles = `
.ring { position: fixed; z-index: 2147483646; box-sizing: border-box; pointer-events: none;
  border: 3px solid #f0a500; outline: 2px solid #fff; border-radius: 6px; }
.ring[hidden] { display: none; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(360px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  background: #fff; color: #1b2430; border: 1px solid #9fb3c8; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(15, 30, 50, .28);
  font: 14px/1.55 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif;
  padding: 14px 16px 12px;
  pointer-events: auto;
}
.card.centred { left: 50%; top: 50%; transform: translate(-50%, -50%); }
.card.unattached { border-color: #b7791f; }
.meta { display: flex; justify-content: space-between; align-items: center; gap: 8px;
  font-size: 12px; color: #4a5b6e; margin-bottom: 6px; }
.meta { cursor: move; touch-action: none; user-select: none; }
.meta .tools { display: flex; align-items: center; gap: 2px; flex: none; }
.move, .reset { border: 0; background: none; font-size: 15px; line-height: 1; cursor: move; color: #4a5b6e; padding: 3px 5px; border-radius: 4px; }
.reset { cursor: pointer; }
.move:hover, .reset:hover, .close:hover { background: #eef2f7; }
.close { border: 0; background: none; font-size: 20px; line-height: 1; cursor: pointer; color: #4a5b6e; padding: 2px 6px; border-radius: 4px; }
h2 { font-size: 16px; margin: 0 0 6px; color: #0b3a66; }
p { margin: 0 0 10px; }
.body p, .body ul, .body ol { margin: 0 0 8px; }
.body ul, .body ol { padding-left: 20px; }
.body code { background: #eef2f7; border-radius: 3px; padding: 0 3px; font-size: 13px; }
.body a { color: #0b5394; }
.notice { background: #fff7e6; border-left: 4px solid #b7791f; padding: 6px 8px; font-size: 13px; color: #5c3d0a; }
.hint { font-size: 13px; color: #0b5394; font-weight: 600; }
.progress { height: 4px; background: #e3e9f0; border-radius: 2px; margin: 4px 0 10px; overflow: hidden; }
.progress > span { display: block; height: 100%; background: #1f6fb2; }
.actions { display: flex; justify-content: flex-end; gap: 8px; }
button.action { font: inherit; font-size: 13px; padding: 5px 14px; border-radius: 4px; cursor: pointer;
  border: 1px solid #1f6fb2; background: #fff; color: #1f6fb2; }
button.primary { background: #1f6fb2; color: #fff; }
button:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.keys { font-size: 11px; color: #5b6b7c; margin-top: 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
