// The small XML reader behind the Atom reader.
import { describe, expect, it } from 'vitest';
import { child, parseXml, textContent } from './xml';

describe('parseXml', () => {
  it('reads elements, prefixed names, attributes, CDATA, comments and text', () => {
    const { root, error } = parseXml(
      '<?xml version="1.0"?><!-- c --><a:feed x="1 &gt; 0" y=\'q\'><b>one <i>two</i></b><![CDATA[<raw>]]><c/></a:feed>',
    );
    expect(error).toBeUndefined();
    const feed = child(root, 'feed');
    expect(feed?.attributes).toEqual({ x: '1 > 0', y: 'q' });
    expect(feed?.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(textContent(child(feed!, 'b')!)).toBe('one two');
    expect(feed?.text).toBe('<raw>');
  });

  it.each([
    ['<a><b></a>', '</a> closes <b>'],
    ['<a><b></b>', '<a> is never closed'],
    ['<a><!-- never closed', 'never closed'],
  ])('reports %s with the unclosed elements', (text, message) => {
    const { error, unclosed } = parseXml(text);
    expect(error?.message).toContain(message);
    expect([...unclosed].map((e) => e.name)).toContain('a');
  });
});
