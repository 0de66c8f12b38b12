// Data on a screen: what the hospital's records hold, in the language it was written in, not UI
// words — a patient's or a staff member's name, an allergy as recorded, a reason a doctor typed,
// a learner's department as they gave it. `translate="no"` tells a browser's translator (and the
// language check of the e2e tests, tests/fixtures/languageLeakRules.ts) to leave it as it is: an
// English screen shows 王伟 as 王伟. No imports beyond React: the trainer's own app uses it too.

import type { ComponentProps, ReactNode } from 'react';

export function Data(props: ComponentProps<'span'>): ReactNode {
  return <span {...props} translate="no" />;
}
