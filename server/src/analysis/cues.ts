// Word lists for reported speech: the verbs that cue it, the nouns that name sources, and the phrases that
// make a source vague or anonymous. Kept as data so attribution.ts and quotes.ts read as logic.

/** Inflected forms of a regular verb list ("warn" -> warn|warns|warned|warning) plus irregular forms. */
function forms(lemmas: string, irregular = ''): string[] {
  const out: string[] = [];
  for (const l of lemmas.split(' ').filter(Boolean)) {
    const stem = l.endsWith('e') ? l.slice(0, -1) : l;
    const ed = l.endsWith('e') ? `${l}d` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ied` : `${l}ed`;
    const s = /(?:s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
    out.push(l, s, ed, `${stem}ing`);
  }
  return out.concat(irregular.split(' ').filter(Boolean));
}

// Verbs of saying: they mark attribution whatever their subject.
export const SPEECH_VERBS = forms(
  'add announce warn confirm deny note argue claim state insist report estimate predict explain reply respond ' +
    'tweet post acknowledge admit assert declare suggest stress emphasize emphasise urge recall conclude counter ' +
    'quip joke remark observe comment complain testify allege contend maintain disclose reveal concede caution ' +
    'mention echo charge accuse blame criticize criticise praise promise vow pledge threaten demand propose ' +
    'recommend question dispute condemn insist reiterate repeat affirm reaffirm signal hint indicate ' +
    'describe characterize characterise cite forecast project boast lament complain acknowledge agree disagree ' +
    'counsel advise inform assure reassure brief call ask answer recount offer reference respond compare liken ' +
    'protest chronicle decline refuse tout defend mock ridicule dismiss downplay pitch discuss express voice ' +
    'swear tease attack blast slam target hit paint stress continue highlight point acknowledge quote ' +
    'announce welcome applaud congratulate thank apologize apologise lash encourage promote link chastise hammer ' +
    'rail implore embrace champion deride denounce articulate debate persuade convince needle confront grill ' +
    'lobby appeal invoke vow concede contend speak detail chant plead hail rule',
  'say says said saying tell tells told telling write writes wrote written writing spoke spoken',
);

// Verbs of thinking and wanting: attribution of an inner state, cued only with a person-like subject.
export const COGNITION_VERBS = forms(
  'believe hope expect fear worry doubt want wish plan intend decide suspect assume imagine figure ' +
    'recognize realize realise consider regard view oppose support endorse favor favour prefer admire love hate ' +
    'trust accept appreciate care seem appear insist wonder question',
  'think thinks thought thinking feel feels felt feeling know knows knew known knowing see sees saw seeing ' +
    'understand understands understood',
);

// Verbs a document, study, poll or report uses to cue its findings.
export const FINDING_VERBS = forms('show find conclude reveal indicate suggest estimate document', 'found shows showed shown');

/** Nouns that name a document-like source ("the statement", "a report by"). */
export const DOCUMENT_NOUNS =
  'statement|report|study|survey|poll|polls|analysis|memo|letter|filing|document|documents|data|figures|' +
  'estimates?|research|review|audit|assessment|paper|position paper|communiqu[eé]|declaration|release|press release|' +
  'transcript|record|records|census|tally|count|projection|forecast|investigation|inquiry|ruling|findings|' +
  'interview|post|tweet|video|email|e-mail|speech|remarks|testimony|website|account|text';

// Sources with no one behind them: "critics argue", "experts believe", "some say", "it is widely thought".
const VAGUE_QUANT = '(?:some|many|most|several|various|numerous|few|certain|other|others|a number of|a lot of|lots of|plenty of)';
const VAGUE_NOUN =
  '(?:critics|experts|observers|analysts|commentators|people|scholars|historians|economists|scientists|researchers|' +
  'sources|insiders|officials|diplomats|observers|residents|voters|americans|supporters|opponents|detractors|' +
  'skeptics|sceptics|proponents|advocates|activists|pundits|insiders|those|others|fans|users|members|' +
  'authorities|reports|studies|accounts|estimates|reporters|journalists|leaders|politicians|lawmakers|' +
  'conservatives|liberals|democrats|republicans|europeans|observers)';
/** A source phrase that names nobody. Tested against the source text (lower case). */
export const VAGUE_SOURCE = new RegExp(
  `^(?:${VAGUE_QUANT}(?: of the| of)?(?: [a-z-]+)?(?: ${VAGUE_NOUN})?|(?:the )?${VAGUE_NOUN}|there|` +
    `(?:many|some|most) (?:[a-z-]+ )?(?:in|of|among) [a-z ]{1,30}|(?:widespread|popular|conventional) (?:belief|wisdom|opinion)|` +
    `(?:some|many) (?:have|would|might|may)|(?:anyone|everyone|everybody|nobody|somebody|someone)|` +
    `(?:\\w+ )?(?:sources|observers|critics|experts|analysts))$`,
);

// Sources that hold back a name but give a role: named-role anonymous sourcing, accepted practice in news.
export const ANONYMOUS_SOURCE =
  /\b(?:familiar with|on condition of anonymity|who (?:spoke|asked) (?:on condition|not to be|to remain)|not authori[sz]ed to|declined to be (?:named|identified)|asked not to be (?:named|identified)|speaking anonymously|unnamed|anonymous|(?:a|an|two|three|several) (?:senior |western |us |u\.s\. |european |israeli |iraqi |russian |ukrainian |kurdish |government |military |administration |white house |state department |defen[cs]e |diplomatic |security |intelligence |campaign )*(?:officials?|sources?|diplomats?|aides?|people|persons?|advisers?|advisors?))\b/i;

/** Impersonal cues with no source at all: "it is widely believed that", "reportedly", "is said to". */
export const IMPERSONAL_CUE =
  /\b(?:it (?:is|was|has been|had been|is being|is now) (?:widely |generally |often |commonly |frequently |increasingly |long |also )?(?:believed|thought|said|reported|claimed|argued|assumed|expected|rumou?red|feared|suggested|alleged|known|understood|considered|estimated|acknowledged|accepted|felt|held|noted|recognized|recognised|speculated)|(?:is|are|was|were|has been|have been) (?:widely |generally |often |commonly |frequently |sometimes |also |largely |still |now )?(?:believed|thought|said|reported|rumou?red|alleged|claimed|considered|regarded|seen|viewed|deemed|reputed|expected|credited|perceived|touted|hailed) (?:to be|to have|to|as)|(?:is|are|was|were|has been|have been) (?:[a-z]+ )?by (?:some|many|critics|others|most|experts|observers)|(?:reportedly|allegedly|supposedly|purportedly|reputedly|arguably|rumou?redly)|(?:widely|generally|commonly|often|frequently|largely) (?:regarded|considered|seen|viewed|believed|thought|accepted|cited|described|recognized|recognised|acknowledged|credited|known)|according to (?:some|many|most|critics|experts|observers|analysts|sources|reports|others)\b|(?:(?:some|many|most|several|numerous|various|few|other)\s+(?:[a-z]+\s+)?)?(?:critics|experts|observers|analysts|commentators|scholars|historians|economists|people|others|sources|skeptics|sceptics|detractors|opponents|insiders)\s+(?:would |might |may |have |had |also |often |still |widely )?(?:say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|note|noted|feel|felt|think|thought|consider|considered|regard|regarded|see|saw|view|viewed|maintain|maintained|point out|pointed out|insist|insisted|fear|feared|worry|worried|warn|warned|doubt|doubted|question|questioned|dispute|disputed|describe|described|criticize|criticized|contend|speculate|speculated|allege|alleged|predict|predicted|expect|expected|assert|asserted)|(?:some|many|most|others)\s+(?:would |might |may |have |had |also |often |still )?(?:say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|note|noted|feel|felt|think|thought|consider|considered|regard|regarded|see|saw|view|viewed|maintain|maintained|point out|pointed out|insist|insisted|fear|feared|worry|worried|warn|warned|doubt|doubted|question|questioned|dispute|disputed|describe|described|criticize|criticized|contend|speculate|speculated|allege|alleged|predict|predicted|expect|expected|assert|asserted))\b/i;

/** Words that cannot end a source noun phrase read back from a cue (they belong to the clause before). */
export const NOT_IN_SOURCE = new Set(
  ('that which who whom whose and or but because if when while although though as than then so also not never ' +
    'has have had is are was were be been being will would could should may might must can do does did ' +
    'to of in on at for with by from about into over after before since until during').split(' '),
);

/** Cues of a stance or act toward someone ("attacked", "praised"), not of a claim: they do not source a sentence. */
export const STANCE_CUES = new Set(
  forms('encourage promote link chastise hammer rail implore embrace champion deride denounce persuade convince needle confront grill lobby appeal invoke attack blast slam target hit paint mock ridicule dismiss downplay praise criticize criticise condemn welcome applaud congratulate thank apologize apologise lash oppose support endorse favor favour prefer admire like love hate trust accept appreciate care compare liken protest decline refuse defend tout offer respond discuss'),
);

export const PRONOUNS = new Set('he she they we i you it who one'.split(' '));
