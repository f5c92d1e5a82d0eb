import { describe, expect, it } from 'vitest';
import { bodyNode, bodySchema, emptyBody } from '../../../../core/body/schema';

describe('bodySchema', () => {
  it('is built once, on first use, and shared by every caller', () => {
    expect(bodySchema()).toBe(bodySchema());
    expect(bodyNode(emptyBody()).type.schema).toBe(bodySchema());
  });

  it('holds the body nodes and marks', () => {
    expect(Object.keys(bodySchema().nodes)).toEqual(
      expect.arrayContaining(['doc', 'paragraph', 'text', 'heading', 'figure', 'hardBreak']),
    );
    expect(Object.keys(bodySchema().marks)).toEqual(
      expect.arrayContaining(['bold', 'italic', 'link']),
    );
  });
});
