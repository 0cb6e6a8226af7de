/**
 * English function words and news filler that carry no topic: left out of
 * term vectors and keywords.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against ago all almost along already also although always am among an and another any ' +
    'anyone anything are around as at away back be became because become been before being below between both but by ' +
    'came can cannot could did do does doing done down during each either else ever every few for from further get gets ' +
    'getting got had has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just last later least less like made make makes many may me might more most much must my myself near never new next ' +
    'no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps put quite ' +
    'rather really s said same say says saying see seen she should since so some something still such take than that the ' +
    'their theirs them themselves then there these they this those though through thus to too toward towards under until ' +
    'up upon us very via was we well were what whatever when where whether which while who whom whose why will with ' +
    'within without would yet you your yours yourself yourselves t don didn doesn isn wasn weren won wouldn couldn ' +
    'shouldn aren hasn haven hadn ll ve re d m o mr mrs ms dr st according told tell tells asked added including include ' +
    'includes first two three four five six seven eight nine ten year years day days week weeks month months time times ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april june ' +
    'july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm edt est pdt ' +
    'pst gmt et pt updated published posted news report reports reported people going way want wants even us percent'
  ).split(' '),
);
