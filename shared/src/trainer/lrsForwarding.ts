// The forwarder moved to shared/src/xapi/lrsForwarding.ts: the learner's outbox
// (shared/src/record/lrsOutbox.ts) sends with it too. Kept here for the trainer's imports.
export * from '../xapi/lrsForwarding.ts';
