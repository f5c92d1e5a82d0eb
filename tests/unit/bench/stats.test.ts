import { describe, expect, it } from 'vitest';
import { abbaOrder, rotationOrder } from '../../bench/lib/stats';

describe('rotationOrder', () => {
  it('starts each round one kind later, so every kind takes every place equally often', () => {
    const order = rotationOrder(['floor', 'solo', 'desk'], 6);
    expect(order.slice(0, 9)).toEqual([
      'floor',
      'solo',
      'desk',
      'solo',
      'desk',
      'floor',
      'desk',
      'floor',
      'solo',
    ]);
    for (const kind of ['floor', 'solo', 'desk'])
      for (let place = 0; place < 3; place++)
        expect(order.filter((k, i) => k === kind && i % 3 === place)).toHaveLength(2);
  });

  it('is A B B A for two kinds', () => {
    expect(abbaOrder(3)).toEqual(['app', 'floor', 'floor', 'app', 'app', 'floor']);
  });
});
