// The site's Astro configuration: src/build/astro-config.ts builds it from src/site.config.ts (where SITE_URL,
// BASE_PATH and PAPERS_DIR override the settings). The benchmark uses bench/astro.config.mjs instead.
import { defineConfig } from 'astro/config';
import { astroConfig } from './src/build/astro-config.ts';

export default defineConfig(astroConfig());
