// Diagnoses (ICD-10, DOMAIN.md 4.4) with pinyin initials for the doctor's quick search, and the
// note templates (病历模板) a department ships. Template text exists in both UI languages.

import type { Frequency, Route } from './drugCatalog.ts';

export type Diagnosis = { code: string; zh: string; en: string; initials: string };

export const DIAGNOSES: readonly Diagnosis[] = [
  { code: 'J06.900', zh: '急性上呼吸道感染', en: 'Acute upper respiratory infection', initials: 'jxsxdgr' },
  { code: 'J02.900', zh: '急性咽炎', en: 'Acute pharyngitis', initials: 'jxyy' },
  { code: 'J20.900', zh: '急性支气管炎', en: 'Acute bronchitis', initials: 'jxzqgy' },
  { code: 'J18.900', zh: '肺炎', en: 'Pneumonia', initials: 'fy' },
  { code: 'J45.900', zh: '支气管哮喘', en: 'Asthma', initials: 'zqgxc' },
  { code: 'J44.900', zh: '慢性阻塞性肺疾病', en: 'COPD', initials: 'mxzsxfjb' },
  { code: 'I10.x00', zh: '高血压', en: 'Hypertension', initials: 'gxy' },
  { code: 'I25.100', zh: '冠状动脉粥样硬化性心脏病', en: 'Coronary heart disease', initials: 'gxb' },
  { code: 'I50.900', zh: '心力衰竭', en: 'Heart failure', initials: 'xlsj' },
  { code: 'I48.x00', zh: '心房颤动', en: 'Atrial fibrillation', initials: 'xfcd' },
  { code: 'E11.900', zh: '2型糖尿病', en: 'Type 2 diabetes', initials: 'tnb' },
  { code: 'E78.500', zh: '高脂血症', en: 'Hyperlipidaemia', initials: 'gzxz' },
  { code: 'K29.700', zh: '胃炎', en: 'Gastritis', initials: 'wy' },
  { code: 'K21.900', zh: '胃食管反流病', en: 'GERD', initials: 'wsgflb' },
  { code: 'K52.900', zh: '胃肠炎', en: 'Gastroenteritis', initials: 'wcy' },
  { code: 'N39.000', zh: '尿路感染', en: 'Urinary tract infection', initials: 'nlgr' },
  { code: 'M54.500', zh: '腰痛', en: 'Low back pain', initials: 'yt' },
  { code: 'M17.900', zh: '膝骨关节炎', en: 'Knee osteoarthritis', initials: 'xggjy' },
  { code: 'G43.900', zh: '偏头痛', en: 'Migraine', initials: 'ptt' },
  { code: 'L50.900', zh: '荨麻疹', en: 'Urticaria', initials: 'qmz' },
  { code: 'J30.400', zh: '过敏性鼻炎', en: 'Allergic rhinitis', initials: 'gmxby' },
  { code: 'E03.900', zh: '甲状腺功能减退症', en: 'Hypothyroidism', initials: 'jzxgnjtz' },
  { code: 'A41.900', zh: '脓毒症', en: 'Sepsis', initials: 'ndz' },
  { code: 'N18.900', zh: '慢性肾脏病', en: 'Chronic kidney disease', initials: 'mxszb' },
  { code: 'K80.200', zh: '胆囊结石', en: 'Gallstones', initials: 'dnjs' },
];

export function findDiagnosis(code: string): Diagnosis | undefined {
  return DIAGNOSES.find((d) => d.code === code);
}

/** Search by code, name or pinyin initials ("gxy" → 高血压), as doctors type it. */
export function searchDiagnoses(query: string, limit = 12): Diagnosis[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored = DIAGNOSES.map((d) => {
    let score = 0;
    if (d.initials === q) score = 4;
    else if (d.initials.startsWith(q)) score = 3;
    else if (d.code.toLowerCase().startsWith(q)) score = 3;
    else if (d.zh.includes(q)) score = 2;
    else if (d.en.toLowerCase().includes(q)) score = 1;
    return { d, score };
  }).filter((x) => x.score > 0);
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((x) => x.d);
}

export type NoteKind = 'outpatient' | 'admission' | 'progress';

export type NoteSections = {
  chiefComplaint: string;
  presentIllness: string;
  pastHistory: string;
  allergyHistory: string;
  physicalExam: string;
  plan: string;
};

export type Bilingual = { 'zh-CN': string; en: string };

export type TemplateMedication = { drug: string; dose: number; route: Route; frequency: Frequency; days: number };

export type NoteTemplate = {
  id: string;
  kind: NoteKind;
  name: Bilingual;
  sections: Record<keyof NoteSections, Bilingual>;
  diagnoses: readonly string[];
  /** 模板处方: lines the template proposes (the doctor still has to check them) */
  medications: readonly TemplateMedication[];
};

const same = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

export const NOTE_TEMPLATES: readonly NoteTemplate[] = [
  {
    id: 'opd-pharyngitis',
    kind: 'outpatient',
    name: same('急性咽炎（门诊）', 'Acute pharyngitis (clinic)'),
    sections: {
      chiefComplaint: same('咽痛3天。', 'Sore throat for 3 days.'),
      presentIllness: same('3天前受凉后出现咽痛，吞咽时加重，伴低热，最高37.8℃，无咳嗽咳痰，无呼吸困难。', 'Sore throat for 3 days after a chill, worse on swallowing, low-grade fever up to 37.8 °C; no cough, no sputum, no dyspnoea.'),
      pastHistory: same('既往体健。', 'Previously healthy.'),
      allergyHistory: same('否认药物及食物过敏史。', 'No known drug or food allergy.'),
      physicalExam: same('T 37.6℃，咽部充血，双侧扁桃体I度肿大，未见脓性分泌物，双肺呼吸音清。', 'T 37.6 °C; pharynx injected, tonsils grade I without exudate; chest clear.'),
      plan: same('抗感染、对症治疗，多饮水，3天后复诊。', 'Antibiotic and symptomatic treatment, fluids; review in 3 days.'),
    },
    diagnoses: ['J02.900'],
    medications: [{ drug: 'amoxicillin', dose: 0.5, route: 'po', frequency: 'tid', days: 5 }],
  },
  {
    id: 'opd-urti',
    kind: 'outpatient',
    name: same('急性上呼吸道感染（门诊）', 'Acute URTI (clinic)'),
    sections: {
      chiefComplaint: same('咳嗽、发热3天。', 'Cough and fever for 3 days.'),
      presentIllness: same('3天前出现咳嗽，少量白痰，伴发热，最高38.2℃，无胸痛气促。', 'Cough with little white sputum for 3 days, fever up to 38.2 °C; no chest pain or breathlessness.'),
      pastHistory: same('既往体健。', 'Previously healthy.'),
      allergyHistory: same('否认药物及食物过敏史。', 'No known drug or food allergy.'),
      physicalExam: same('T 38.0℃，咽部充血，双肺呼吸音粗，未闻及干湿啰音。', 'T 38.0 °C; pharynx injected; coarse breath sounds, no crackles.'),
      plan: same('对症治疗，多休息，如持续发热复诊。', 'Symptomatic treatment and rest; return if fever persists.'),
    },
    diagnoses: ['J06.900'],
    medications: [{ drug: 'paracetamol', dose: 0.5, route: 'po', frequency: 'prn', days: 3 }],
  },
  {
    id: 'opd-hypertension',
    kind: 'outpatient',
    name: same('高血压复诊（门诊）', 'Hypertension follow-up (clinic)'),
    sections: {
      chiefComplaint: same('发现血压升高2年，复诊取药。', 'Raised blood pressure for 2 years; follow-up for medication.'),
      presentIllness: same('规律服药，家庭自测血压130–145/80–90mmHg，无头痛头晕，无胸闷。', 'Takes medication regularly; home BP 130–145/80–90 mmHg; no headache, dizziness or chest tightness.'),
      pastHistory: same('高血压病史2年。', 'Hypertension for 2 years.'),
      allergyHistory: same('否认药物及食物过敏史。', 'No known drug or food allergy.'),
      physicalExam: same('BP 142/88mmHg，心率76次/分，律齐。', 'BP 142/88 mmHg, HR 76/min regular.'),
      plan: same('继续降压治疗，低盐饮食，定期监测血压。', 'Continue antihypertensives, low-salt diet, monitor BP.'),
    },
    diagnoses: ['I10.x00'],
    medications: [{ drug: 'amlodipine', dose: 5, route: 'po', frequency: 'qd', days: 7 }],
  },
  {
    id: 'opd-gastritis',
    kind: 'outpatient',
    name: same('胃炎（门诊）', 'Gastritis (clinic)'),
    sections: {
      chiefComplaint: same('上腹痛1周。', 'Epigastric pain for 1 week.'),
      presentIllness: same('1周来反复上腹隐痛，餐后加重，伴反酸，无黑便呕血。', 'Recurrent dull epigastric pain for a week, worse after meals, with acid reflux; no melaena or haematemesis.'),
      pastHistory: same('既往体健。', 'Previously healthy.'),
      allergyHistory: same('否认药物及食物过敏史。', 'No known drug or food allergy.'),
      physicalExam: same('腹软，上腹轻压痛，无反跳痛。', 'Abdomen soft, mild epigastric tenderness, no rebound.'),
      plan: same('抑酸治疗，清淡饮食，必要时胃镜检查。', 'Acid suppression, bland diet, endoscopy if needed.'),
    },
    diagnoses: ['K29.700'],
    medications: [{ drug: 'omeprazole', dose: 20, route: 'po', frequency: 'qd', days: 7 }],
  },
  {
    id: 'ipd-admission',
    kind: 'admission',
    name: same('入院记录（通用）', 'Admission note (general)'),
    sections: {
      chiefComplaint: same('', ''),
      presentIllness: same('', ''),
      pastHistory: same('否认肝炎、结核等传染病史，否认手术外伤史。', 'No history of hepatitis, tuberculosis, surgery or trauma.'),
      allergyHistory: same('否认药物及食物过敏史。', 'No known drug or food allergy.'),
      physicalExam: same('T ℃，P 次/分，R 次/分，BP mmHg。神志清，精神可。', 'T °C, P /min, R /min, BP mmHg. Alert and oriented.'),
      plan: same('完善相关检查，对症支持治疗。', 'Complete investigations; supportive treatment.'),
    },
    diagnoses: [],
    medications: [],
  },
  {
    id: 'ipd-progress',
    kind: 'progress',
    name: same('日常病程记录', 'Daily progress note'),
    sections: {
      chiefComplaint: same('', ''),
      presentIllness: same('患者今日一般情况可，', 'Patient comfortable today; '),
      pastHistory: same('', ''),
      allergyHistory: same('', ''),
      physicalExam: same('', ''),
      plan: same('继续目前治疗，密切观察病情变化。', 'Continue current treatment; observe closely.'),
    },
    diagnoses: [],
    medications: [],
  },
];

export function findTemplate(id: string): NoteTemplate | undefined {
  return NOTE_TEMPLATES.find((t) => t.id === id);
}

/** Whether note text says "no known allergy" (否认…过敏) — wrong for a patient who has one. */
export function deniesAllergy(text: string): boolean {
  return /否认.*过敏|无.*过敏史|no known .*allerg|denies .*allerg/i.test(text);
}
