/** axe-core in a page: injected from node_modules, run over the whole document. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './demo.ts';

export const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Every violation axe finds in the page as it is now, with the selectors of the elements concerned. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: any[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => String(n.target)) }));
  });
}

/** The serious and critical ones: what the tests do not allow. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
