/** The factor every test timeout is multiplied by (see timeScale.mjs). */
export function timeScale(): number;
