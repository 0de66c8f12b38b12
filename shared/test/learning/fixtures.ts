import { ContentPack } from '../../src/schema/contentPack.ts';
import { demoPack } from '../packFixtures.ts';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The demo pack plus a registrar quiz with every question type and a checklist. */
export function learningPackInput() {
  const pack = demoPack() as Record<string, any>;
  pack.goLiveDate = '2026-12-01';
  pack.mentorSignOff = { kdf: 'PBKDF2-SHA-256', iterations: 1_000_000, salt: '0f'.repeat(16), mentors: [{ staffNumber: 'M0042', role: 'registrar', codeHash: 'a'.repeat(64) }] };
  pack.tips = [{ id: 'id-check', target: { anchors: { name: 'idNumber' }, tag: 'input' }, body: t('第18位是校验码', 'The 18th character is a check digit') }];
  pack.quizzes = [
    {
      id: 'registration-rules',
      title: t('挂号规则', 'Registration rules'),
      passMark: 0.8,
      attemptsLimit: 3,
      questions: [
        { id: 'dup', type: 'single-choice', prompt: t('证件号已存在时？', 'ID number exists?'), options: [{ id: 'reuse', text: t('使用已有档案', 'Use the existing record') }, { id: 'new', text: t('新建', 'Create new') }], correct: 'reuse' },
        { id: 'insurance', type: 'multiple-choice', prompt: t('哪些是医保费别？', 'Which are insurance types?'), options: [{ id: 'employee', text: t('职工医保', 'Employee') }, { id: 'resident', text: t('居民医保', 'Resident') }, { id: 'self', text: t('自费', 'Self-pay') }], correct: ['employee', 'resident'] },
        { id: 'refund', type: 'true-false', prompt: t('就诊后仍可退号', 'Cancel after the visit'), correct: false },
        { id: 'flow', type: 'ordering', prompt: t('排序', 'Order'), items: [{ id: 'search', text: t('检索', 'Search') }, { id: 'create', text: t('建档', 'Create') }, { id: 'register', text: t('挂号', 'Register') }], correctOrder: ['search', 'create', 'register'] },
        { id: 'check-char', type: 'fill-in', prompt: t('校验码可能是哪个字母？', 'Which letter can the check character be?'), accepted: ['X'] },
        { id: 'where-new', type: 'on-screen', prompt: t('点击新建患者的位置', 'Click where you create a patient'), target: { anchors: { data: { action: 'new-patient' } }, tag: 'button' } },
      ],
    },
  ];
  pack.checklists = [
    {
      id: 'registrar-go-live',
      role: 'registrar',
      title: t('挂号员上线前清单', 'Registrar go-live checklist'),
      items: [
        { id: 'tour', kind: 'tour', tourId: 'registration-basics', dueDays: -7 },
        { id: 'quiz', kind: 'quiz', quizId: 'registration-rules', dueDays: -3 },
        { id: 'drill', kind: 'scenario', scenarioId: 'duplicate-wang-wei', title: t('演练：重复建档', 'Drill: duplicate record'), required: false },
        { id: 'tip', kind: 'read', tipId: 'id-check', title: t('阅读：证件号校验', 'Read: ID checks') },
        { id: 'mentor', kind: 'sign-off', title: t('导师确认', 'Mentor sign-off') },
      ],
    },
  ];
  return pack;
}

export const learningPack = ContentPack.parse(learningPackInput());
