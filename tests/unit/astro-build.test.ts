import { describe, expect, it } from 'vitest';
import { buildNodeOptions, heapCeilingMb } from '../../scripts/astro-build.mjs';

describe('the build heap ceiling', () => {
  it('is 1 GB for small catalogues and grows by 0.2 MB per paper beyond 2,560', () => {
    expect(heapCeilingMb(98)).toBe(1024);
    expect(heapCeilingMb(2560)).toBe(1024);
    expect(heapCeilingMb(5000)).toBe(1512);
    expect(heapCeilingMb(20_000)).toBe(4512);
    expect(heapCeilingMb(1_000_000)).toBe(8192);
  });

  it("adds the ceiling to the caller's NODE_OPTIONS", () => {
    expect(buildNodeOptions(undefined, 5000)).toBe('--max-old-space-size=1512');
    expect(buildNodeOptions('--enable-source-maps', 98)).toBe('--enable-source-maps --max-old-space-size=1024');
  });

  it('keeps a ceiling the caller chose', () => {
    expect(buildNodeOptions('--max-old-space-size=6000', 5000)).toBe('--max-old-space-size=6000');
    expect(buildNodeOptions('--max-old-space-size 6000', 5000)).toBe('--max-old-space-size 6000');
  });
});
