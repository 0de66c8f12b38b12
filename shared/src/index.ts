// The public face of the domain package. Inside the package, import files directly.
export * from './schema/localizedText.ts';
export * from './schema/targetFingerprint.ts';
export * from './schema/contentPack.ts';
export * from './schema/fieldProblems.ts';
export * from './schema/packImport.ts';
export * from './schema/learnerProfile.ts';
export * from './site/urlPattern.ts';
export * from './target/captureFingerprint.ts';
export * from './target/resolveTarget.ts';
export * from './tour/tourMachine.ts';
export * from './tour/toursForPage.ts';
export * from './record/xapiIris.ts';
export * from './record/xapiStatement.ts';
export * from './record/tourStatements.ts';
export * from './record/progressDb.ts';
export * from './record/progressExport.ts';
export * from './tour/tourEventMessage.ts';
