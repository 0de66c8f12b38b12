import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildExportBundle } from '../../shared/src/record/exportBundle.ts';
import { exportPublicKeyJwk, generateSigningKeyPair } from '../../shared/src/record/bundleSigning.ts';
import { BUILT_IN_ROLE_TITLES, type BuiltInRole } from '../../shared/src/schema/learnerProfile.ts';
import { SYNTHETIC_DEPARTMENTS, syntheticLearner, syntheticLearnerStatements } from '../../shared/test/trainer/syntheticLearners.ts';

/**
 * Signed learner bundles for the merge benchmark: one per synthetic learner, each with its own
 * install key, about `statementsPerBundle` statements, written as the extension names them.
 * Deterministic content per seed; a finished directory is reused (marker file).
 * Every manifest carries the learner's staff identity (issue 15): learner i is staff number
 * `staffNumber(i)`, which the generated roster (`rosterCsv`) lists among its people.
 */

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华'];

/** The staff number of synthetic learner / roster person i (1-based). */
export function staffNumber(i: number): string {
  return `H${String(100000 + i)}`;
}

export function staffName(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
}

/**
 * The HR staff list as Excel on Chinese Windows would save it from HR's system, UTF-8 with BOM:
 * Chinese headers, `people` rows. Person i ≤ bundles is synthetic learner i (same department,
 * the role's Chinese title); the rest hand nothing in.
 */
export function rosterCsv(people: number, learners: number): string {
  const departments = [...new Set(Object.values(SYNTHETIC_DEPARTMENTS).flat())];
  const roles = Object.keys(SYNTHETIC_DEPARTMENTS);
  const lines = ['工号,姓名,科室,岗位'];
  for (let i = 1; i <= people; i++) {
    const learner = syntheticLearner(i);
    const role = i <= learners ? learner.role : roles[i % roles.length]!;
    const department = i <= learners ? learner.department : departments[i % departments.length]!;
    lines.push(`${staffNumber(i)},${staffName(i)},${department},${BUILT_IN_ROLE_TITLES[role as BuiltInRole]['zh-CN']}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
export interface GeneratedBundles {
  dir: string;
  files: string[];
  statements: number;
  bytes: number;
  seconds: number;
  reused: boolean;
}

export async function generateBundles(dir: string, bundles: number, statementsPerBundle: number): Promise<GeneratedBundles> {
  // v2: manifests carry staff identity (an older directory without it is regenerated)
  const marker = path.join(dir, '.complete-v2.json');
  if (existsSync(marker)) {
    const done = JSON.parse(await readFile(marker, 'utf8')) as Omit<GeneratedBundles, 'reused'>;
    if (done.files.length === bundles && done.files.every((f) => existsSync(f))) return { ...done, reused: true };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  const files: string[] = [];
  let statements = 0;
  let bytes = 0;
  for (let i = 0; i < bundles; i++) {
    const learner = syntheticLearner(i + 1);
    const list = syntheticLearnerStatements(learner, statementsPerBundle, i + 1);
    const pair = await generateSigningKeyPair();
    const built = await buildExportBundle({
      statements: list,
      learner: { homePage: learner.homePage, learnerId: learner.learnerId },
      exportedAt: new Date(Date.UTC(2026, 10, 26, 9, 0, 0) + i * 1000),
      exporter: { name: 'Preceptor', version: '0.1.0' },
      sequence: 1,
      previousExportSha256: null,
      signer: { privateKey: pair.privateKey, publicKey: await exportPublicKeyJwk(pair.publicKey) },
      language: 'zh-CN',
      staff: { displayName: staffName(i + 1), staffNumber: staffNumber(i + 1), department: learner.department, role: learner.role, consentedAt: '2026-11-20T08:00:00.000Z' },
    });
    const file = path.join(dir, built.fileName);
    await writeFile(file, built.bytes);
    files.push(file);
    statements += list.length;
    bytes += built.bytes.length;
  }
  const result = { dir, files, statements, bytes, seconds: (performance.now() - started) / 1000 };
  await writeFile(marker, JSON.stringify(result));
  return { ...result, reused: false };
}
