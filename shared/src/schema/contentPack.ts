import { z } from 'zod';
import { LocalizedText } from './localizedText.ts';
import { TargetFingerprint } from './targetFingerprint.ts';
import { BUILT_IN_ROLES } from './learnerProfile.ts';
import { Checklist, LessonLink, MentorCodeHash, MentorSignOff, Quiz } from './learningContent.ts';
import { compileFieldPattern, FIELD_PATTERN_MAX_LENGTH } from '../tour/fieldPattern.ts';

export { ContentId, UrlPattern } from './contentIds.ts';
import { ContentId, UrlPattern } from './contentIds.ts';
import { issueWords, type ThingName } from '../i18n/schemaIssues.ts';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
export const SemVer = z.string().regex(SEMVER, 'must be a semantic version like 1.2.0');

/** Where a pack's tours may run. */
export const SiteRule = z.object({ urlPattern: UrlPattern }).strict();
export type SiteRule = z.infer<typeof SiteRule>;

export const Role = z
  .object({
    id: ContentId,
    title: LocalizedText,
  })
  .strict();
export type Role = z.infer<typeof Role>;

export const Placement = z.enum(['auto', 'top', 'bottom', 'left', 'right']);
export type Placement = z.infer<typeof Placement>;

/** Patterns in packs are data from mentors: short, and compiled by RE2, which runs in linear time (tour/fieldPattern.ts). */
export const SafePattern = z
  .string()
  .min(1)
  .max(FIELD_PATTERN_MAX_LENGTH)
  .superRefine((source, ctx) => {
    if (source.length > FIELD_PATTERN_MAX_LENGTH) return; // said by max()
    const compiled = compileFieldPattern(source);
    if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.message, params: { pattern: compiled.problem } });
  });

/**
 * What the learner must type or choose in a field. Checked in the page; only pass/fail is
 * recorded, never the value.
 */
export const FieldRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-empty') }).strict(),
  /** a select's option value, a radio's value, or exact text */
  z.object({ kind: z.literal('equals'), value: z.string() }).strict(),
  z.object({ kind: z.literal('pattern'), pattern: SafePattern }).strict(),
]);
export type FieldRule = z.infer<typeof FieldRule>;

/**
 * How a step moves on: Next; the learner's own click on the target; a field that satisfies a rule;
 * or the page reaching a URL (full load or SPA route).
 */
export const AdvanceRule = z.discriminatedUnion('on', [
  z.object({ on: z.literal('next') }).strict(),
  z.object({ on: z.literal('click') }).strict(),
  z.object({ on: z.literal('enter'), rule: FieldRule }).strict(),
  z.object({ on: z.literal('navigate'), urlPattern: UrlPattern }).strict(),
]);
export type AdvanceRule = z.infer<typeof AdvanceRule>;

export const TourStep = z
  .object({
    id: ContentId,
    /** absent: a centred step with no highlight */
    target: TargetFingerprint.optional(),
    title: LocalizedText,
    body: LocalizedText,
    placement: Placement.default('auto'),
    advance: AdvanceRule.default({ on: 'next' }),
    /** the page this step belongs to (multi-page tours); elsewhere the tour waits */
    page: UrlPattern.optional(),
  })
  .strict()
  .refine((step) => (step.advance.on !== 'click' && step.advance.on !== 'enter') || step.target !== undefined, {
    message: 'a step that waits for a click or an entry needs a target',
    path: ['target'],
    params: issueWords('stepNeedsTarget'),
  });
export type TourStep = z.infer<typeof TourStep>;

/**
 * Credit for content that began as a learner's suggestion: the name they consented to show (or
 * none: "a learner"), and the suggestion's statement id so it is not offered again; or that began
 * as a trainer's answer to a pilot problem (the id is then the problem's, trainer/problemAnswers.ts).
 */
export const ContentCredit = z
  .object({
    author: z.string().trim().min(1).max(60).optional(),
    suggestionId: z.string().min(1).max(80),
    /** an answered pilot problem (试运行问题清单), not a learner's suggestion */
    answeredProblem: z.literal(true).optional(),
  })
  .strict();
export type ContentCredit = z.infer<typeof ContentCredit>;

/** A hotspot beacon on a field with short help (knowledge base, 知识库). */
export const FieldTip = z
  .object({
    id: ContentId,
    target: TargetFingerprint,
    title: LocalizedText.optional(),
    body: LocalizedText,
    /** pages where the tip shows (defaults to the pack's site rules) */
    urlPatterns: z.array(UrlPattern).default([]),
    roles: z.array(ContentId).default([]),
    /** a micro-lesson the tip links to (opened in a new tab) */
    lesson: LessonLink.optional(),
    /** who suggested it, when it came from a learner's suggestion (issue 16) */
    credit: ContentCredit.optional(),
  })
  .strict();
export type FieldTip = z.infer<typeof FieldTip>;

/**
 * A question and its answer in the pack's knowledge base (知识库, issue 16): found through the
 * launcher's help search, shown on its pages for its roles.
 */
export const FaqEntry = z
  .object({
    id: ContentId,
    question: LocalizedText,
    answer: LocalizedText,
    /** pages the entry is about (ranked first there); empty = the whole site */
    urlPatterns: z.array(UrlPattern).default([]),
    /** roles it is for; empty = everyone */
    roles: z.array(ContentId).default([]),
    /** the control it is about, if any */
    target: TargetFingerprint.optional(),
    credit: ContentCredit.optional(),
  })
  .strict();
export type FaqEntry = z.infer<typeof FaqEntry>;

export const Tour = z
  .object({
    id: ContentId,
    title: LocalizedText,
    description: LocalizedText.optional(),
    /** roles this tour is for; empty = everyone */
    roles: z.array(ContentId).default([]),
    /** the tour is offered on pages matching these patterns (defaults to the pack's site rules) */
    urlPatterns: z.array(UrlPattern).default([]),
    steps: z.array(TourStep).min(1, 'a tour needs at least one step'),
    /** start by itself the first time a learner of these roles opens a matching page */
    autoStart: z.boolean().default(false),
  })
  .strict();
export type Tour = z.infer<typeof Tour>;

export const CONTENT_PACK_SCHEMA_VERSION = 1 as const;

export const ContentPack = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(CONTENT_PACK_SCHEMA_VERSION),
    id: ContentId,
    version: SemVer,
    title: LocalizedText,
    siteRules: z.array(SiteRule).min(1, 'a pack needs at least one site rule'),
    roles: z.array(Role).default([]),
    tours: z.array(Tour).default([]),
    tips: z.array(FieldTip).default([]),
    /** knowledge-base questions and answers (optional: packs from before issue 16 have none) */
    faqs: z.array(FaqEntry).optional(),
    checklists: z.array(Checklist).default([]),
    quizzes: z.array(Quiz).default([]),
    /** the go-live date checklist due dates count from (YYYY-MM-DD) */
    goLiveDate: z.iso.date().optional(),
    /** the mentors who may sign a learner off, with salted slow hashes of their codes */
    mentorSignOff: MentorSignOff.optional(),
    /**
     * Before issue 12: unsalted SHA-256 of mentor codes. Read so old packs still parse; never
     * accepted for a sign-off (a pack with sign-off items needs `mentorSignOff`).
     */
    mentorCodeHashes: z.array(MentorCodeHash).optional(),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const roleIds = new Set<string>([...BUILT_IN_ROLES, ...pack.roles.map((r) => r.id)]);
    noDuplicates(pack.roles.map((r) => r.id), ['roles'], 'role', ctx);
    noDuplicates(pack.tours.map((t) => t.id), ['tours'], 'tour', ctx);
    noDuplicates(pack.tips.map((t) => t.id), ['tips'], 'tip', ctx);
    pack.tours.forEach((tour, t) => {
      noDuplicates(tour.steps.map((s) => s.id), ['tours', t, 'steps'], 'step', ctx);
      knownRoles(tour.roles, ['tours', t, 'roles'], roleIds, ctx);
    });
    pack.tips.forEach((tip, t) => knownRoles(tip.roles, ['tips', t, 'roles'], roleIds, ctx));
    if (pack.faqs) {
      noDuplicates(pack.faqs.map((f) => f.id), ['faqs'], 'FAQ entry', ctx);
      pack.faqs.forEach((faq, f) => knownRoles(faq.roles, ['faqs', f, 'roles'], roleIds, ctx));
    }
    noDuplicates(pack.quizzes.map((q) => q.id), ['quizzes'], 'quiz', ctx);
    noDuplicates(pack.checklists.map((c) => c.id), ['checklists'], 'checklist', ctx);
    pack.quizzes.forEach((quiz, q) => knownRoles(quiz.roles, ['quizzes', q, 'roles'], roleIds, ctx));
    const tourIds = new Set(pack.tours.map((t) => t.id));
    const quizIds = new Set(pack.quizzes.map((q) => q.id));
    const tipIds = new Set(pack.tips.map((t) => t.id));
    pack.checklists.forEach((checklist, c) => {
      knownRoles([checklist.role], ['checklists', c, 'role'], roleIds, ctx);
      noDuplicates(checklist.items.map((i) => i.id), ['checklists', c, 'items'], 'checklist item', ctx);
      checklist.items.forEach((item, i) => {
        const path = ['checklists', c, 'items', i];
        if (item.kind === 'tour' && !tourIds.has(item.tourId)) ctx.addIssue({ code: 'custom', path: [...path, 'tourId'], message: `no tour "${item.tourId}" in this pack`, params: issueWords('noTour', { id: item.tourId }) });
        if (item.kind === 'quiz' && !quizIds.has(item.quizId)) ctx.addIssue({ code: 'custom', path: [...path, 'quizId'], message: `no quiz "${item.quizId}" in this pack`, params: issueWords('noQuiz', { id: item.quizId }) });
        if (item.kind === 'read' && item.tipId !== undefined && !tipIds.has(item.tipId)) ctx.addIssue({ code: 'custom', path: [...path, 'tipId'], message: `no tip "${item.tipId}" in this pack`, params: issueWords('noTip', { id: item.tipId }) });
        if (item.kind === 'read' && item.tipId === undefined && item.url === undefined) ctx.addIssue({ code: 'custom', path, message: 'a reading item needs a tipId or a url', params: issueWords('readingNeedsTipOrUrl') });
      });
    });
    const signOffLists = pack.checklists.flatMap((checklist, c) => (checklist.items.some((item) => item.kind === 'sign-off') ? [c] : []));
    if (signOffLists.length > 0 && !pack.mentorSignOff) {
      if ((pack.mentorCodeHashes?.length ?? 0) > 0) {
        ctx.addIssue({ code: 'custom', path: ['mentorCodeHashes'], message: "this pack has mentor sign-offs but only old unsalted mentor code hashes, which a learner can reverse in seconds: open the pack in the Preceptor editor, list each mentor's staff number, set their codes again and publish", params: issueWords('oldMentorHashes') });
      } else {
        signOffLists.forEach((c) => ctx.addIssue({ code: 'custom', path: ['checklists', c], message: 'a mentor sign-off needs a mentor list (mentorSignOff): add mentors and set their codes in the editor', params: issueWords('signOffNeedsMentors') }));
      }
    }
    pack.mentorSignOff?.mentors.forEach((mentor, m) => {
      if (!roleIds.has(mentor.role)) ctx.addIssue({ code: 'custom', path: ['mentorSignOff', 'mentors', m, 'role'], message: `role "${mentor.role}" is neither a built-in role nor defined in this pack's roles`, params: issueWords('unknownRole', { id: mentor.role }) });
    });
  });
export type ContentPack = z.infer<typeof ContentPack>;
/** What a mentor writes (defaults may be left out). */
export type ContentPackInput = z.input<typeof ContentPack>;

function knownRoles(roles: readonly string[], path: (string | number)[], roleIds: Set<string>, ctx: z.RefinementCtx): void {
  roles.forEach((roleId, r) => {
    if (!roleIds.has(roleId)) {
      ctx.addIssue({ code: 'custom', path: [...path, r], message: `role "${roleId}" is neither a built-in role nor defined in this pack's roles`, params: issueWords('unknownRole', { id: roleId }) });
    }
  });
}

function noDuplicates(ids: string[], path: (string | number)[], what: ThingName, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${what} id "${id}" (first used at index ${first})`, params: issueWords('duplicateId', { what, id, first }) });
    } else {
      seen.set(id, index);
    }
  });
}
