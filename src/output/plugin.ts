/**
 * The Eleventy plugin: TypeScript templates, the assets, and — when Eleventy
 * is started by its own command rather than by `dateline build` — the
 * pipeline as the source of the `archive` global data.
 */
import path from 'node:path';

export interface DatelinePluginOptions {
  /** Content folder read when no archive is handed over (default: `content`). */
  contentDir?: string;
  /** Folder of the templates' static assets (default: `layouts/assets`). */
  assetsDir?: string;
}

export function datelinePlugin(eleventyConfig: any, options: DatelinePluginOptions = {}): void {
  const contentDir = options.contentDir ?? 'content';
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.setTemplateFormats(['11ty.ts']);
  const assets = options.assetsDir ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'layouts', 'assets');
  eleventyConfig.addPassthroughCopy({ [assets]: 'assets' });
  eleventyConfig.setQuietMode(true);
  if (!('archive' in eleventyConfig.globalData)) {
    eleventyConfig.addGlobalData('archive', async () => (await import('../pipeline.ts')).runPipeline(contentDir));
    eleventyConfig.addWatchTarget(contentDir);
  }
}
