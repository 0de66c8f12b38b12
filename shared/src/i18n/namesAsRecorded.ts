/**
 * English content (a scenario's title, goal, background) names the simulated hospital's people as
 * their records hold them: "Two 张丽: order for the right one". Those names are data, not words
 * of the sentence: the screen marks them so (translate="no"). This splits such a text into its own
 * words and the runs of Chinese characters in it; the scenario tests check that every such run is
 * a person's name the hospital's data holds, so an untranslated word cannot hide as a "name".
 */
export type TextPiece = { text: string; asRecorded: boolean };

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

export function namesAsRecorded(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), asRecorded: false });
    pieces.push({ text: match[0], asRecorded: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), asRecorded: false });
  return pieces;
}
