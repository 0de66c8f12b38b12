// Pinyin initials for patient search ("ww" finds 王伟). Hospital systems ship a full
// character table; the sandbox only needs the characters its synthetic names use
// (DOMAIN.md 4.1), plus a few common extras. Unknown characters contribute nothing.

const INITIALS: Record<string, string> = {
  // surnames
  王: 'w', 李: 'l', 张: 'z', 刘: 'l', 陈: 'c', 杨: 'y', 黄: 'h', 赵: 'z', 周: 'z', 吴: 'w',
  徐: 'x', 孙: 's', 马: 'm', 胡: 'h', 朱: 'z', 郭: 'g', 何: 'h', 罗: 'l', 高: 'g', 林: 'l',
  郑: 'z', 梁: 'l', 谢: 'x', 宋: 's', 唐: 't', 许: 'x', 韩: 'h', 冯: 'f', 邓: 'd', 曹: 'c',
  彭: 'p', 曾: 'z', 肖: 'x', 田: 't', 董: 'd', 袁: 'y', 潘: 'p', 于: 'y', 蒋: 'j', 蔡: 'c',
  // given names
  伟: 'w', 强: 'q', 军: 'j', 磊: 'l', 涛: 't', 浩: 'h', 杰: 'j', 鹏: 'p', 建: 'j', 明: 'm',
  芳: 'f', 娜: 'n', 敏: 'm', 静: 'j', 丽: 'l', 婷: 't', 雪: 'x', 玲: 'l', 秀: 'x', 梅: 'm',
  文: 'w', 华: 'h', 平: 'p', 宇: 'y', 晨: 'c', 佳: 'j',
  // common extras
  国: 'g', 红: 'h', 英: 'y', 志: 'z', 海: 'h', 小: 'x', 东: 'd', 新: 'x', 春: 'c', 兰: 'l',
};

/** 'ww' for 王伟; a Latin-script word gives its first letter ('John Smith' → 'js'). */
export function pinyinInitials(name: string): string {
  let out = '';
  let inLatinWord = false;
  for (const ch of name) {
    const isLatin = /[A-Za-z]/.test(ch);
    if (isLatin && !inLatinWord) out += ch.toLowerCase();
    inLatinWord = isLatin;
    const initial = INITIALS[ch];
    if (initial) out += initial;
  }
  return out;
}
