import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';

/** The reasons an action was refused, in the operator's language, announced at once. */
export function IssueList({ issues, id }: { issues: readonly string[]; id?: string }): ReactNode {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <div id={id} className="msg msg--error" role="alert">
      <strong>{t('common.errorsTitle')}</strong>
      <ul>
        {issues.map((i) => (
          <li key={i}>{t(`issue.${i}` as MessageKey)}</li>
        ))}
      </ul>
    </div>
  );
}
