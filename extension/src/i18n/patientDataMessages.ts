import type { PatientDataKind } from '@preceptor/shared/authoring/patientDataPatterns.ts';
import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/** Words for patient-data findings in packs: shared by the pages' and the authoring panel's dictionaries. */
export const patientDataMessages = defineMessages({
  patientDataProblem: ['看起来是{kind}（{value}）：内容包不得包含患者数据，请改用标签文字', 'looks like {kind} ({value}): a pack must not hold patient data; use the label instead'],
  dataKindIdNumber: ['身份证号', 'an ID number'],
  dataKindPhone: ['电话号码', 'a phone number'],
  dataKindPatientId: ['患者编号', 'a patient id'],
  dataKindDate: ['日期（如出生日期）', 'a date (such as a birth date)'],
  dataKindLongNumber: ['卡号或长编号', 'a card or record number'],
  dataKindName: ['人名', "a person's name"],
});

/** The words for each kind of patient data a finding names (pack problems, the problem-report form). */
export const PATIENT_DATA_KIND_KEYS: Record<PatientDataKind, keyof typeof patientDataMessages> = {
  'id-number': 'dataKindIdNumber',
  phone: 'dataKindPhone',
  'patient-id': 'dataKindPatientId',
  date: 'dataKindDate',
  'long-number': 'dataKindLongNumber',
  name: 'dataKindName',
};
