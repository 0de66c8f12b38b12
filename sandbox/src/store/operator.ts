// Who is signed in to each module of the training HIS. A running scenario may sign in someone
// else (a junior doctor, a particular nurse); otherwise the module's default staff member.

import { DEFAULT_OPERATORS, findStaff, type OperatorModule, type StaffMember } from '@preceptor/shared/hospital/index.ts';
import { createContext, useCallback, useContext } from 'react';
import type { ActionResult, HospitalAction } from '@preceptor/shared/hospital/index.ts';
import { useSandboxState, useSandboxStore } from './StoreContext.ts';
import type { SandboxState } from './sandboxStore.ts';

export const OperatorOverridesContext = createContext<Partial<Record<OperatorModule, string>>>({});

export function useOperator(module: OperatorModule): StaffMember {
  const overrides = useContext(OperatorOverridesContext);
  const id = overrides[module] ?? DEFAULT_OPERATORS[module];
  return findStaff(id) ?? findStaff(DEFAULT_OPERATORS[module])!;
}

/** State plus a dispatch that acts as the module's signed-in operator. */
export function useHospital(module: OperatorModule): { state: SandboxState; operator: StaffMember; dispatch: (action: HospitalAction) => ActionResult } {
  const store = useSandboxStore();
  const state = useSandboxState();
  const operator = useOperator(module);
  const dispatch = useCallback((action: HospitalAction) => store.dispatch(action, operator.staffId), [store, operator.staffId]);
  return { state, operator, dispatch };
}
