// The extractor plugins, in the order they run. Entity extractors first; overlapping mentions
// are then settled (longest, most confident) and resolved to entities; relation extractors last,
// each seeing what those before it found: the learnt classifier judges the pairs the hand rules leave.
import type { EntityExtractor, RelationExtractor } from "./types.ts";
import { lexiconExtractor } from "./entities/lexicon/index.ts";
import { accountsExtractor } from "./entities/accounts/index.ts";
import { latinNamesExtractor } from "./entities/latin-names/index.ts";
import { hardwareNumbersExtractor } from "./entities/hardware-numbers/index.ts";
import { englishExtractor } from "./entities/english/index.ts";
import { cueNamesExtractor } from "./entities/cue-names/index.ts";
import { zhInstitutionsExtractor } from "./entities/zh-institutions/index.ts";
import { emphasisExtractor } from "./entities/emphasis/index.ts";
import { learnedExtractor } from "./entities/learned/index.ts";
import { cuePatternsExtractor } from "./relations/cue-patterns/index.ts";
import { namePrefixExtractor } from "./relations/name-prefix/index.ts";
import { knownDeveloperExtractor } from "./relations/known-developer/index.ts";
import { knownAffiliationExtractor } from "./relations/known-affiliation/index.ts";
import { classifierExtractor } from "./relations/classifier/index.ts";
import { coMentionExtractor } from "./relations/co-mention/index.ts";

export const ENTITY_EXTRACTORS: readonly EntityExtractor[] = [
  lexiconExtractor,
  accountsExtractor,
  latinNamesExtractor,
  hardwareNumbersExtractor,
  englishExtractor,
  cueNamesExtractor,
  zhInstitutionsExtractor,
  emphasisExtractor,
  learnedExtractor,
];

export const RELATION_EXTRACTORS: readonly RelationExtractor[] = [
  cuePatternsExtractor,
  namePrefixExtractor,
  knownDeveloperExtractor,
  knownAffiliationExtractor,
  classifierExtractor,
  coMentionExtractor,
];
