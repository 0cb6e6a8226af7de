/**
 * The archive's config file, `dateline.config.yml`: the settings a person
 * would otherwise type as options on every build. The schema is the single
 * source of truth for its fields; `ArchiveConfig` is inferred from it.
 */
import { z } from 'zod';

/** Name of the config file, in the archive's folder. */
export const CONFIG_FILE = 'dateline.config.yml';

const text = z.string().trim().min(1, 'must not be empty');

export const configSchema = z.object({
  /** Site title. */
  title: z.union([text, z.number()]).transform(String).optional(),
  /** Address the site is published at. */
  url: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/]+(\/\S*)?$/i.test(v), 'must be an http(s) address such as https://example.org/')
    .optional(),
  /** Language of the site's own text. */
  lang: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as `en` or `ar-SY`')
    .optional(),
  /** Folder of the articles, relative to the config file. */
  content: text.optional(),
  /** Output folder, relative to the config file. */
  out: text.optional(),
  /** Path the site lives under on its host (`/archive/`). */
  pathPrefix: z
    .string()
    .trim()
    .regex(/^\/?([\w.~-]+\/?)*$/, 'must be a path such as `/archive/`')
    .optional(),
});

/** The config as Dateline uses it, after checking. */
export type ArchiveConfig = z.infer<typeof configSchema>;

/** The fields the schema knows, for "unknown field" messages. */
export const configFields = Object.keys(configSchema.shape) as (keyof ArchiveConfig)[];
