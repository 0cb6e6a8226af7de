import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
/** The five seed articles: the demo content is they, unchanged (shared/seeds/README.md), so tests need no `../shared`. */
export const SEEDS_DIR = path.join(ROOT, 'content');

/** Runs the `dateline` command as a person would, and collects what it prints. */
export function runDateline(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; output: string; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'dateline.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output: stdout + stderr, stdout, stderr }));
  });
}

/** Builds the demo content (the seed articles) into `out`. */
export function buildDemo(out: string) {
  return runDateline(['build', path.join(ROOT, 'content'), '--out', out]);
}
