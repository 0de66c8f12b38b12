// One small logger per feature, so no failure is swallowed without a trace. Lines name the feature
// and what was being done, plus the error's message: never a payload, a page's text or a URL's
// query, which may hold patient data. `quiet` is for failures that are expected in normal use (a
// tab without our content script, a tab closed meanwhile): logged at debug level and answered
// with `undefined`, so the caller goes on.

export type Feature = 'tours' | 'learning' | 'progress' | 'authoring' | 'pages' | 'messaging' | 'packs' | 'deployment' | 'storage';

export interface FeatureLog {
  /** something went wrong that someone should look at */
  warn(doing: string, error: unknown): void;
  /** a catch handler for an expected failure: logs at debug level, yields undefined */
  quiet(doing: string): (error: unknown) => undefined;
}

/** The error's own message, short; nothing the error may carry besides. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : 'non-error value';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export function featureLog(feature: Feature): FeatureLog {
  const prefix = `[Preceptor ${feature}]`;
  return {
    warn(doing, error) {
      console.warn(`${prefix} ${doing}: ${errorMessage(error)}`);
    },
    quiet(doing) {
      return (error) => {
        console.debug(`${prefix} ${doing}: ${errorMessage(error)}`);
        return undefined;
      };
    },
  };
}
