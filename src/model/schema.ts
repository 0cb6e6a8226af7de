/**
 * The front-matter schema: the single source of truth for what an article's
 * front matter may hold. `FrontMatter` is inferred from it.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** A date: a YAML date, or a string such as `2024-12-09` or `9 December 2024`. */
const dateish = z.union([z.date(), text, z.number().int().min(1000).max(9999)]);

export const frontMatterSchema = z.object({
  title: z.union([text, z.number()]).transform(String).optional(),
  date: dateish.optional(),
  source: text.optional(),
  url: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), 'must be an http(s) address')
    .optional(),
  author: z.union([text, z.array(text).min(1)]).transform((v) => (Array.isArray(v) ? v.join(', ') : v)).optional(),
  tags: z
    .union([z.array(z.union([text, z.number().transform(String)])), text])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((t) => t.trim()).filter(Boolean))
    .optional(),
  lang: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as `en` or `ar-SY`')
    .optional(),
  dir: z.enum(['ltr', 'rtl', 'auto']).optional(),
  summary: text.optional(),
  slug: text.optional(),
});

/** Front matter as Dateline uses it, after checking. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The fields the schema knows, for "unknown field" messages. */
export const knownFields = Object.keys(frontMatterSchema.shape) as (keyof FrontMatter)[];
