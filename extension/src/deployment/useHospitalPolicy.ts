import { useEffect, useState } from 'react';
import { hospitalPolicy, onHospitalPolicyChanged, type AppliedPolicy } from './hospitalPolicy.ts';

/** The hospital policy for an extension page, kept live when 信息科 changes it; undefined while read. */
export function useHospitalPolicy(): AppliedPolicy | undefined {
  const [applied, setApplied] = useState<AppliedPolicy | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void hospitalPolicy().then((read) => alive && setApplied(read));
    const unsubscribe = onHospitalPolicyChanged((read) => alive && setApplied(read));
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
  return applied;
}
