// Entry of sandbox/lms-launcher.html, the AU page of a quiz or tour in a cmi5 package.
import { startCmi5Launcher } from './cmi5Launcher.ts';
import { cmi5SessionFromLocation } from './cmi5Session.ts';

const root = document.getElementById('root');
if (root) {
  void startCmi5Launcher({
    root,
    search: location.search,
    loadCourse: async () => (await fetch(new URL('./lms-course.json', location.href))).json(),
    createSession: () => cmi5SessionFromLocation(location.search),
    language: navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
  }).then((launcher) => {
    // leaving without "Close" still ends the session (terminated is the last statement)
    addEventListener('pagehide', () => void launcher.close());
  });
}
