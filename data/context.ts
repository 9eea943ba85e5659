import type { ContextTrigger, TerminationTerm } from '../utils/engine/types';

/**
 * NegEx/ConText triggers. Windows are in tokens; the sentence end always
 * closes a scope. Pseudo-triggers are longer phrases that contain a trigger
 * word but do not negate ("without difficulty", "prior to").
 */

function t(category: ContextTrigger['category'], direction: ContextTrigger['direction'], window: number, phrases: string[]): ContextTrigger[] {
  return phrases.map((phrase) => ({ phrase, category, direction, window }));
}

const years: string[] = [];
for (let y = 1960; y <= 2035; y++) years.push(`in ${y}`);

export const triggers: ContextTrigger[] = [
  // ----- negation, forward -----
  ...t('negated', 'forward', 8, [
    'no', 'not', 'without', 'none', 'never', 'neither', 'nor', 'denies', 'denied', 'absence of', 'absent', 'free of',
    'negative for', 'no evidence of', 'no sign of', 'no signs of', 'no need for', 'no indication for', 'not indicated',
    'did not require', 'did not need', 'does not require', 'didnt require', 'didnt need', 'was not', 'were not', 'wasnt', 'werent',
    'did not', 'didnt', 'does not', 'doesnt', 'cannot', 'could not', 'couldnt', 'unable to', 'rather than', 'instead of',
    'in lieu of', 'declined', 'refused', 'not a candidate for', 'not amenable to', 'no role for', 'avoided', 'omitted',
    'contraindicated', 'there was no', 'there were no', 'nor was', 'no attempt', 'no further need',
  ]),
  // An empty template checkbox ("[ ] Lobectomy"): the tokenizer reads it as this word, and each box starts its own item.
  ...t('negated', 'forward', 8, ['uncheckedbox']),
  // ----- negation, backward -----
  // A template's answer ("Mechanical pleurodesis: no."): the tokenizer reads "no", "none" or "n/a" alone after a colon at a line end as this word.
  ...t('negated', 'backward', 8, ['answeredno']),
  ...t('negated', 'backward', 8, [
    'was not performed', 'were not performed', 'not performed', 'was not done', 'not done', 'was not required', 'not required',
    'were not required', 'was not necessary', 'not necessary', 'was unnecessary', 'unnecessary', 'was not needed', 'not needed',
    'was not indicated', 'was avoided', 'were avoided', 'was omitted', 'was not attempted', 'not attempted', 'was not used',
    'were not used', 'not used', 'was not placed', 'were not placed', 'not placed', 'was ruled out', 'ruled out',
    'was not felt to be necessary', 'was not warranted', 'not warranted', 'was not feasible', 'not feasible', 'is not needed',
    'is not required', 'was unremarkable', 'was not', 'were not', 'is not', 'are not', 'free', 'was declined', 'was deferred',
    'would not be tolerated', 'would not have been tolerated', 'would not tolerate', 'not be tolerated', 'was not pursued',
    'not pursued', 'was abandoned', 'were abandoned', 'was not possible',
  ]),
  // ----- pseudo-triggers: contain a trigger word but do not negate -----
  ...t('pseudo', 'forward', 1, [
    'without difficulty', 'without complication', 'without complications', 'without any complication', 'without any complications',
    'without incident', 'without event', 'without any difficulty', 'without problems', 'without problem', 'without issue',
    'without tension', 'without injury', 'without injury to', 'without any injury', 'without significant', 'without any bleeding',
    'no further', 'not only', 'no change', 'no increase', 'not necessarily', 'no longer', 'gram negative', 'not been',
    'without delay', 'no complications', 'no intraoperative complications', 'there were no complications',
    'prior to', 'prior to the', 'history and physical', 'previously placed', 'previously described', 'previously marked',
    'as previously planned', 'as originally planned', 'as preoperatively planned', 'as was planned',
    'as previously', 'previously identified', 'as planned', 'as per plan', 'the planned',
    'did not tolerate', 'will be sent', 'was sent', 'sent to pathology', 'if any', 'as needed', 'was not tolerated',
  ]),
  // ----- history -----
  ...t('historical', 'forward', 8, [
    'history of', 'past history of', 'past medical history', 'past surgical history', 'status post', 'previous', 'previously',
    'prior', 'remote', 'remotely', 'in the past', 'underwent', 'had undergone', 'has undergone', 'has had', 'previously had',
    'had prior', 'had a prior', 'had a previous', 'known history', 'last year', 'years ago he', 'years ago she', 'former',
    'formerly', 'old healed', 'healed', 'history', 'since his', 'since her', 'weeks after', 'week after', 'days after',
    'months after', 'month after', 'years after', 'year after', 'weeks following', 'months following', 'years following',
    // The operation a complication follows: "return to the OR on post-op day 5 after left upper lobectomy", "bleeding after VATS lobectomy".
    // Not "after" alone: "after the lobectomy was completed, a chest tube was placed" is today's work.
    'day after', ...Array.from({ length: 31 }, (_, n) => `day ${n} after`),
    ...['bleeding', 'air leak', 'hemothorax', 'empyema', 'leak', 'infection', 'chylothorax', 'complication', 'complications', 'dehiscence', 'hematoma']
      .flatMap((w) => [`${w} after`, `${w} following`]),
    'after his recent', 'after her recent', 'after recent', 'after a recent', 'after the recent', 'after their recent',
  ]),
  ...t('historical', 'backward', 8, [
    'years ago', 'year ago', 'months ago', 'month ago', 'in the past', 'previously', 'last year', 'at an outside hospital',
    // The first operation of a take-back: "after left lower lobectomy earlier today", "the lobectomy done yesterday".
    'weeks ago', 'week ago', 'days ago', 'day ago', 'hours ago', 'earlier today', 'earlier this morning', 'earlier in the day', 'yesterday',
    'the previous day', 'the day before', 'last night', 'last week',
    'at another institution', 'in the remote past',
  ]),
  ...t('historical', 'both', 8, years),
  // ----- hypothetical / planned / consent -----
  ...t('hypothetical', 'forward', 10, [
    'may need', 'may require', 'might need', 'might require', 'may', 'might', 'would', 'could', 'will', 'will need', 'will require',
    'will consider', 'would consider', 'consider', 'considering', 'to consider', 'plan', 'plan for', 'plan is', 'plan to',
    'planned for', 'planning', 'plans', 'scheduled for', 'to be scheduled', 'will be scheduled', 'to undergo', 'will undergo',
    'candidate for', 'recommend', 'recommended', 'recommendation', 'we recommend', 'discussed', 'we discussed', 'discussion of',
    'discussion regarding', 'risks of', 'risks and benefits', 'risks benefits', 'risks including', 'the risks', 'benefits of',
    'alternatives', 'alternative', 'options', 'option of', 'offered', 'consent for', 'consented for', 'consent to',
    'informed consent', 'if', 'in case', 'in the event', 'should', 'should the', 'possible', 'possibly', 'potential',
    'potentially', 'referred for', 'referral for', 'return for', 'future', 'eventual', 'eventually', 'evaluate for',
    'evaluation for', 'rule out', 'versus', 'vs', 'anticipate', 'anticipated', 'expect', 'expected', 'intend', 'intended',
    'would benefit', 'prepared for', 'in preparation for', 'be prepared', 'contingency', 'ready for',
  ]),
  ...t('hypothetical', 'backward', 8, [
    // "Left VATS wedge resection planned; procedure discontinued after ..." (not "as planned", a pseudo-trigger).
    'planned', 'was planned', 'is planned', 'are planned', 'was discussed', 'were discussed', 'was considered', 'were considered',
    'was recommended', 'is recommended', 'was offered', 'were reviewed', 'was deferred', 'were deferred', 'is deferred',
    'will be performed', 'will be done', 'to be performed', 'to be done', 'at a later stage', 'at a later date',
    'at a later time', 'in the future', 'as a second stage', 'if needed', 'if necessary', 'if required', 'as needed',
    'was contemplated', 'will be considered', 'to follow', 'later', 'was possible', 'may be needed', 'may be required',
    'might be needed', 'would be needed', 'would be required', 'will be placed', 'will be inserted', 'would be placed',
    'may be placed', 'can be placed', 'will be needed', 'will be required', 'if it enlarges', 'if it recurs', 'if it reaccumulates',
    'if the effusion recurs', 'if it persists', 'should it recur', 'should it enlarge', 'if indicated',
  ]),
  // ----- another person -----
  ...t('otherPerson', 'both', 8, [
    'mother', 'father', 'sister', 'brother', 'son', 'daughter', 'aunt', 'uncle', 'grandmother', 'grandfather', 'cousin',
    'sibling', 'siblings', 'parents', 'parent', 'family history', 'family member', 'family members', 'his wife', 'her husband',
    'wife', 'husband', 'niece', 'nephew', 'twin', 'maternal', 'paternal', 'relative', 'relatives', 'family hx', 'in the family',
  ]),
];

export const terminations: TerminationTerm[] = [
  ...['but', 'however', 'although', 'though', 'except', 'aside from', 'apart from', 'whereas', 'yet', 'nevertheless',
    'nonetheless', 'instead', 'although the', 'then'].map((phrase) => ({
    phrase,
    categories: ['negated', 'historical', 'hypothetical', 'otherPerson'] as TerminationTerm['categories'],
  })),
  ...['who', 'which'].map((phrase) => ({
    phrase,
    categories: ['negated', 'historical', 'hypothetical'] as TerminationTerm['categories'],
  })),
  ...['now', 'presents', 'presented', 'presenting', 'today', 'currently', 'this admission', 'returns', 'is now', 'now presents',
    'was brought', 'is here', 'was taken', 'developed', 'and now', 'subsequently', 'at this time', 'this time',
    'for which', 'for this reason', 'therefore'].map((phrase) => ({
    phrase,
    categories: ['historical', 'hypothetical'] as TerminationTerm['categories'],
  })),
  ...['patient', 'the patient', 'he', 'she', 'we', 'i'].map((phrase) => ({
    phrase,
    categories: ['otherPerson'] as TerminationTerm['categories'],
  })),
  ...['was performed', 'were performed', 'was done', 'was carried out', 'was completed', 'was then performed',
    'proceeded with', 'performed'].map((phrase) => ({
    phrase,
    categories: ['hypothetical'] as TerminationTerm['categories'],
  })),
];
