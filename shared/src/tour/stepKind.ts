import type { TourStep } from '../schema/contentPack.ts';

/** The five kinds of step the player knows, derived from target and advance rule. */
export type StepKind = 'info' | 'point' | 'click' | 'enter' | 'navigate';

export function stepKind(step: Pick<TourStep, 'target' | 'advance'>): StepKind {
  if (step.advance.on === 'next') return step.target ? 'point' : 'info';
  return step.advance.on;
}
