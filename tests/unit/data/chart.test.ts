import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/data/chart.ts';

describe('barChart', () => {
  it('scales bars to the largest value and stacks rows', () => {
    const chart = barChart([{ label: 'A', value: 4 }, { label: 'B', value: 2 }], 640, 280, 30);
    expect(chart.height).toBe(60);
    expect(chart.bars[0]!.width).toBe(320);
    expect(chart.bars[1]!.width).toBe(160);
    expect(chart.bars.map((b) => b.y)).toEqual([0, 30]);
  });
});
