/**
 * The layout of docs/design.md, checked on the sources: the layers import
 * only downwards, a folder's `lib/` is private to it, and files and functions
 * stay small enough to read. Read with the TypeScript compiler's own parser,
 * so comments and strings never count as imports or code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

/** Lines a source file may have. */
const MAX_FILE_LINES = 400;
/** Lines a function may have, from its first line to its last. */
const MAX_FUNCTION_LINES = 80;

/**
 * What each layer may not import (folders under `src/`): analysis is pure, so
 * it knows nothing of the executor, the disk or the site; the view model knows
 * nothing of how it is run or written.
 */
const FORBIDDEN: Record<string, readonly string[]> = {
  analyse: ['run', 'output', 'present', 'load', 'build.ts', 'cli.ts', 'commands', 'serve', 'pipeline.ts'],
  present: ['run', 'output', 'load', 'build.ts', 'cli.ts', 'commands', 'serve'],
  model: ['analyse', 'run', 'output', 'present', 'load', 'commands', 'serve'],
  text: ['analyse', 'run', 'output', 'present', 'load', 'model', 'commands', 'serve'],
  output: ['cli.ts', 'commands', 'serve'],
};
/** Node modules that do I/O or start threads, which the analysis layer may not use. */
const IMPURE_MODULES = /^node:(fs|fs\/promises|worker_threads|child_process|net|http|https)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function parsed(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The top folder (or top file) under `src/` that a path is in. */
function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] ?? '';
}

/** Functions longer than the limit: `file:line name (N lines)`. */
function longFunctions(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_FUNCTION_LINES) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
        out.push(`${path.relative(ROOT, source.fileName)}:${first + 1} ${name} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const files = sourceFiles(SRC).map(parsed);

describe('the source layout', () => {
  it('has each layer import only the layers below it', () => {
    const wrong: string[] = [];
    for (const source of files) {
      const forbidden = FORBIDDEN[layerOf(source.fileName)] ?? [];
      for (const spec of importsOf(source)) {
        if (!spec.startsWith('.')) continue;
        const target = layerOf(path.resolve(path.dirname(source.fileName), spec));
        if (forbidden.includes(target)) wrong.push(`${path.relative(ROOT, source.fileName)} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the analysis free of I/O and threads', () => {
    const wrong = files
      .filter((s) => layerOf(s.fileName) === 'analyse')
      .flatMap((s) => importsOf(s).filter((spec) => IMPURE_MODULES.test(spec)).map((spec) => `${path.relative(ROOT, s.fileName)} imports ${spec}`));
    expect(wrong).toEqual([]);
  });

  it('keeps a folder’s lib/ private to that folder', () => {
    const wrong: string[] = [];
    for (const source of files) {
      for (const spec of importsOf(source)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(source.fileName), spec);
        const parts = target.split(path.sep);
        const lib = parts.lastIndexOf('lib');
        if (lib < 0) continue;
        const owner = parts.slice(0, lib).join(path.sep);
        if (!source.fileName.startsWith(owner + path.sep)) wrong.push(`${path.relative(ROOT, source.fileName)} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it(`has no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map((s) => ({ file: path.relative(ROOT, s.fileName), lines: s.getLineAndCharacterOfPosition(s.getEnd()).line + 1 }))
      .filter((f) => f.lines > MAX_FILE_LINES)
      .map((f) => `${f.file} (${f.lines} lines)`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
