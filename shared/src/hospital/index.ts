// Public face of the hospital domain used by the sandbox (registration module).
export * from './idNumber.ts';
export * from './phone.ts';
export * from './pinyin.ts';
export * from './patientRecord.ts';
export * from './patientValidation.ts';
export * from './patientSearch.ts';
export * from './duplicateCheck.ts';
export * from './seededRandom.ts';
export * from './registrationRules.ts';
export * from './registration.ts';
export * from './syntheticPatients.ts';
export * from './syntheticRegistrations.ts';
