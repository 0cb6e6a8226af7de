/**
 * Eleventy configuration. `dateline build` and `dateline serve` use it and
 * hand the Archive over themselves; Eleventy's own command works too:
 *   node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts --input=layouts
 */
import { datelinePlugin } from './src/output/plugin.ts';

export default function (eleventyConfig: any): void {
  // Called directly, not through addPlugin: template formats must be set before Eleventy searches for templates.
  datelinePlugin(eleventyConfig, { contentDir: process.env.DATELINE_CONTENT ?? 'content' });
}
