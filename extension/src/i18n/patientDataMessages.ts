/** Words for patient-data findings in packs: shared by the pages' and the authoring panel's dictionaries. */
export const patientDataZhCN = {
  patientDataProblem: '看起来是{kind}（{value}）：内容包不得包含患者数据，请改用标签文字',
  dataKindIdNumber: '身份证号',
  dataKindPhone: '电话号码',
  dataKindPatientId: '患者编号',
  dataKindDate: '日期（如出生日期）',
  dataKindLongNumber: '卡号或长编号',
  dataKindName: '人名',
};

export const patientDataEn: Record<keyof typeof patientDataZhCN, string> = {
  patientDataProblem: 'looks like {kind} ({value}): a pack must not hold patient data; use the label instead',
  dataKindIdNumber: 'an ID number',
  dataKindPhone: 'a phone number',
  dataKindPatientId: 'a patient id',
  dataKindDate: 'a date (such as a birth date)',
  dataKindLongNumber: 'a card or record number',
  dataKindName: "a person's name",
};
