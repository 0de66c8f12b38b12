// Public face of the scenario layer used by the sandbox (and the extension's relay listener).
export * from './predicate.ts';
export * from './scenarioSchema.ts';
export * from './scenarioSetup.ts';
export * from './checkScenario.ts';
export * from './scenarioStatements.ts';
export * from './relayMessage.ts';
export * from './drillCatalog.ts';
export * from './sandboxOrigins.ts';
export * from './relayedAttempt.ts';
