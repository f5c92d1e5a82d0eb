import { describe, expect, it } from 'vitest';
import { buildContextMenu, type ContextMenuInput } from '../../../../electron/shell/context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const input = (over: Partial<ContextMenuInput> = {}): ContextMenuInput => ({
  isEditable: true,
  selectionText: '',
  linkURL: '',
  editFlags: flags,
  ...over,
});

function build(over: Partial<ContextMenuInput> = {}) {
  const calls: string[] = [];
  const items = buildContextMenu(input(over), {
    openInBrowser: (u) => calls.push(`open:${u}`),
  });
  return { items, calls };
}

describe('buildContextMenu', () => {
  it('offers Cut, Copy, Paste and Select All in a text field, never spelling', () => {
    const { items } = build();
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(items.some((i) => /dictionary|spelling/i.test(i.label ?? ''))).toBe(false);
  });

  it('mirrors the edit flags on cut, copy and paste', () => {
    const { items } = build({
      editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
    });
    expect(items.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(items.find((i) => i.role === 'paste')?.enabled).toBe(true);
  });

  it('offers only Copy for selected text outside fields, and nothing otherwise', () => {
    expect(build({ isEditable: false, selectionText: 'Dhaka' }).items.map((i) => i.role)).toEqual([
      'copy',
    ]);
    expect(build({ isEditable: false }).items).toEqual([]);
  });

  it('opens only safe links in the browser', () => {
    const safe = build({ isEditable: false, linkURL: 'https://example.org/a' });
    safe.items[0]!.click!();
    expect(safe.calls).toEqual(['open:https://example.org/a']);
    expect(build({ isEditable: false, linkURL: 'javascript:alert(1)' }).items).toEqual([]);
    expect(build({ isEditable: false, linkURL: 'file:///etc/passwd' }).items).toEqual([]);
  });

  it('never starts or ends with a separator, nor doubles one', () => {
    const { items } = build({ linkURL: 'https://a.example/' });
    expect(items[0]?.type).not.toBe('separator');
    expect(items.at(-1)?.type).not.toBe('separator');
    items.forEach((item, i) => {
      if (item.type === 'separator') expect(items[i + 1]?.type).not.toBe('separator');
    });
  });
});
