// Tests over the built site's HTML (dist/, or DIST_DIR): run after `npm run build`, before the browser tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
  },
});
