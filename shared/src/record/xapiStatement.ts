import type { LocalizedText } from '../schema/localizedText.ts';

/** The subset of xAPI 1.0.3 Preceptor emits. No `version` field: the LRS sets it. */
export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: ActivityDefinition;
  };
  result?: {
    completion?: boolean;
    success?: boolean;
    duration?: string;
    response?: string;
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    /** the mentor who signed a learner off */
    instructor?: { objectType: 'Agent'; account: { homePage: string; name: string }; name?: string };
    contextActivities?: { grouping?: { objectType: 'Activity'; id: string }[]; parent?: { objectType: 'Activity'; id: string }[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

export interface InteractionComponent {
  id: string;
  description: Record<string, string>;
}

export interface ActivityDefinition {
  type: string;
  name: Record<string, string>;
  description?: Record<string, string>;
  /** cmi.interaction questions */
  interactionType?: 'choice' | 'true-false' | 'sequencing' | 'fill-in' | 'other';
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  extensions?: Record<string, unknown>;
}

/** xAPI language maps use RFC 5646 tags: our zh-CN/en keys already are. */
export function languageMap(text: LocalizedText): Record<string, string> {
  return { 'zh-CN': text['zh-CN'], en: text.en };
}

/** ISO 8601 duration, as xAPI wants it: PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const totalCentis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(totalCentis / 360000);
  const minutes = Math.floor((totalCentis % 360000) / 6000);
  const seconds = (totalCentis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${Number.isInteger(seconds) ? seconds : seconds.toFixed(2).replace(/0$/, '')}S`;
  return out;
}
