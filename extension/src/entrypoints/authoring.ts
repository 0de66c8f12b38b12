import { startAuthoringOnPage } from '../authoring/page/authoringApp.ts';

/**
 * Mentor authoring on an EMR page: picker, recorder and step panel. Built to /authoring.js and
 * imported by the content player (same isolated world) only in a tab where a mentor switched it on.
 */
export default defineUnlistedScript(() => {
  startAuthoringOnPage();
});
