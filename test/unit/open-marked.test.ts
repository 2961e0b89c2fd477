import { describe, expect, it, vi } from 'vitest';
import { openMarked } from '../../src/open-marked';

const key = (el: Element, k: string) => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  el.dispatchEvent(e);
  return e;
};

describe('openMarked (marked elements open the preferences before the UI is loaded)', () => {
  it('opens from a click on a marked element or inside one, and prevents the link navigating', () => {
    const open = vi.fn();
    openMarked(open, () => false);
    document.body.innerHTML =
      '<footer><a href="#settings" data-keks-open><span>Cookie settings</span></a><a href="#x">other</a></footer>';
    const link = document.querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.querySelector('span')!.dispatchEvent(click);
    expect(open).toHaveBeenCalledWith(link);
    expect(click.defaultPrevented).toBe(true);
    document.querySelector<HTMLElement>('a[href="#x"]')!.click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('Enter and Space open a marked non-native element; links are left to their own click', () => {
    const open = vi.fn();
    openMarked(open, () => false);
    document.body.innerHTML =
      '<span tabindex="0" role="button" data-keks-open>Settings</span><a href="#" data-keks-open>Settings</a>';
    const span = document.querySelector('span')!;
    expect(key(span, 'Enter').defaultPrevented).toBe(true);
    key(span, ' ');
    key(span, 'Tab');
    key(document.querySelector('a')!, 'Enter');
    expect(open).toHaveBeenCalledTimes(2);
    expect(open.mock.calls.every((c) => c[0] == span)).toBe(true);
  });

  it('steps aside once the UI listens itself (no double opening)', () => {
    const open = vi.fn();
    let ui = false;
    openMarked(open, () => ui);
    document.body.innerHTML = '<button data-keks-open>Settings</button>';
    ui = true;
    document.querySelector('button')!.click();
    expect(open).not.toHaveBeenCalled();
    ui = false;
    document.querySelector('button')!.click();
    expect(open).toHaveBeenCalledTimes(1);
  });
});
