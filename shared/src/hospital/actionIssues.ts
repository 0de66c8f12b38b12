// Every reason a hospital action can be refused, as one typed list: `applyHospitalAction` can only
// return these, and the sandbox must have a text `issue.<code>` for each (its MessageKey type
// checks that at compile time, sandbox/test/i18n.test.ts at run time).

import { CANCEL_ISSUES, REGISTRATION_ISSUES } from './registration.ts';

export const ACTION_ISSUES = [
  ...REGISTRATION_ISSUES.map((code) => `registration.${code}` as const),
  ...CANCEL_ISSUES.map((code) => `registration.${code}` as const),
  'admission.notActive',
  'backup.failedBackup', 'backup.notFound',
  'billing.admissionNotFound', 'billing.alreadySettled', 'billing.notDischargeOrdered', 'billing.notSettled', 'billing.voidReasonRequired',
  'critical.alreadyAcknowledged', 'critical.alreadyReported', 'critical.doctorRequired', 'critical.notFound', 'critical.readBackMismatch', 'critical.readBackNotConfirmed', 'critical.readBackRequired', 'critical.receiverRequired', 'critical.wardRequired',
  'downtime.backEntryMismatch', 'downtime.doseTimeRequired', 'downtime.moduleNotDown', 'downtime.none', 'downtime.notDown', 'downtime.notRestored', 'downtime.paperNoInvalid', 'downtime.paperNotFound', 'downtime.subjectUnknown', 'downtime.unavailable', 'downtime.valuesRequired',
  'dispense.identityRequired', 'dispense.insufficientStock', 'dispense.notStocked',
  'execute.alreadyDone', 'execute.barcodeMismatch', 'execute.infusionHeld', 'execute.manualReasonRequired', 'execute.notVerified', 'execute.wristbandMismatch',
  'imaging.escalateNoteRequired', 'imaging.escalateToRequired', 'imaging.noReport', 'imaging.notBooked', 'imaging.notCancellable', 'imaging.notFound', 'imaging.notRequested', 'imaging.screeningIncomplete', 'imaging.screeningStop', 'imaging.slotInPast', 'imaging.slotInvalid', 'imaging.slotTaken',
  'infusion.notRunning', 'infusion.reasonRequired',
  'interface.down', 'interface.notFound',
  'kpi.noteRequired',
  'note.allergyHistoryRequired', 'note.alreadySigned', 'note.chiefComplaintRequired', 'note.diagnosisRequired',
  'nursingRecord.textRequired',
  'order.alreadyExecuted', 'order.approvalIncomplete', 'order.incompleteMedication', 'order.noPrescribingRight', 'order.none', 'order.notActive', 'order.notFound', 'order.notNew', 'order.rescueReasonRequired', 'order.returnNoteRequired', 'order.stopReasonRequired', 'order.unknownItem', 'order.unresolvedAlerts',
  'patient.unknown',
  'requisition.quantityInvalid',
  'result.alreadyReleased', 'result.notFound', 'result.valuesRequired',
  'review.noteRequired', 'review.reasonRequired',
  'rx.diagnosisRequired', 'rx.noLines', 'rx.noPrescribingRight', 'rx.notApproved', 'rx.notFound', 'rx.notPendingReview', 'rx.unresolvedAlerts',
  'specimen.notCollected', 'specimen.notFound', 'specimen.notReceived', 'specimen.notToCollect',
  'stock.alreadyQuarantined', 'stock.batchNotFound', 'stock.notStocked',
  'user.idInvalid', 'user.idTaken', 'user.nameRequired', 'user.notFound', 'user.roleRequired',
  'vitals.empty',
] as const;

export type ActionIssue = (typeof ACTION_ISSUES)[number];
