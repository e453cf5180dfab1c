/**
 * Storybook 10 for the kit. Works offline: `npm run storybook` passes --no-version-updates, telemetry and
 * "what's new" notifications are off, and nothing here fetches at build time.
 */
import { defineMain } from '@storybook/web-components-vite/node';
import { mergeConfig } from 'vite';
// The same aliases as the CDN build (graphql → core's shim), so stories run the code partners get.
import { browserAliases } from '../packages/embed/build-aliases.js';

export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    return mergeConfig(config, {
      resolve: { alias: browserAliases },
      build: {
        // Same syntax level as dist/: catches a feature the CDN build could not ship.
        target: 'es2022',
        // Storybook's own docs renderer is ~1 MB; the kit's sizes are checked by packages/embed instead.
        chunkSizeWarningLimit: 1500,
        reportCompressedSize: false,
      },
    });
  },
});
