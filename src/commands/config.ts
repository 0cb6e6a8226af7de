/**
 * Reads and checks an archive's config file. Problems are diagnostics that
 * name the file and the line, as for articles: a broken file gives no
 * settings, a bad setting is left out, an unknown one is noted.
 */
import { readFileSync } from 'node:fs';
import { load, type YAMLException } from 'js-yaml';
import { configFields, configSchema, type ArchiveConfig } from '../model/config.ts';
import { diagnose } from '../model/messages.ts';
import type { Diagnostic } from '../model/types.ts';
import { plainYamlError } from '../model/yaml-errors.ts';
import { closest } from '../text/distance.ts';

export interface ConfigResult {
  /** The settings that passed the schema. */
  config: ArchiveConfig;
  diagnostics: Diagnostic[];
}

/** Reads the config file at `file`; `shown` is the path its diagnostics name. */
export function readConfig(file: string, shown: string): ConfigResult {
  const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let raw: unknown;
  try {
    raw = load(source, { filename: shown });
  } catch (error) {
    const e = error as YAMLException;
    const place = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : {};
    const line = e.mark ? source.split('\n')[e.mark.line] : undefined;
    return { config: {}, diagnostics: [diagnose('configSyntax', shown, [plainYamlError(e.reason ?? e.message, line)], place)] };
  }
  if (raw === null || raw === undefined) return { config: {}, diagnostics: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { config: {}, diagnostics: [diagnose('configNotMapping', shown, [], { line: 1 })] };
  return checkFields(raw as Record<string, unknown>, source.split('\n'), shown);
}

/** Each setting checked on its own, so one bad value leaves the others in force. */
function checkFields(record: Record<string, unknown>, lines: string[], shown: string): ConfigResult {
  const lineOf = (key: string): number => {
    const i = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
    return i + 1 || 1;
  };
  const config: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(record)) {
    if (!(configFields as string[]).includes(key)) {
      diagnostics.push(diagnose('configUnknown', shown, [key, closest(key, configFields)], { line: lineOf(key), field: key }));
      continue;
    }
    const value = record[key];
    if (value === null || value === undefined) continue;
    const checked = configSchema.shape[key as keyof ArchiveConfig].safeParse(value);
    if (checked.success) {
      config[key] = checked.data;
    } else {
      const why = typeof value === 'object' ? 'it must be a single value, not a list or a group' : (checked.error.issues[0]?.message ?? 'invalid value');
      diagnostics.push(diagnose('configField', shown, [key, why], { line: lineOf(key), field: key }));
    }
  }
  return { config: config as ArchiveConfig, diagnostics };
}
