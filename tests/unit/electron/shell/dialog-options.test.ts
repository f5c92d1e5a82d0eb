import { describe, expect, it } from 'vitest';
import { toOpenDialogProperties } from '../../../../electron/shell/dialog-options';

describe('toOpenDialogProperties', () => {
  it('keeps known properties and drops the rest', () => {
    expect(toOpenDialogProperties(['openDirectory', 'createDirectory', 'bogus'])).toEqual([
      'openDirectory',
      'createDirectory',
    ]);
  });

  it('defaults to picking one file', () => {
    expect(toOpenDialogProperties(undefined)).toEqual(['openFile']);
    expect(toOpenDialogProperties(['nope'])).toEqual(['openFile']);
  });
});
