import { describe, expect, it } from 'vitest';
import { teamName } from '../../src/lib/team-name.ts';

describe('teamName', () => {
  it('writes a title that already names the company once', () => {
    expect(teamName({ title: 'Quillbase Developer Relations', company: 'Quillbase' })).toBe('Quillbase Developer Relations');
    expect(teamName({ title: 'quillbase devrel', company: 'Quillbase' })).toBe('quillbase devrel');
    expect(teamName({ title: 'Équipe DevRel d’Ärzte.io', company: 'Ärzte.io' })).toBe('Équipe DevRel d’Ärzte.io');
  });

  it('adds the company to a title that leaves it out, but not inside another word', () => {
    expect(teamName({ title: 'DevRel Wiki', company: 'Quillbase' })).toBe('DevRel Wiki, Quillbase');
    expect(teamName({ title: 'Acmeville DevRel', company: 'Acme' })).toBe('Acmeville DevRel, Acme');
  });
});
