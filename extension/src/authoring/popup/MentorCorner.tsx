import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import type { Translate } from '../../i18n/messages.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { useHospitalPolicy } from '../../deployment/useHospitalPolicy.ts';
import { authoringAllowedBy, authoringSwitchedOn } from '../authoringStore.ts';
import { HealthCheck } from '../../tours/popup/HealthCheck.tsx';
import { MentorTools } from './MentorTools.tsx';

/**
 * Who sees the health check and mentor tools in the popup: where authoring is allowed (the
 * hospital policy, or the options page's switch without one), the IT department (信息科 checks
 * pages after a vendor upgrade), and a mentor a pack names for sign-off. Nobody else.
 */
export function mentorCornerAllowed(input: { authoringAllowed: boolean; profile: LearnerProfile; packs: readonly Pick<ContentPack, 'mentorSignOff'>[] }): boolean {
  if (input.authoringAllowed || input.profile.role === 'it') return true;
  const staffNumber = input.profile.staffNumber?.toUpperCase();
  return staffNumber !== undefined && input.packs.some((pack) => pack.mentorSignOff?.mentors.some((m) => m.staffNumber.toUpperCase() === staffNumber));
}

/** The health check and mentor tools, collapsed under one disclosure, only for those allowed. */
export function MentorCorner(props: { tab: { id: number; url: string } | null | undefined; profile: LearnerProfile; packs: readonly Pick<ContentPack, 'mentorSignOff'>[]; t: Translate; onStarted(): void }) {
  const switchedOn = useStorageItem(authoringSwitchedOn);
  const policy = useHospitalPolicy();
  if (switchedOn === undefined || policy === undefined) return null;
  if (!mentorCornerAllowed({ authoringAllowed: authoringAllowedBy(policy, switchedOn), profile: props.profile, packs: props.packs })) return null;
  return (
    <details className="panel disclosure" data-region="mentor-corner">
      <summary>{props.t('mentorCornerHeading')}</summary>
      {props.tab && <HealthCheck tabId={props.tab.id} language={props.profile.language} t={props.t} />}
      <MentorTools tab={props.tab} t={props.t} onStarted={props.onStarted} />
    </details>
  );
}
