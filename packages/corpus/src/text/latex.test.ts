// LaTeX decoding of BibTeX text: accents, special letters, escapes, dashes, commands.
import { describe, expect, it } from 'vitest';
import { decodeLatex } from './latex';

describe('decodeLatex', () => {
  it.each([
    ['{\\"u}ber', 'über'],
    ['\\"u', 'ü'],
    ['\\"{u}', 'ü'],
    ["Ren\\'e", 'René'],
    ["\\'{e}", 'é'],
    ['\\`a', 'à'],
    ['\\^o', 'ô'],
    ['\\~n', 'ñ'],
    ['\\c{c}', 'ç'],
    ['\\c c', 'ç'],
    ['\\v{s}', 'š'],
    ['\\H{o}', 'ő'],
    ['\\k{a}', 'ą'],
    ['\\r{a}', 'å'],
    ["\\'{\\i}", 'í'],
    ['na\\"{\\i}ve', 'naïve'],
    ['{\\ss}', 'ß'],
    ['Stra\\ss e', 'Straße'],
    ['{\\O}rsted', 'Ørsted'],
    ['\\ae', 'æ'],
    ['\\l{}odz', 'łodz'],
    ['10\\% \\& \\$5 \\#1 a\\_b', '10% & $5 #1 a_b'],
    ['pages 1--10', 'pages 1–10'],
    ['data---and', 'data—and'],
    ['non~breaking', 'non breaking'],
    ['{BERT} and {{nested}}', 'BERT and nested'],
    ['\\emph{bold} \\textbf{claim}', 'bold claim'],
    ['\\LaTeX{} rocks', 'LaTeX rocks'],
    ['$\\alpha$-entmax', '$\\alpha$-entmax'],
    ["``quoted''", '“quoted”'],
    ['\\{braces\\}', '{braces}'],
  ])('%s → %s', (latex, text) => {
    expect(decodeLatex(latex)).toBe(text);
  });

  it('returns NFC text', () => {
    const decoded = decodeLatex('\\"u');
    expect(decoded).toBe(decoded.normalize('NFC'));
    expect(decoded).toHaveLength(1);
  });
});
