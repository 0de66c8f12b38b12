import type { ReactNode } from 'react';
import { HOSPITAL_POLICY_KEYS, type HospitalPolicy, type HospitalPolicyKey } from '@preceptor/shared/schema/hospitalPolicy.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';
import { policyInForce } from '../hospitalPolicy.ts';
import { useHospitalPolicy } from '../useHospitalPolicy.ts';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

function CodeList({ items }: { items: readonly string[] }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((item) => (
        <li key={item}><code>{item}</code></li>
      ))}
    </ul>
  );
}

/** One managed value as the options page shows it; secrets (LRS password, token) never. */
function managedValue(key: HospitalPolicyKey, policy: HospitalPolicy, language: Language, t: Translate): ReactNode {
  switch (key) {
    case 'organisation':
      return (
        <>
          {policy.organisation?.name && <>{policy.organisation.name} </>}
          <code>{policy.organisation?.homePage}</code>
        </>
      );
    case 'emrOrigins':
    case 'sandboxOrigins':
    case 'packFeeds':
      return <CodeList items={policy[key] ?? []} />;
    case 'packSigningKeys':
      return <CodeList items={(policy.packSigningKeys ?? []).map((k) => `${k.keyId}: ${k.publicKey.slice(0, 16)}…`)} />;
    case 'lrs': {
      const lrs = policy.lrs!;
      return (
        <>
          <code>{lrs.endpoint}</code>
          {lrs.username !== undefined && <div>{lrs.username}</div>}
          {(lrs.password !== undefined || lrs.token !== undefined) && <div data-region="masked-secret">{t('managedMasked')}</div>}
        </>
      );
    }
    case 'authoringAllowed':
      return policy.authoringAllowed ? t('managedYes') : t('managedNo');
    case 'departments':
      return (policy.departments ?? []).map((d) => d.name[language]).join('、');
    case 'language':
      return LANGUAGE_NAMES[policy.language!];
    case 'lockedSettings':
      return (policy.lockedSettings ?? []).map((setting) => t(setting)).join('、');
  }
}

/**
 * What the hospital sets by policy (`storage.managed`): each managed setting and its value, and
 * the policy's problems by path, to pass on to 信息科. One quiet line without a policy.
 */
export function ManagedSettings({ language, t }: { language: Language; t: Translate }) {
  const applied = useHospitalPolicy();
  if (applied === undefined) return null;
  if (!policyInForce(applied)) {
    return (
      <p className="muted" style={{ margin: '10px 12px' }} data-region="no-policy">
        {t('managedNone')}
      </p>
    );
  }
  const managed = HOSPITAL_POLICY_KEYS.filter((key) => applied.policy[key] !== undefined);
  return (
    <section className="panel" aria-labelledby="managed-h" data-panel="managed-settings">
      <h2 id="managed-h">{t('managedHeading')}</h2>
      <p className="muted">{t('managedHint')}</p>
      {managed.length > 0 && (
        <table aria-label={t('managedListLabel')} data-region="managed-list">
          <tbody>
            {managed.map((key) => (
              <tr key={key} data-managed-key={key}>
                <th scope="row" style={{ width: '32%' }}>{t(`managedKey.${key}`)}</th>
                <td>{managedValue(key, applied.policy, language, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {applied.problems.length > 0 && (
        <div className="problems" role="alert" data-region="policy-problems">
          <h3 style={{ fontSize: '1em', margin: '0 0 4px' }}>{t('managedProblemsHeading')}</h3>
          <p style={{ margin: '0 0 4px' }}>{t('managedProblemsHint')}</p>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {applied.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`} data-path={problem.path}>
                <code>{problem.path}</code> {problem.what?.[language] ?? problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
