/**
 * The YAML parser's complaints, in plain words: each rule matches the
 * parser's own wording and says what a person sees on that line. Rules are
 * data, tried in order; the parser's words are kept only when none matches.
 */

/** One complaint of the parser and what it means to a person writing front matter. */
export interface YamlErrorRule {
  id: string;
  /** The parser's wording (js-yaml's `reason`). */
  pattern: RegExp;
  /** The plain sentence, lower-case: it follows "… is not valid YAML: ". */
  plain: string;
  /** A front matter that gives this complaint. */
  example: string;
}

export const YAML_ERROR_RULES: readonly YamlErrorRule[] = [
  {
    id: 'colon-in-value',
    pattern: /incomplete explicit mapping pair/,
    plain: 'a value on this line holds a colon followed by a space, which YAML reads as the start of another field',
    example: 'title: Q: who?',
  },
  {
    id: 'unclosed-list',
    pattern: /flow collection/,
    plain: 'a list opened with [ (or a set opened with {) is not closed, or its items are not separated by commas',
    example: 'tags: [one, two\ndate: 2024-01-01',
  },
  {
    id: 'unclosed-quote',
    pattern: /quoted scalar/,
    plain: 'a value opened with a quote mark has no closing quote',
    example: 'title: "Who?\ndate: 2024-01-01',
  },
  {
    id: 'bad-indentation',
    pattern: /bad indentation/,
    plain: 'this line is indented, but the line before it does not start a list or a group of fields',
    example: 'title: A\n  date: 2024-01-01',
  },
  {
    id: 'duplicate-field',
    pattern: /duplicated mapping key/,
    plain: 'this field is given a second time',
    example: 'title: A\ntitle: B',
  },
  {
    id: 'no-colon',
    pattern: /can not read (a block mapping entry|an implicit mapping pair)/,
    plain: 'this line is not a `field: value` line (a colon is missing, or the line before it is not finished)',
    example: 'title: A\nthe story starts here\ndate: 2024-01-01',
  },
];

/** A `field: value` line whose unquoted value holds ": ", which YAML reads as a second field. */
const COLON_IN_VALUE = /^\s*[^\s:#"'][^:#]*:\s+[^\s"'[{].*:(\s|$)/;

/**
 * The plain sentence for a complaint of the parser: a rule's, else the
 * parser's own first line. The line it points at is looked at too, as
 * parsers word a colon in a value in more than one way.
 */
export function plainYamlError(reason: string, line?: string): string {
  if (line !== undefined && COLON_IN_VALUE.test(line)) return YAML_ERROR_RULES[0]!.plain;
  const rule = YAML_ERROR_RULES.find((r) => r.pattern.test(reason));
  return rule ? rule.plain : `the parser says "${reason.split('\n')[0]!.trim()}"`;
}
