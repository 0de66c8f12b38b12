// The interface the scenario player uses to talk to whichever LMS launched it (SCORM 1.2 or
// cmi5). Owned by the SCORM half of issue 18; this copy is identical so the two branches merge.
export type LmsLaunchMode = 'normal' | 'browse' | 'review';
export interface LmsStart { mode: LmsLaunchMode; resumeData?: string; learnerName?: string; learnerId?: string }
export interface LmsResult { scoreRaw: number; scoreMin: number; scoreMax: number; scaled: number; passed: boolean; completed: boolean; durationMs: number }
export interface LmsSession { readonly kind: 'scorm12' | 'cmi5'; start(): Promise<LmsStart>; suspend(data: string): Promise<void>; report(result: LmsResult): Promise<void>; terminate(): Promise<void> }
