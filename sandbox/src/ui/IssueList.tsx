import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n.ts';

/** The reasons an action was refused, in the operator's language, announced at once. Each code's
 *  text `issue.<code>` must exist: the MessageKey type checks it. */
export function IssueList({ issues, id }: { issues: readonly ActionIssue[]; id?: string }): ReactNode {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <div id={id} className="msg msg--error" role="alert">
      <strong>{t('common.errorsTitle')}</strong>
      <ul>
        {issues.map((i) => (
          <li key={i}>{t(`issue.${i}`)}</li>
        ))}
      </ul>
    </div>
  );
}
