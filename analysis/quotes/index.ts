// The quotes-and-speakers stage: whose words an article gives space to. One file, one idea:
//   context.ts      tokens, quotation marks and sentence ends, read by every other part
//   cues.ts         speech cues ("said", "according to") told apart from look-alike nouns
//   spans.ts        quote spans: pairing quotation marks, paragraph by paragraph
//   mentions.ts     speaker mentions: the noun phrase by a cue, parsed into name, title, affiliation
//   attribution.ts  which mention speaks a quote or a cue
//   direct.ts       direct quotes and their speakers
//   indirect.ts     reported speech
//   entities.ts     every person and organisation named in the article
//   coref.ts        one person, one speaker: later references resolved to the full name
//   pronouns.ts     which entity mentioned before a he, she, it or they means
//   coordination.ts "Chile, Peru and Bolivia": a list of names a later "they" means
//   deeds.ts        what a person makes or does, when nothing else says what they are
//   relations.ts    a sister or friend of someone named: the relation, not that person, says who they are
//   groups.ts       speaker groups from speaker-groups.tsv and states.txt
//   find.ts         assembly: mixed quotes, one statement, scare quotes left out
//   work-titles.ts  titles of works in quotation marks, no one's words
//   space.ts        quote space: each quoted word counted once, for the innermost quote
//   summary.ts      per-speaker and per-group tallies, facilitator overrides
//   shared-groups.ts one speaker, one group across a collection's articles
export { analyseQuotes, findQuotes } from './find.js';
export { findEntities } from './entity-index.js';
export { summariseQuotes, tallyQuotes, applyOverrides, cueSpans, type SummarisedQuote, type QuoteTallies } from './summary.js';
export { quoteWords } from './space.js';
export { loadGroupRules, parseGroupRules, classifySpeaker } from './groups.js';
