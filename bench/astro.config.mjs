// The benchmark's Astro configuration: the site's, with the switches the benchmark compares against.
// CP_MATH=off builds without typesetting; CP_KATEX_OUTPUT=html|mathml|htmlAndMathml picks KaTeX's output.
import { defineConfig } from 'astro/config';
import { astroConfig } from '../src/build/astro-config.ts';

export default defineConfig(
  astroConfig({ math: process.env.CP_MATH !== 'off', katexOutput: process.env.CP_KATEX_OUTPUT || undefined }),
);
