// The one interface both LMS runtimes implement (SCORM 1.2: scorm12Session.ts; cmi5: its own
// file). The scenario player talks only to this: start, suspend, report, terminate.

export type LmsLaunchMode = 'normal' | 'browse' | 'review';
export interface LmsStart { mode: LmsLaunchMode; resumeData?: string; learnerName?: string; learnerId?: string }
export interface LmsResult { scoreRaw: number; scoreMin: number; scoreMax: number; scaled: number; passed: boolean; completed: boolean; durationMs: number }
export interface LmsSession { readonly kind: 'scorm12' | 'cmi5'; start(): Promise<LmsStart>; suspend(data: string): Promise<void>; report(result: LmsResult): Promise<void>; terminate(): Promise<void> }
