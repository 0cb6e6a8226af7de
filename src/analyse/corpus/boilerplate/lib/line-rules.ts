/** Line rules: telling them from block rules, and matching one against a block's text. */
import { wordCount } from './shape.ts';
import type { LineRule, Rule } from './types.ts';

/** Is this rule a line rule (a pattern over one block's text), not a block rule? */
export function isLineRule(rule: Rule): rule is LineRule {
  return 'pattern' in rule && rule.pattern instanceof RegExp;
}

/** Does a line rule match this text (ignoring position)? Returns the match. */
export function matchLine(rule: LineRule, text: string, count = wordCount(text)): RegExpExecArray | null {
  if (rule.maxWords !== undefined && count > rule.maxWords) return null;
  rule.pattern.lastIndex = 0;
  return rule.pattern.exec(text);
}

/** Does any line rule that removes blocks (not a `trim` rule) match this text? */
export function anyRemovingRuleMatches(rules: readonly LineRule[], text: string, count: number): boolean {
  return rules.some((rule) => rule.action !== 'trim' && matchLine(rule, text, count) !== null);
}
