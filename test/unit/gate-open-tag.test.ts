import { describe, expect, it } from 'vitest';
import { openTag } from '../../src/gate/html-intercept';

// Where a written chunk leaves a tag open: the browser finishes that tag with the next write, so the gate
// judges the two together (test/e2e/adversarial proves it in Chromium).
describe('openTag', () => {
  it('finds a tag left open, in its name, between attributes or inside a quoted value', () => {
    expect(openTag('<scr')).toBe(0);
    expect(openTag('text <')).toBe(5);
    expect(openTag('<p>a</p><img alt=""')).toBe(8);
    expect(openTag('<img src="http://tracker.example/x>y')).toBe(0);
    expect(openTag("<img alt='a>b' src='x")).toBe(0);
    expect(openTag('<img alt = "a>b" src')).toBe(0);
    expect(openTag('</scr')).toBe(0);
  });
  it('answers -1 when every tag is closed, or a < starts no tag', () => {
    expect(openTag('<img src="x">')).toBe(-1);
    expect(openTag('a < b and 1<2')).toBe(-1);
    expect(openTag('<b title="a>b">x</b>')).toBe(-1);
    expect(openTag('')).toBe(-1);
  });
  it('treats a quote that does not follow = as part of a name, as the tokenizer does', () => {
    expect(openTag('<a b"c>')).toBe(-1);
    expect(openTag('<a x="1"y">')).toBe(-1);
  });
});
