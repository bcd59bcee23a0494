// The quotes-and-speakers stage: whose words an article gives space to.
//   find.ts     direct quotes (paired marks) and reported speech (speech verbs), with attribution
//   direct.ts   pairing quotation marks, including quotes that run over several paragraphs
//   speakers.ts names, titles, affiliations and resolving later references to one speaker
//   groups.ts   speaker groups from speaker-groups.tsv, and states.txt (a state, capital or seat of
//               government speaking is its government)
//   summary.ts  per-speaker and per-group tallies, facilitator overrides
export { findQuotes } from './find.js';
export { summariseQuotes, tallyQuotes, applyOverrides, type SummarisedQuote } from './summary.js';
export { loadGroupRules, parseGroupRules, classifySpeaker } from './groups.js';
