import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildExportBundle } from '../../shared/src/record/exportBundle.ts';
import { exportPublicKeyJwk, generateSigningKeyPair } from '../../shared/src/record/bundleSigning.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../shared/test/trainer/syntheticLearners.ts';

/**
 * Signed learner bundles for the merge benchmark: one per synthetic learner, each with its own
 * install key, about `statementsPerBundle` statements, written as the extension names them.
 * Deterministic content per seed; a finished directory is reused (marker file).
 */
export interface GeneratedBundles {
  dir: string;
  files: string[];
  statements: number;
  bytes: number;
  seconds: number;
  reused: boolean;
}

export async function generateBundles(dir: string, bundles: number, statementsPerBundle: number): Promise<GeneratedBundles> {
  const marker = path.join(dir, '.complete.json');
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
