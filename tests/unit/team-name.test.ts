import { describe, expect, it } from 'vitest';
import { createI18n, english } from '../../src/i18n/i18n.ts';
import { teamName } from '../../src/lib/team-name.ts';

const { t } = english;

describe('teamName', () => {
  it('writes a title that already names the company once', () => {
    expect(teamName({ title: 'Quillbase Developer Relations', company: 'Quillbase' }, t)).toBe('Quillbase Developer Relations');
    expect(teamName({ title: 'quillbase devrel', company: 'Quillbase' }, t)).toBe('quillbase devrel');
    expect(teamName({ title: 'Équipe DevRel d’Ärzte.io', company: 'Ärzte.io' }, t)).toBe('Équipe DevRel d’Ärzte.io');
  });

  it('adds the company to a title that leaves it out, but not inside another word', () => {
    expect(teamName({ title: 'DevRel Wiki', company: 'Quillbase' }, t)).toBe('DevRel Wiki, Quillbase');
    expect(teamName({ title: 'Acmeville DevRel', company: 'Acme' }, t)).toBe('Acmeville DevRel, Acme');
  });

  it('finds a company inside a title written without spaces (Japanese, Chinese)', () => {
    expect(teamName({ title: 'クイルベース開発者リレーション', company: 'クイルベース' }, t)).toBe('クイルベース開発者リレーション');
    expect(teamName({ title: '开发者关系团队', company: '羽毛科技' }, createI18n('zh-CN').t)).not.toBe('开发者关系团队');
  });
});
