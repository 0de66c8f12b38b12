/**
 * FNV-1a, 32 bits, in base 36: a short name that stays the same for the same text (an icon's
 * shape in a fingerprint, a pilot problem's page and category in a suggestions file). Not a
 * checksum against tampering: only a stable, compact key.
 */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
