import { describe, expect, it } from 'vitest';
import { emrMatchPattern, readHospitalPolicy } from '../../src/schema/hospitalPolicy.ts';

describe('hospital policy', () => {
  it('keeps the valid keys, drops a bad one and names its path', () => {
    const { policy, problems } = readHospitalPolicy({
      organisation: { homePage: 'https://his.example.cn', name: '示例医院' },
      emrOrigins: ['https://his.example.cn/', 'https://*.emr.example.cn', 'ftp://x'],
      lrs: { endpoint: 'not a url' },
      authoringAllowed: true,
      emrOrigin: ['https://typo.example.cn'],
    });
    expect(policy.organisation).toEqual({ homePage: 'https://his.example.cn', name: '示例医院' });
    expect(policy.authoringAllowed).toBe(true);
    expect(policy.emrOrigins).toBeUndefined();
    expect(policy.lrs).toBeUndefined();
    expect(problems.map((p) => p.path).sort()).toEqual(['emrOrigin', 'emrOrigins[2]', 'lrs.endpoint']);
  });

  it('reads EMR origins as origins, each with the match pattern Chrome registers the player for', () => {
    const { policy } = readHospitalPolicy({ emrOrigins: ['https://his.example.cn/*', 'https://*.emr.example.cn', 'http://10.1.2.3:8080'] });
    expect(policy.emrOrigins).toEqual(['https://his.example.cn', 'https://*.emr.example.cn', 'http://10.1.2.3:8080']);
    expect(policy.emrOrigins!.map(emrMatchPattern)).toEqual(['https://his.example.cn/*', 'https://*.emr.example.cn/*', 'http://10.1.2.3:8080/*']);
  });

  it('an absent policy is an empty one; a non-object is one problem', () => {
    expect(readHospitalPolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(readHospitalPolicy({})).toEqual({ policy: {}, problems: [] });
    expect(readHospitalPolicy('x').problems).toHaveLength(1);
    expect(readHospitalPolicy('x').problems[0]!.what['zh-CN']).toMatch(/^托管策略不是一个对象/);
  });

  it('words each problem in both languages with the schema-issue words, never zod\'s English in zh-CN', () => {
    const { problems } = readHospitalPolicy({ lrs: { endpoint: 'not a url' }, authoringAllowed: 'yes', emrOrigin: [] });
    const at = (path: string) => problems.find((p) => p.path === path)!;
    for (const problem of problems) {
      expect(problem.what['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(problem.what['zh-CN']).not.toMatch(/[A-Za-z]+ [A-Za-z]+/); // no English phrase ("Invalid input", "expected string")
      expect(problem.what.en).not.toMatch(/\p{Script=Han}/u);
    }
    expect(at('authoringAllowed').what).toEqual({ 'zh-CN': expect.stringContaining('应为'), en: expect.stringContaining('should be') });
    expect(at('emrOrigin').what['zh-CN']).toMatch(/^没有这项设置；已知设置：.*emrOrigins/);
    expect(at('emrOrigin').message).toMatch(/^unknown setting; known: /);
  });
});
