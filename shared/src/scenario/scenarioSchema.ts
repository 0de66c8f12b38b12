// A training scenario (情景演练) as a JSON file: who it is for, what the learner is told, how the
// simulated hospital is set up, how success is checked and which safety traps fail it outright.

import { z } from 'zod';
import { ContentId } from '../schema/contentIds.ts';
import { SemVer } from '../schema/contentPack.ts';
import { BUILT_IN_ROLES } from '../schema/learnerProfile.ts';
import { LocalizedText } from '../schema/localizedText.ts';
import { Frequency, Route } from '../hospital/drugCatalog.ts';
import { InsuranceType, PatientId, Sex } from '../hospital/patientRecord.ts';
import { Admission, Diet, ImagingExamRecord, NursingLevel, Order, RoleCode, Specimen } from '../hospital/hospitalState.ts';
import { DEFAULT_OPERATORS } from '../hospital/staff.ts';
import { DOWNTIME_TRIGGER_ACTIONS, DowntimeModule } from '../hospital/downtime.ts';
import { MAX_PREDICATE_DEPTH, Predicate, predicateDepth } from './predicate.ts';

export const SCENARIO_SCHEMA_VERSION = 1 as const;

const OperatorModule = z.enum(Object.keys(DEFAULT_OPERATORS) as [keyof typeof DEFAULT_OPERATORS, ...(keyof typeof DEFAULT_OPERATORS)[]]);

const MedLine = z.object({ drug: z.string(), dose: z.number().positive(), route: Route, frequency: Frequency, days: z.number().int().positive() }).strict();

/** Declarative setup steps applied to the seeded hospital before the attempt starts. */
export const SetupStep = z.discriminatedUnion('op', [
  /** a scenario's own patient (ids P0009xx keep clear of the seeded index) */
  z.object({
    op: z.literal('patient'),
    patientId: PatientId,
    name: z.string().min(1),
    sex: Sex,
    ageYears: z.number().int().min(0).max(110),
    insuranceType: InsuranceType,
    allergies: z.array(z.string()).default([]),
    phone: z.string().regex(/^1\d{10}$/).optional(),
  }).strict(),
  /** EMR facts other modules read */
  z.object({
    op: z.literal('profile'),
    patientId: PatientId,
    currentMedications: z.array(z.string()).optional(),
    conditions: z.array(z.string()).optional(),
    priorContrastReaction: z.boolean().optional(),
    asthma: z.boolean().optional(),
    hyperthyroidism: z.boolean().optional(),
    pacemaker: z.boolean().optional(),
    pregnant: z.boolean().optional(),
    latestCreatinine: z.number().positive().nullable().optional(),
  }).strict(),
  /** puts the patient in a clinic queue today */
  z.object({ op: z.literal('visit'), patientId: PatientId, doctorId: z.string(), status: z.enum(['waiting', 'in-consultation']) }).strict(),
  z.object({
    op: z.literal('admit'),
    patientId: PatientId,
    admissionId: Admission.shape.admissionId,
    ward: z.string(),
    bed: z.string().regex(/^\d{2}$/),
    diagnosis: z.string(),
    daysAgo: z.number().int().min(0).max(60),
    status: z.enum(['in-hospital', 'discharge-ordered']).default('in-hospital'),
    attendingId: z.string().optional(),
    depositFen: z.number().int().nonnegative().optional(),
    nursingLevel: NursingLevel.optional(),
    diet: Diet.optional(),
  }).strict(),
  z.object({
    op: z.literal('order'),
    // what the order says, as the hospital state holds it
    ...Order.pick({ orderId: true, admissionId: true, type: true, category: true, drug: true, dose: true, unit: true, route: true, frequency: true, itemCode: true, text: true }).shape,
    doctorId: z.string().optional(),
    status: z.enum(['new', 'verified']),
    /** a drip hanging since this many minutes */
    infusionRunningMinutes: z.number().int().positive().optional(),
    minutesAgo: z.number().int().min(0).default(20),
  }).strict(),
  z.object({
    op: z.literal('prescription'),
    rxId: z.string().regex(/^RX\d{12}$/),
    patientId: PatientId,
    doctorId: z.string(),
    deptCode: z.string(),
    diagnoses: z.array(z.string()).min(1),
    lines: z.array(MedLine).min(1),
    status: z.enum(['pending-review', 'approved']),
    minutesAgo: z.number().int().min(0).default(10),
  }).strict(),
  z.object({
    op: z.literal('specimen'),
    specimenId: Specimen.shape.specimenId,
    patientId: PatientId,
    testCode: z.string(),
    source: z.string(),
    appearance: z.enum(['normal', 'haemolysed', 'clotted', 'insufficient']).default('normal'),
    status: z.enum(['collected', 'received']),
    priority: z.enum(['routine', 'urgent']).default('routine'),
    minutesAgo: z.number().int().min(0).default(15),
  }).strict(),
  /** a critical value the lab has already phoned through (or has yet to) */
  z.object({
    op: z.literal('criticalAlert'),
    alertId: z.string().regex(/^CV\d{9}$/),
    patientId: PatientId,
    testCode: z.string(),
    itemCode: z.string(),
    value: z.number(),
    status: z.enum(['pending-report', 'reported']),
    minutesAgo: z.number().int().min(0).default(3),
    receiverName: z.string().optional(),
  }).strict(),
  z.object({
    op: z.literal('imagingRequest'),
    examId: ImagingExamRecord.shape.examId,
    patientId: PatientId,
    examCode: z.string(),
    requestedBy: z.string(),
    question: z.string(),
    source: z.string().default('outpatient'),
  }).strict(),
  /** the bill of a stay, replacing what the seed charged */
  z.object({
    op: z.literal('charges'),
    admissionId: z.string(),
    items: z.array(z.object({ itemCode: z.string(), quantity: z.number().positive(), amountFen: z.number().int().positive().optional() }).strict()).min(1),
  }).strict(),
  z.object({
    op: z.literal('stockBatch'),
    drug: z.string(),
    batchNo: z.string(),
    expiry: z.string().regex(/^\d{4}-\d{2}-\d{2}$|^[+-]\d+m$/),
    quantity: z.number().int().nonnegative(),
  }).strict(),
  z.object({
    op: z.literal('interface'),
    id: z.string(),
    status: z.enum(['up', 'degraded', 'down']),
    queued: z.number().int().nonnegative(),
    lastError: z.string().optional(),
    minutesSinceLastMessage: z.number().int().min(0).default(1),
  }).strict(),
  z.object({
    op: z.literal('user'),
    userId: z.string(),
    name: z.string(),
    staffId: z.string().optional(),
    deptCode: z.string(),
    roles: z.array(RoleCode).min(1),
    status: z.enum(['active', 'locked', 'disabled']).default('active'),
  }).strict(),
  /**
   * 应急预案 drill: these modules go down, at the start or after the learner has done `after.action`
   * `after.count` times (mid-task); the learner restores them (系统已恢复) after the paper step.
   */
  z.object({
    op: z.literal('downtime'),
    modules: z.array(DowntimeModule).min(1),
    after: z.object({ action: z.enum(DOWNTIME_TRIGGER_ACTIONS), count: z.number().int().min(1).max(20).default(1) }).strict().optional(),
  }).strict(),
]);
export type SetupStep = z.infer<typeof SetupStep>;
export type SetupStepInput = z.input<typeof SetupStep>;

const ScenarioPredicate = Predicate.refine((p) => predicateDepth(p) <= MAX_PREDICATE_DEPTH, `predicates may nest at most ${MAX_PREDICATE_DEPTH} deep`);

export const ScenarioCheck = z
  .object({
    id: ContentId,
    label: LocalizedText,
    /** share of the score; the score is the weighted share of checks passed, 0–100 */
    weight: z.number().int().min(1).max(100),
    /** the attempt cannot pass without this check, whatever the score */
    required: z.boolean().default(false),
    predicate: ScenarioPredicate,
  })
  .strict();
export type ScenarioCheck = z.infer<typeof ScenarioCheck>;

/** A safety trap: when `sprungWhen` holds at submission, the attempt fails outright. */
export const ScenarioTrap = z
  .object({
    id: ContentId,
    label: LocalizedText,
    /** shown after the attempt: why this is dangerous */
    explanation: LocalizedText,
    sprungWhen: ScenarioPredicate,
  })
  .strict();
export type ScenarioTrap = z.infer<typeof ScenarioTrap>;

export const Scenario = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: ContentId,
    version: SemVer,
    /** built-in role ids (learnerProfile BUILT_IN_ROLES) the drill trains */
    roles: z.array(z.enum(BUILT_IN_ROLES)).min(1),
    title: LocalizedText,
    goal: LocalizedText,
    background: LocalizedText,
    difficulty: z.enum(['basic', 'intermediate', 'advanced']),
    /** number of the drill in DOMAIN.md section 5, when the scenario is one of them */
    drill: z.number().int().min(1).optional(),
    start: z
      .object({
        /** the module page the attempt opens on */
        route: z.string().regex(/^\/[a-z0-9/-]*$/),
        /** a patient whose chart is already open when the attempt starts */
        openPatient: PatientId.optional(),
        /** who is signed in to each module for this attempt (staff ids) */
        operators: z.partialRecord(OperatorModule, z.string()).default({}),
        setup: z.array(SetupStep).default([]),
      })
      .strict(),
    /** practice mode only: a text hint, and a tour the extension can play */
    hint: z.object({ packId: ContentId, tourId: ContentId, text: LocalizedText }).strict().optional(),
    checks: z.array(ScenarioCheck).min(1),
    traps: z.array(ScenarioTrap).default([]),
    scoring: z.object({ passingScore: z.number().int().min(0).max(100) }).strict(),
    timeLimitMinutes: z.number().int().min(1).max(120),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Map<string, string>();
    for (const [kind, list] of [['checks', s.checks], ['traps', s.traps]] as const) {
      list.forEach((item, index) => {
        const first = ids.get(item.id);
        if (first) ctx.addIssue({ code: 'custom', path: [kind, index, 'id'], message: `id "${item.id}" is already used by ${first}` });
        else ids.set(item.id, `${kind}[${index}]`);
      });
    }
  });
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; fileName: string; problems: string[] };

/** Parses a scenario file; problems name the field path, e.g. `checks[2].predicate.path: …`. */
export function parseScenarioValue(fileName: string, value: unknown): ScenarioParseResult {
  const parsed = Scenario.safeParse(value);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    fileName,
    problems: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(file)';
}
