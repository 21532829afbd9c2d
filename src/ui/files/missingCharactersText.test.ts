import { describe, expect, it } from 'vitest';
import { characterList, missingCharactersText } from './missingCharactersText.ts';

describe('missingCharactersText', () => {
  it('names the characters that need internet, and what happens if the person goes on', () => {
    const text = missingCharactersText({ offline: '日本語', unsupported: '' });
    expect(text.reasons).toEqual([{ text: 'Deze tekens kunnen niet worden afgedrukt zonder internet:', characters: '日 本 語' }]);
    expect(text.consequence).toContain('Maak verbinding met internet');
    expect(text.consequence).toContain('vraagteken (?)');
  });

  it('names characters no font has apart from those that need internet', () => {
    const text = missingCharactersText({ offline: '中', unsupported: 'བོ' });
    expect(text.reasons.map((r) => r.characters)).toEqual(['中', 'བ ◌ོ']);
    expect(text.reasons[1]?.text).toBe('Deze tekens kan de app niet afdrukken:');
    expect(missingCharactersText({ offline: '', unsupported: 'བོ' }).consequence).not.toContain('internet');
  });

  it('shows a private-use character by its number, and at most 40 characters', () => {
    expect(characterList('\ue000')).toBe('U+E000');
    const many = String.fromCodePoint(...Array.from({ length: 45 }, (_, i) => 0x4e00 + i));
    expect(characterList(many)).toMatch(/^一 丁 .* … en nog 5$/);
    expect(characterList(many).split(' ').length).toBe(40 + 4);
  });
});
