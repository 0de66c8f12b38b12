// One setting sizes every test timeout: PRECEPTOR_TIME_SCALE (1 on a quiet machine). `pnpm test`
// sets it from the machine's load when it is not given, so a busy 2-core machine gives slow-but-green
// runs instead of timeouts. Plain JS so both configs and the test runner can import it.
import os from 'node:os';

/** The factor given, or the one-minute load per core rounded up (1–4). */
export function timeScale() {
  const given = Number(process.env.PRECEPTOR_TIME_SCALE);
  if (Number.isFinite(given) && given >= 1) return given;
  const perCore = os.loadavg()[0] / Math.max(1, os.cpus().length);
  return Math.min(4, Math.max(1, Math.ceil(perCore)));
}
