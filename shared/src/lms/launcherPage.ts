// Why SCORM 1.2 has this page and cmi5 its own (sandbox/lms-launcher.html, sandbox/src/lms/cmi5Launcher.ts):
// both open for a quiz or tour (never a scenario: scenarios launch sandbox/lms.html in both
// packages), and both say "do it on the live EMR", but they do different work with different
// runtimes. This one can only find the SCORM 1.2 `API` object in a parent frame (or the opener)
// and mark the SCO "incomplete": SCORM 1.2 has no way to learn the result, which reaches the
// trainer through an LRS or an export. The cmi5 page speaks xAPI over HTTP with the launch
// token the LMS put in its URL, reads the LMS's LRS for the extension's statement under this
// registration, and only then sends cmi5's completed/passed/failed; it needs the sandbox's JS
// build and sandbox/lms-course.json beside it. One page for both would be the cmi5 page with a
// third, SCORM mode that has none of its checking, plus lms-course.json in the SCORM package;
// this page stays a static file per SCO with its inline script and titles written in, which any
// SCORM 1.2 LMS serves. Change the wording of one, check the other's.
//
// The page a quiz or tour SCO/AU opens in the LMS: these run on the live EMR with the extension,
// which cannot happen inside an LMS frame, so the page says where to do it (zh-CN and en) and
// tells a SCORM 1.2 LMS the learner has seen it ("incomplete": the LMS cannot see the work
// itself; with an LRS the extension reports it, docs/lms.md). Static, no outside host, no data.

import type { LmsCourseItem } from './lmsCourse.ts';
import { xmlEscape } from './scorm12Manifest.ts';
import { LmsBuildError } from './lmsBuildError.ts';

const WHAT = {
  quiz: { 'zh-CN': '测验', en: 'Quiz' },
  tour: { 'zh-CN': '系统内导览', en: 'In-app tour' },
} as const;

/** A tiny SCORM 1.2 client: bounded findAPI walk (parents, then the opener's), initialize, mark incomplete, finish on leave. */
const SCORM12_SCRIPT = `(function(){
function api(w){try{var a=w&&w.API;return a&&typeof a.LMSInitialize==='function'&&typeof a.LMSFinish==='function'&&typeof a.LMSSetValue==='function'&&typeof a.LMSGetValue==='function'?a:null}catch(e){return null}}
function walk(w){for(var i=0;i<10&&w;i++){var a=api(w);if(a)return a;var p=null;try{p=w.parent}catch(e){return null}if(!p||p===w)return null;w=p}return null}
var w=window,a=walk(w);if(!a){try{a=walk(w.opener)}catch(e){a=null}}
var s=document.getElementById('lms-state');if(!a){s.dataset.lms='none';return}
if(String(a.LMSInitialize(''))!=='true'){s.dataset.lms='error';return}
s.dataset.lms='scorm12';var st=String(a.LMSGetValue('cmi.core.lesson_status'));
if(st==='not attempted'||st===''){a.LMSSetValue('cmi.core.lesson_status','incomplete')}
a.LMSCommit('');var done=false;window.addEventListener('pagehide',function(){if(done)return;done=true;a.LMSSetValue('cmi.core.exit','');a.LMSFinish('')});
})();`;

export function launcherPage(item: LmsCourseItem): string {
  if (item.kind === 'scenario') throw new LmsBuildError(item.key, { 'zh-CN': `情景“${item.contentId}”在沙箱中打开，不用启动页`, en: `a scenario launches in the sandbox, not on a launcher page ("${item.contentId}")` });
  const what = WHAT[item.kind];
  const zh = item.kind === 'tour'
    ? '这项导览要在医院的真实电子病历系统中完成：请在装有 Preceptor 扩展的浏览器中打开电子病历，从扩展的弹出窗口启动它。医院配置了学习记录存储（LRS）时，完成情况会自动回到本课程；否则请把进度导出交给培训老师。'
    : '这项测验在 Preceptor 扩展中完成：请在装有扩展的浏览器中打开电子病历，从扩展的弹出窗口开始测验。医院配置了学习记录存储（LRS）时，成绩会自动回到本课程；否则请把进度导出交给培训老师。';
  const en = item.kind === 'tour'
    ? 'This tour runs on the hospital’s live EMR, which cannot open inside the LMS: open the EMR in the browser that has the Preceptor extension and start it from the extension’s popup. When the hospital has set a learning record store (LRS), your completion comes back to this course; otherwise export your progress for your trainer.'
    : 'This quiz runs in the Preceptor extension: open the EMR in the browser that has the extension and start the quiz from its popup. When the hospital has set a learning record store (LRS), your score comes back to this course; otherwise export your progress for your trainer.';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlEscape(item.title['zh-CN'])} · ${xmlEscape(item.title.en)}</title>
<style>body{font:16px/1.6 system-ui,"Microsoft YaHei",sans-serif;margin:2rem auto;max-width:44rem;padding:0 1rem;color:#1b2430}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}code{background:#eef2f6;padding:0 .25rem}</style>
</head>
<body>
<main id="lms-state" data-kind="${item.kind}" data-content-id="${xmlEscape(item.contentId)}" data-pack-id="${xmlEscape(item.packId ?? '')}">
<section lang="zh-CN"><h1>${xmlEscape(what['zh-CN'])}：${xmlEscape(item.title['zh-CN'])}</h1><p>${zh}</p><p>内容包 <code>${xmlEscape(item.packId ?? '')}</code>，编号 <code>${xmlEscape(item.contentId)}</code>。</p></section>
<section lang="en"><h2>${xmlEscape(what.en)}: ${xmlEscape(item.title.en)}</h2><p>${en}</p><p>Pack <code>${xmlEscape(item.packId ?? '')}</code>, id <code>${xmlEscape(item.contentId)}</code>.</p></section>
</main>
<script>${SCORM12_SCRIPT}</script>
</body>
</html>
`;
}
