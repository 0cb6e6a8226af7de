/** Headings of lists of other stories ("Latest news", "Related stories"), shared by the block rules. */
import { LIST_HEADING_MAX_WORDS } from '../settings.ts';

/** Headings of lists of other stories. */
export const LIST_HEADING =
  /^(?:(?:the\s+)?latest(?:\s+(?:news|stories|headlines|articles|posts|updates))?|most\s+(?:read|popular|viewed|shared|recent|commented|emailed)(?:\s+(?:news|stories|articles|today|this week))?|more\s+(?:news|stories|headlines|articles|to read)|more\s+(?:from|in|on|about)\s+.{1,40}|related(?:\s+(?:news|stories|articles|posts|content|coverage|reading|topics))?|(?:you\s+)?(?:may|might)\s+also\s+(?:like|enjoy|be interested in)|trending(?:\s+(?:now|news|stories|today))?|top\s+(?:stories|news|headlines)|recommended(?:\s+(?:for you|stories|reading))?|read\s+(?:next|more)|editor[’']?s\s+picks?|popular(?:\s+(?:now|stories|posts))?|recent\s+(?:posts|news|stories|articles)|what\s+to\s+read\s+next|in\s+other\s+news|around\s+the\s+web|also\s+(?:read|see)|see\s+also|don[’']t\s+miss|must\s+read|more\s+like\s+this|keep\s+reading|further\s+reading|in\s+case\s+you\s+missed\s+it|breaking\s+news|news\s+in\s+brief)\s*[:.]?$/i;

/** Is this block a list heading: short, and worded like one? */
export function isListHeading(text: string, count: number): boolean {
  return count <= LIST_HEADING_MAX_WORDS && LIST_HEADING.test(text);
}
