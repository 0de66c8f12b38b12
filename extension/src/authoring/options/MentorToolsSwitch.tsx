import { useState } from 'react';
import type { Translate } from '../../i18n/messages.ts';
import { policyInForce } from '../../deployment/hospitalPolicy.ts';
import { useHospitalPolicy } from '../../deployment/useHospitalPolicy.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { authoringSwitchedOn, switchAuthoringOn } from '../authoringStore.ts';

/**
 * "Mentor tools on this browser": off by default. Without a hospital policy the learner switches it
 * here (a single user, the demo); with one, the policy's `authoringAllowed` decides and the switch
 * only says what the hospital set.
 */
export function MentorToolsSwitch({ t }: { t: Translate }) {
  const switchedOn = useStorageItem(authoringSwitchedOn);
  const applied = useHospitalPolicy();
  // shown at once as clicked (the stored value follows a moment later)
  const [clicked, setClicked] = useState<boolean | undefined>(undefined);
  if (switchedOn === undefined || applied === undefined) return null;
  const managed = policyInForce(applied);
  const checked = managed ? applied.policy.authoringAllowed === true : (clicked ?? switchedOn);
  return (
    <section className="panel" aria-labelledby="mentor-tools-h" data-panel="mentor-tools-switch">
      <h2 id="mentor-tools-h">{t('mentorToolsHeading')}</h2>
      <label className="choice" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <input
          type="checkbox"
          name="mentorTools"
          style={{ width: 'auto' }}
          checked={checked}
          disabled={managed}
          aria-describedby="mentor-tools-hint"
          onChange={(e) => {
            setClicked(e.target.checked);
            void switchAuthoringOn(e.target.checked);
          }}
        />
        {t('mentorToolsSwitch')}
      </label>
      <p className="muted" id="mentor-tools-hint" data-region="mentor-tools-note">
        {managed ? t(checked ? 'mentorToolsByPolicyOn' : 'mentorToolsByPolicyOff') : t('mentorToolsSwitchHint')}
      </p>
    </section>
  );
}
