import { describe, expect, it } from 'vitest';
import { fromPlainError, StepError, toPlainError, WorkerError } from '../../src/run/errors.ts';
import { createExecutor } from '../../src/run/executor.ts';
import { failingStep, type Item } from './fixtures/failing-step.ts';

const items: Item[] = [
  { file: 'a.md', text: 'fine' },
  { file: 'b.md', text: 'this will fail' },
  { file: 'c.md', text: 'fine too' },
];

/** The error `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('a step that fails', () => {
  it('fails with a StepError that names the step and the file, the error it threw as its cause', async () => {
    const error = await rejection(createExecutor().map([failingStep], items));
    expect(error).toBeInstanceOf(StepError);
    const e = error as StepError;
    expect([e.step, e.file]).toEqual(['shout', 'b.md']);
    expect(e.message).toBe('The shout step failed on b.md: cannot shout "this will fail"');
    expect(e.cause).toBeInstanceOf(RangeError);
    expect((e.cause as Error).cause).toBeInstanceOf(TypeError);
  });

  it('on a worker thread, fails on the main thread with the same StepError, its causes whole, not a string', async () => {
    const error = await rejection(createExecutor({ workers: 2, minItemsForWorkers: 1 }).map([failingStep], items));
    expect(error).toBeInstanceOf(StepError);
    const e = error as StepError;
    expect([e.step, e.file, e.message]).toEqual(['shout', 'b.md', 'The shout step failed on b.md: cannot shout "this will fail"']);
    const cause = e.cause as Error;
    expect([cause.name, cause.message]).toEqual(['RangeError', 'cannot shout "this will fail"']);
    // The stack is the thread's: it shows where the step threw.
    expect(cause.stack).toContain('failing-step.ts');
    expect([(cause.cause as Error).name, (cause.cause as Error).message]).toEqual(['TypeError', 'a nested reason']);
  }, 120_000);
});

describe('an error as plain data', () => {
  it('comes back with its class when it is a StepError, else with its name, message, stack and causes', () => {
    const original = new StepError('enrich', 'x.md', { cause: new SyntaxError('bad', { cause: 'a string' }) });
    const back = fromPlainError(JSON.parse(JSON.stringify(toPlainError(original))));
    expect(back).toBeInstanceOf(StepError);
    expect(back.message).toBe(original.message);
    expect(back.stack).toBe(original.stack);
    expect(back.cause).toBeInstanceOf(WorkerError);
    expect([(back.cause as Error).name, (back.cause as Error).message]).toEqual(['SyntaxError', 'bad']);
    expect(((back.cause as Error).cause as Error).message).toBe('a string');
  });
});
