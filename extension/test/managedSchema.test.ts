import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { packKeyId } from '@preceptor/shared/packFeed/packSignature.ts';
import { HOSPITAL_POLICY_KEYS, HospitalPolicySchema, readHospitalPolicy } from '@preceptor/shared/schema/hospitalPolicy.ts';

// The managed_schema.json Chrome/Edge validate the hospital's policy with (shipped in the
// extension, named by the manifest's storage.managed_schema), against the zod schema the extension
// reads the policy with, and the example policy docs/deploy.md gives 信息科.

const json = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as Record<string, unknown>;
interface ChromeSchema {
  type: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: string[];
}
const managedSchema = json('../public/managed_schema.json') as unknown as ChromeSchema;
const examplePolicyFile = json('../../docs/examples/hospital-policy.json');

/** Chrome's policy file form: {"3rdparty": {"extensions": {"<id>": policy}}} */
function policyOf(file: Record<string, unknown>): Record<string, unknown> {
  const extensions = (file['3rdparty'] as { extensions: Record<string, Record<string, unknown>> }).extensions;
  const ids = Object.keys(extensions);
  expect(ids).toHaveLength(1);
  return extensions[ids[0]!]!;
}

function validator() {
  const ajv = new Ajv({ allErrors: true });
  ajv.addKeyword('sensitiveValue'); // Chrome's own keyword: the value is masked in chrome://policy
  return ajv.compile(managedSchema);
}

// Chrome's schema format is a JSON-Schema subset: these keywords and nothing else.
const CHROME_KEYWORDS = new Set(['type', 'description', 'properties', 'items', 'enum', 'sensitiveValue', 'title']);
function keywordsOf(schema: ChromeSchema, at: string, found: string[] = []): string[] {
  for (const [keyword, value] of Object.entries(schema)) {
    if (!CHROME_KEYWORDS.has(keyword)) found.push(`${at}.${keyword}`);
    if (keyword === 'properties') for (const [name, child] of Object.entries(value as Record<string, ChromeSchema>)) keywordsOf(child, `${at}.${name}`, found);
    if (keyword === 'items') keywordsOf(value as ChromeSchema, `${at}[]`, found);
  }
  return found;
}

/** The zod schema's own JSON Schema (input side), to compare shapes with the hand-written one. */
type ZodJson = { type?: string; properties?: Record<string, ZodJson>; items?: ZodJson; enum?: string[] };
const zodJson = z.toJSONSchema(HospitalPolicySchema, { io: 'input', unrepresentable: 'any' }) as ZodJson;

function shapeDifferences(chrome: ChromeSchema, zodSide: ZodJson, at: string, found: string[] = []): string[] {
  if (zodSide.type !== undefined && chrome.type !== zodSide.type) found.push(`${at}: type ${chrome.type} vs ${zodSide.type}`);
  if (zodSide.properties) {
    const names = Object.keys(chrome.properties ?? {}).sort();
    const wanted = Object.keys(zodSide.properties).sort();
    if (names.join() !== wanted.join()) found.push(`${at}: properties ${names.join()} vs ${wanted.join()}`);
    for (const name of wanted) if (chrome.properties?.[name]) shapeDifferences(chrome.properties[name], zodSide.properties[name]!, `${at}.${name}`, found);
  }
  if (zodSide.items) {
    if (!chrome.items) found.push(`${at}: no items`);
    else shapeDifferences(chrome.items, zodSide.items, `${at}[]`, found);
  }
  if (zodSide.enum && (chrome.enum ?? []).join() !== zodSide.enum.join()) found.push(`${at}: enum ${chrome.enum?.join()} vs ${zodSide.enum.join()}`);
  return found;
}

describe('managed_schema.json', () => {
  it('describes every key of the hospital policy, no more, each with a description', () => {
    expect(managedSchema.type).toBe('object');
    expect(Object.keys(managedSchema.properties ?? {}).sort()).toEqual([...HOSPITAL_POLICY_KEYS].sort());
    for (const [key, schema] of Object.entries(managedSchema.properties!)) expect(schema.description, key).toMatch(/\w{3}/);
  });

  it("uses only Chrome's schema keywords and has the zod schema's shape, nested properties and enums included", () => {
    expect(keywordsOf(managedSchema, '(policy)')).toEqual([]);
    expect(shapeDifferences(managedSchema, zodJson, '(policy)')).toEqual([]);
    // and the comparison sees nested differences
    const changed = structuredClone(managedSchema);
    delete changed.properties!.lrs!.properties!.token;
    changed.properties!.departments!.items!.properties!.name!.type = 'string';
    expect(shapeDifferences(changed, zodJson, '(policy)').sort()).toEqual(['(policy).departments[].name: type string vs object', '(policy).lrs: properties endpoint,password,username vs endpoint,password,token,username']);
  });

  it('accepts the example policy, which sets every key, and the extension reads it with no problem', () => {
    const policy = policyOf(examplePolicyFile);
    expect(Object.keys(policy).sort()).toEqual([...HOSPITAL_POLICY_KEYS].sort());
    const validate = validator();
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    const read = readHospitalPolicy(policy);
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.policy).sort()).toEqual([...HOSPITAL_POLICY_KEYS].sort());
    expect(read.policy.organisation?.name).toBe('示例医院');
  });

  it("the example's signing key is named by the id pack:feed and the editor show for it (else every feed pack is refused as unknown-key)", async () => {
    const { policy } = readHospitalPolicy(policyOf(examplePolicyFile));
    expect(policy.packSigningKeys?.length).toBeGreaterThan(0);
    for (const key of policy.packSigningKeys ?? []) expect(key.keyId).toBe(await packKeyId(key.publicKey));
  });

  it('refuses what Chrome would refuse: a wrong type, an unknown language', () => {
    const validate = validator();
    const policy = policyOf(examplePolicyFile);
    expect(validate({ ...policy, authoringAllowed: 'yes' })).toBe(false);
    expect(validate({ ...policy, emrOrigins: 'https://his.example.cn' })).toBe(false);
    expect(validate({ ...policy, language: 'fr' })).toBe(false);
    expect(validate({ ...policy, lockedSettings: ['packFeeds'] })).toBe(false);
  });
});
