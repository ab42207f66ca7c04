// Segmentation: paragraphs, sentences (abbreviations, initials, decimals, ellipses, quotes), quotations and
// their speakers, the dateline, and robustness on hostile input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/segment';

function sentences(text: string, from = 0): string[] {
  return segment(text, from).sentences.map((s) => text.slice(s.start, s.end));
}

function check(text: string, expected: string[]): void {
  assert.deepEqual(sentences(text), expected, text);
}

test('sentence boundaries: abbreviations, initials, decimals, ellipses, ? and !', () => {
  const cases: [string, string[]][] = [
    ['Talks resumed. The delegates met.', ['Talks resumed.', 'The delegates met.']],
    ['Gen. Smith met Mr. Jones and Dr. Brown in St. Louis.', ['Gen. Smith met Mr. Jones and Dr. Brown in St. Louis.']],
    ['It is led by Brig. Gen. Daouda Traore and Lieut. Cdr. Jane Roe, with Sens. Tester and Amb. Smith.', ['It is led by Brig. Gen. Daouda Traore and Lieut. Cdr. Jane Roe, with Sens. Tester and Amb. Smith.']],
    ['The U.S. and the U.N. agreed. Talks end.', ['The U.S. and the U.N. agreed.', 'Talks end.']],
    ['Troops left the U.S. The talks ended.', ['Troops left the U.S.', 'The talks ended.']],
    // Markdown emphasis before a capital opens a sentence.
    ['It will be signed by mid-2026. **We assess** that it holds.', ['It will be signed by mid-2026.', '**We assess** that it holds.']],
    // "no." abbreviates "number" only before one.
    ['London said no. The court ruled on case No. 198.', ['London said no.', 'The court ruled on case No. 198.']],
    ['U.S. Secretary Rubio spoke.', ['U.S. Secretary Rubio spoke.']],
    ['J. R. R. Tolkien wrote it. He died.', ['J. R. R. Tolkien wrote it.', 'He died.']],
    ['Growth was 3.5 percent. It fell.', ['Growth was 3.5 percent.', 'It fell.']],
    ['On Jan. 5 and Feb. 6 and Sept. 7 and Nov. 8 they met. Then left.', ['On Jan. 5 and Feb. 6 and Sept. 7 and Nov. 8 they met.', 'Then left.']],
    ['He lives at No. 10 Downing St. now.', ['He lives at No. 10 Downing St. now.']],
    // A month's abbreviation after its day, then a capital, ends the sentence; before its day or a year it goes on.
    ['H-hour was set at 0500Z 1 DEC. Units will cross at dawn.', ['H-hour was set at 0500Z 1 DEC.', 'Units will cross at dawn.']],
    ['The meeting is on 3 Dec. Delegates arrive later.', ['The meeting is on 3 Dec.', 'Delegates arrive later.']],
    ['It was signed on 3 Dec. 2025 in Paris.', ['It was signed on 3 Dec. 2025 in Paris.']],
    ['It ended... Then it began.', ['It ended...', 'Then it began.']],
    ['It ended... and then it began.', ['It ended... and then it began.']],
    ['Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
    ['"Are you ready?" he asked. She was.', ['"Are you ready?" he asked.', 'She was.']],
    ['They met at 10 a.m. on Tuesday.', ['They met at 10 a.m. on Tuesday.']],
    ['They met at 10 a.m. The talks ended.', ['They met at 10 a.m.', 'The talks ended.']],
    ['Costs rose 12% in 2023.[1] Prices fell.', ['Costs rose 12% in 2023.[1]', 'Prices fell.']],
    ['He said: "We are ready. We will go." Then he left.', ['He said: "We are ready.', 'We will go."', 'Then he left.']],
  ];
  for (const [text, expected] of cases) check(text, expected);
});

test('paragraphs: blank lines, wire lines, hard-wrapped Markdown, headings, front matter', () => {
  const text = '---\ntitle: x\n---\n# Heading line\nFirst line ends here.\nSecond paragraph line.\n\nA wrapped\nparagraph goes on.\n';
  const from = text.indexOf('# Heading');
  const seg = segment(text, from);
  const paras = seg.paragraphs.map((p) => text.slice(p.start, p.end));
  assert.deepEqual(paras, ['# Heading line', 'First line ends here.', 'Second paragraph line.', 'A wrapped\nparagraph goes on.']);
  assert.deepEqual(seg.headings, [0]);
  // Sorted, sentences carry their paragraph index, nothing before `from`.
  for (let i = 1; i < seg.paragraphs.length; i++) assert.ok(seg.paragraphs[i].start >= seg.paragraphs[i - 1].end);
  for (const s of seg.sentences) {
    const p = seg.paragraphs[s.paragraph];
    assert.ok(s.start >= p.start && s.end <= p.end);
    assert.ok(s.start >= from);
  }
});

test('paragraphs of a Windows (CRLF) file end before the carriage return', () => {
  const text = 'First paragraph line.\r\n\r\nSecond one.\r\nStill second.\r\n';
  assert.deepEqual(segment(text, 0).paragraphs.map((p) => text.slice(p.start, p.end)), ['First paragraph line.', 'Second one.', 'Still second.']);
});

test('a line in capitals is a section heading of its own', () => {
  const text = 'HIGHLIGHTS\nCases rose.\n\nSITUATION OVERVIEW\nBetween 26 October and 10 November, 460 people were killed.';
  const seg = segment(text, 0);
  assert.deepEqual(seg.paragraphs.map((p) => text.slice(p.start, p.end)), ['HIGHLIGHTS', 'Cases rose.', 'SITUATION OVERVIEW', 'Between 26 October and 10 November, 460 people were killed.']);
  assert.deepEqual(seg.headings, [0, 2]);
});

test('paragraphs: list items, lines ending in a closing quote or bracket, suppression comments', () => {
  const paras = (t: string) => segment(t, 0).paragraphs.map((p) => t.slice(p.start, p.end));
  // A list item starts a paragraph; a line right after one continues it (Markdown's lazy continuation).
  assert.deepEqual(paras('The talks failed\n- Iraq wants troops out\n- The US wants to stay\nBoth sides met again'), [
    'The talks failed',
    '- Iraq wants troops out',
    '- The US wants to stay\nBoth sides met again',
  ]);
  // A wire line that ends in a closing quote or bracket is finished.
  assert.deepEqual(paras('He said "the talks failed"\nThey met again on Monday'), ['He said "the talks failed"', 'They met again on Monday']);
  assert.deepEqual(paras('A report (in Arabic)\nThey met again'), ['A report (in Arabic)', 'They met again']);
  // A Markdown table's rows are paragraphs of their own.
  assert.deepEqual(paras('| Date | Event |\n|---|---|\n| 14 Oct | Talks in Lomé |\n| 9 Feb | Groups meet |'), ['| Date | Event |', '|---|---|', '| 14 Oct | Talks in Lomé |', '| 9 Feb | Groups meet |']);
  // A suppression marker on its own line ends its paragraph.
  assert.deepEqual(paras('<!-- policy-lens-ignore -->\nThe deal will collapse'), ['<!-- policy-lens-ignore -->', 'The deal will collapse']);
});

test('quotations: straight, curly, doubled apostrophes, multi-sentence, speakers', () => {
  const cases: [string, string[], (string | undefined)[]][] = [
    ['"Our forces are ready," he said.', ['"Our forces are ready,"'], ['he']],
    ['\u201cWe go,\u201d said Jane Doe, a spokeswoman.', ['\u201cWe go,\u201d'], ['Jane Doe']],
    ['The minister said: "We are ready. We will go."', ['"We are ready. We will go."'], ['The minister']],
    ["''It's anti-reform,'' said Alan Cole.", ["''It's anti-reform,''"], ['Alan Cole']],
    ['He called it "a farce" and left.', ['"a farce"'], [undefined]],
    ['"An unclosed quote runs to the paragraph end.', ['"An unclosed quote runs to the paragraph end.'], [undefined]],
    // A closing curly mark typeset to open, at a paragraph start or after a space before a letter.
    ['\u201dMr. Trump is wrong,\u201d she said.', ['\u201dMr. Trump is wrong,\u201d'], ['she']],
    // Curly single quotes: an apostrophe inside does not close them.
    ['He spoke of \u2018the country\u2019s future\u2019 at length.', ['\u2018the country\u2019s future\u2019'], [undefined]],
    // A quote opens after a bracket, a colon or a dash; an empty pair is no quotation.
    ['The plan (\u201cPhase Two\u201d) was shelved.', ['\u201cPhase Two\u201d'], [undefined]],
    ['Her verdict: "a farce from start to finish."', ['"a farce from start to finish."'], [undefined]],
    ['He said \u2014"never again" and left.', ['"never again"'], [undefined]],
    ['A sign read "" and "no" only.', ['"no"'], [undefined]],
    // The speaker after a horizontal bar, as in op-eds and epigraphs.
    ['"We will not sign." \u2015 Lawrence Kanyuka', ['"We will not sign."'], ['Lawrence Kanyuka']],
  ];
  for (const [text, quotes, speakers] of cases) {
    const seg = segment(text, 0);
    assert.deepEqual(seg.quotations.map((q) => text.slice(q.start, q.end)), quotes, text);
    assert.deepEqual(seg.quotations.map((q) => q.speaker?.text), speakers, text);
    for (const q of seg.quotations) if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
  }
});

test('dateline', () => {
  const cases: [string, string | undefined][] = [
    ['ERBIL, Iraq, Nov. 14 (Policy Lens Wire) - Officials met.', 'ERBIL, Iraq, Nov. 14 (Policy Lens Wire) -'],
    ['GENEVA (Reuters) -- Talks resumed.', 'GENEVA (Reuters) --'],
    ['13 November 2025 | KYIV\n\nUkraine and Russia swapped prisoners.', '13 November 2025 | KYIV'],
    ['Officials met on Thursday.', undefined],
    // A city in mixed case before an agency (AFP and AP style); not any phrase before brackets and a dash.
    ['Khartoum (AFP) - Forces shelled a camp.', 'Khartoum (AFP) -'],
    ['Kyiv, Ukraine (Reuters) - Russia attacked.', 'Kyiv, Ukraine (Reuters) -'],
    ['Trump (again) - the story of a candidate.', undefined],
    // After a headline of one short line; and with a horizontal bar.
    ['Black Lawmakers Rip Trump\n\nWASHINGTON \u2015 Donald Trump spoke.', 'WASHINGTON \u2015'],
    ['Talks resume\n\nOfficials met.\n\nGENEVA (Reuters) - Talks resumed.', undefined],
    ['UPDATE 2-Iran says it will not resume cooperation\n\nBy Parisa Hafezi\n\nDUBAI/VIENNA, Nov 14 (Reuters) - Iran said.', 'DUBAI/VIENNA, Nov 14 (Reuters) -'],
  ];
  for (const [text, expected] of cases) {
    const d = segment(text, 0).dateline;
    assert.equal(d ? text.slice(d.start, d.end) : undefined, expected, text);
  }
});

test('robustness: huge single lines, garbage, odd Unicode never throw and keep offsets valid', () => {
  let garbage = '';
  for (let i = 0; i < 200_000; i++) garbage += String.fromCharCode((i * 7919) % 0xffff);
  const inputs = [
    '',
    '\n\n\n',
    '"'.repeat(100_000),
    'U.S. '.repeat(50_000),
    'a. '.repeat(50_000),
    '...'.repeat(50_000),
    garbage,
    '\u201c\u201d\u2018\u2019'.repeat(20_000),
    'said the critics many some '.repeat(20_000),
    '\ud83d\ude00 Emoji. \ud800 Lone surrogate. \u0000 Null.',
    '\r\n\r\nWindows line. Ends.\r\n',
  ];
  for (const text of inputs) {
    const seg = segment(text, 0);
    for (const s of seg.sentences) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
    for (const q of seg.quotations) assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
  }
  // `from` past the end or negative is clamped.
  assert.deepEqual(segment('abc', 99).sentences, []);
  assert.equal(segment('Abc.', -5).sentences.length, 1);
});

test('sentences end after a footnote marker and after the close of a bold lead-in', () => {
  check('Russia withdrew from it on 17 July 2023.² Russia argued that it had failed.[2] Kyiv disagreed.', [
    'Russia withdrew from it on 17 July 2023.²',
    'Russia argued that it had failed.[2]',
    'Kyiv disagreed.',
  ]);
  check('**Gaza ceasefire.** Egyptian and Qatari mediators said talks would resume.', ['**Gaza ceasefire.**', 'Egyptian and Qatari mediators said talks would resume.']);
});

test('dateline after Markdown headings', () => {
  const text = '# INTERNATIONAL ELECTION OBSERVATION MISSION\n## Republic of Moldova – Parliamentary Elections, 26 October 2025\n### Statement of Preliminary Findings and Conclusions\n\nCHISINAU, 27 October 2025 – The elections were competitive, observers said.';
  const d = segment(text, 0).dateline;
  assert.equal(d ? text.slice(d.start, d.end) : undefined, 'CHISINAU, 27 October 2025 –');
});

test('a ragged hard wrap: a nearly full line of a prose paragraph reads on, even where the next word would have fitted', () => {
  // Wrapped by hand at about 72 columns: "Prime" would have fitted after "Norwegian" (53 + 1 + 5 columns).
  const text = [
    'Ferry strike ends after three weeks of talks in the capital city',
    'By Petra Lindqvist',
    '',
    'Talks on the northern grid resumed in Oslo on Monday after a long pause,',
    'and both sides said the cable could be laid before the winter storms.',
    'Separately, the Prime Minister met with the Norwegian',
    'Prime Minister Jonas Gahr Store at the residence to discuss the cables,',
    'and a joint statement promised a working group by the end of the year.',
    '',
    'Warm regards,',
    'Petra Lindqvist',
    'Harbour Desk',
  ].join('\n');
  const soft = new Set(segment(text, 0).softBreaks ?? []);
  assert.ok(soft.has(text.indexOf('\nPrime Minister Jonas')), 'the ragged break inside a name reads as a space');
  assert.ok(soft.has(text.indexOf('\nand both sides')), 'a greedy break reads as a space');
  // A headline and its byline, a sign-off and a signature: no sentence ends the block, so each line keeps its break.
  assert.ok(!soft.has(text.indexOf('\nBy Petra')), 'the break before the byline stays');
  assert.ok(!soft.has(text.indexOf('\nHarbour Desk')), 'the break inside the signature stays');
});

test('a line wrapped after a title, or after "No." or a month before a number, does not end the paragraph', () => {
  const paras = (t: string) => segment(t, 0).paragraphs.map((p) => t.slice(p.start, p.end));
  assert.deepEqual(paras('The talks ended at noon. Gen.\nPatrick Sanders spoke next.'), ['The talks ended at noon. Gen.\nPatrick Sanders spoke next.']);
  assert.deepEqual(paras('They met at No.\n10 on Friday.'), ['They met at No.\n10 on Friday.']);
  assert.deepEqual(paras('The vote is due on Nov.\n14 in Geneva.'), ['The vote is due on Nov.\n14 in Geneva.']);
  // A sentence that ends on such a word, or on a word that only ends like a title, still ends its line's paragraph.
  assert.deepEqual(paras('London said no.\nThe court ruled.'), ['London said no.', 'The court ruled.']);
  assert.deepEqual(paras('They ran out of oxygen.\nThe crew returned.'), ['They ran out of oxygen.', 'The crew returned.']);
  assert.deepEqual(paras('Shares fell at Acme Inc.\nThe index rose.'), ['Shares fell at Acme Inc.', 'The index rose.']);
});

test('a byte-order mark before a plain-text headline: the headline is still a heading', () => {
  const text = '\uFEFFTalks stall over aid corridors\n\nThe talks stalled on Friday, officials said.';
  const seg = segment(text, 0);
  assert.deepEqual(seg.headings, [0]);
  assert.equal(text.slice(seg.paragraphs[0].start, seg.paragraphs[0].end), 'Talks stall over aid corridors');
});

test('a numbered list marker is no sentence: the item reads from its first word', () => {
  check('1. Ceasefire talks were postponed until 1 December.', ['Ceasefire talks were postponed until 1 December.']);
  check('12) Oil rose 9%. Gas fell.', ['Oil rose 9%.', 'Gas fell.']);
  // A year that opens a paragraph is no marker.
  check('2024. The year the talks failed.', ['2024.', 'The year the talks failed.']);
});

test('after a clock\'s "a.m." or "p.m.", a capitalised word opens a sentence unless it names the day or the zone', () => {
  check('He arrived at 9 p.m. Talks began at once.', ['He arrived at 9 p.m.', 'Talks began at once.']);
  check('The polls closed at 8 p.m. Turnout was low.', ['The polls closed at 8 p.m.', 'Turnout was low.']);
  check('The vote is at 9 p.m. Tuesday in Geneva.', ['The vote is at 9 p.m. Tuesday in Geneva.']);
  check('The vote is at 10 a.m. Jan. 5 in Geneva.', ['The vote is at 10 a.m. Jan. 5 in Geneva.']);
  check('It starts at 9 p.m. Eastern time on Friday.', ['It starts at 9 p.m. Eastern time on Friday.']);
  check('It starts at 9 p.m. EST on Friday.', ['It starts at 9 p.m. EST on Friday.']);
  check('It airs from 6 a.m. to 9 a.m. Eastern. Call in.', ['It airs from 6 a.m. to 9 a.m. Eastern.', 'Call in.']);
  check('It starts at 9 p.m. Moscow time.', ['It starts at 9 p.m. Moscow time.']);
  // Other dotted abbreviations still break only before a word that usually opens a sentence.
  check('He moved to the U.S. Officials said so.', ['He moved to the U.S.', 'Officials said so.']);
  check('The U.S. Navy sailed.', ['The U.S. Navy sailed.']);
});

test('an abbreviation in brackets of its own does not end the sentence', () => {
  check('Lt. Gen. (ret.) Mark Hertling said the army was not ready.', ['Lt. Gen. (ret.) Mark Hertling said the army was not ready.']);
  check('Sen. Dick Durbin (D-Ill.) Tuesday said no.', ['Sen. Dick Durbin (D-Ill.) Tuesday said no.']);
  // A sentence or a stage direction in brackets still ends where it ends.
  check('The deal was signed (in Geneva.) Talks then stalled.', ['The deal was signed (in Geneva.)', 'Talks then stalled.']);
  check('We thank you. (Applause.) Thank you all.', ['We thank you.', '(Applause.)', 'Thank you all.']);
});

test('an inline numbered list: the colon ends the sentence that opens it, and each item reads from its first word', () => {
  check('Priorities: 1. Oil. 2. Gas. 3. Grain.', ['Priorities:', 'Oil.', 'Gas.', 'Grain.']);
  check(
    'The plan has three steps: 1. A ceasefire. 2. An exchange of prisoners. 3. Elections within a year. Talks resume on Monday.',
    ['The plan has three steps:', 'A ceasefire.', 'An exchange of prisoners.', 'Elections within a year.', 'Talks resume on Monday.'],
  );
  check('1. Oil. 2. Gas.', ['Oil.', 'Gas.']);
  // A number that ends a sentence, or that is no next item of a list, is no marker.
  check('He won 3. Then he lost.', ['He won 3.', 'Then he lost.']);
  check('How many died? 12. The rest fled.', ['How many died?', '12.', 'The rest fled.']);
  check('The score: 7. Nobody saw it coming.', ['The score: 7.', 'Nobody saw it coming.']);
  check('Steps: 1. Talks. 3. Vote.', ['Steps:', 'Talks.', '3.', 'Vote.']);
});

test('a ragged hard wrap parted by blank lines: a nearly full line that ends with a stop ends no paragraph', () => {
  const paras = (t: string) => segment(t, 0).paragraphs.map((p) => t.slice(p.start, p.end));
  // Wrapped by hand at about 70 columns, paragraphs parted by blank lines.
  const text = [
    'Ministers agree to extend the grain corridor for a further year',
    'By Tomas Varga',
    '',
    'Talks on the Black Sea grain corridor resumed in Istanbul on Monday,',
    'after a pause of three weeks, and the delegates agreed to meet again.',
    'Foreign Minister Hakan Fidan said the talks had gone well this time.',
    '"Exports rose 40 percent last year and they will keep on rising."',
    'The head of the port authority, Selin Demir, told reporters: Traffic',
    'had doubled over the summer months since the corridor was reopened.',
    'Tolls brought in 12 million dollars in the first month of the deal.',
    '',
    'Shipping groups said the extension would steady prices in the region,',
    'and insurers said they would cut their war-risk premiums next month.',
    '',
    'Warm regards,',
    'Tomas Varga',
  ].join('\n');
  const seg = segment(text, 0);
  const body = paras(text)[1];
  assert.ok(body.startsWith('Talks on the') && body.endsWith('of the deal.'), body);
  assert.ok(new Set(seg.softBreaks).has(text.indexOf('\n"Exports')), 'the break after the stop reads as a space');
  assert.deepEqual(paras(text).slice(-2), ['Warm regards,', 'Tomas Varga']);
  // One paragraph per line, wrapped (no blank lines, most paragraphs end on a short line): every break after a stop stays.
  const lines = [
    'Talks on the Black Sea grain corridor resumed in Istanbul on Monday,',
    'after a pause of three weeks. The delegates agreed to meet again.',
    'Foreign Minister Hakan Fidan said the talks had gone well this time,',
    'and he thanked the delegations for their patience.',
    'The head of the port authority, Selin Demir, told reporters that the',
    'traffic had doubled over the summer months since the reopening.',
    'Tolls brought in 12 million dollars in the first month of the deal.',
    'Shipping groups said the extension would steady prices in the region',
    'and that insurers would cut their premiums.',
  ].join('\n');
  assert.equal(paras(lines).length, 5);
});

test('a line that ends in a closing bracket or quote reads on when the next line opens in lower case', () => {
  const paras = (t: string) => segment(t, 0).paragraphs.map((p) => t.slice(p.start, p.end));
  const cases: [string, number][] = [
    // An author-year citation wrapped before its verb: one sentence, the author its source.
    ['As Brown (2018)\nargues, escorts deter attacks only where the navy fires.', 1],
    ['Hersman (2022)\ncontends that China will join talks.', 1],
    ['"We were surprised by how fast it happened,"\nsaid the lead author.', 1],
    ['Exports fell (see *Table 2*)\nand prices rose.', 1],
    // A capital, or a stop before the closer, still ends the line's paragraph.
    ['He said "the talks failed"\nThey met again on Monday', 2],
    ['The talks failed (again.)\nthey met later', 2],
  ];
  for (const [text, n] of cases) assert.equal(paras(text).length, n, text);
});

test("credits: the wire's byline and credit lines, found once for the actor, cue and interview passes", () => {
  const cases: [string, [string, string][]][] = [
    ['By Ana Costa and James K. Porter\n\nThe vote goes ahead.\n\n(Reporting by Elena Munteanu in Chisinau; additional reporting by Ana Costa; Editing by Mark Potter)', [
      ['byline', 'By Ana Costa and James K. Porter'],
      ['credit', '(Reporting by Elena Munteanu in Chisinau; additional reporting by Ana Costa; Editing by Mark Potter)'],
    ]],
    ['Reporting by Foreign Desk; Editing by Jane Doe', [['credit', 'Reporting by Foreign Desk; Editing by Jane Doe']]],
    // A bracket that a credit's words open is a credit line to its close, whatever else it names.
    ['The union will strike.\n\n(Reporting by Ana Costa and the Lisbon bureau; Editing by Tom Hale)', [['credit', '(Reporting by Ana Costa and the Lisbon bureau; Editing by Tom Hale)']]],
    ['The port is shut.\n\n(Additional reporting by Li Wei in Beijing; Writing by Ola Berg)', [['credit', '(Additional reporting by Li Wei in Beijing; Writing by Ola Berg)']]],
    // A byline with a name's particle in lower case, a role after a comma, or a date after a bar.
    ['By Pieter de Vries and Clara Neumann\n\nThe ministers met.', [['byline', 'By Pieter de Vries and Clara Neumann']]],
    ['By Ahmad bin Salleh\n\nThe ministers met.', [['byline', 'By Ahmad bin Salleh']]],
    ['By Maria Duarte, Lisbon correspondent\n\nThe court ruled.', [['byline', 'By Maria Duarte, Lisbon correspondent']]],
    ['By Jane Roe | 27 November 2026\n\nThe court ruled.', [['byline', 'By Jane Roe | 27 November 2026']]],
    ['By Monday, the rebels had a new chief.', []],
    // The credits of pictures: names and agencies run together with slashes, or a credit's label and its line.
    ['A man wades through a street in Cahul, November 24, 2026. REUTERS/Vlad Ursu/File Photo', [['photo', 'REUTERS/Vlad Ursu/File Photo']]],
    ['A cow stands on dry ground. (Reuters/File Photo)\nSenators at a session. (AP Photo/Aaron Favila)', [['photo', 'Reuters/File Photo'], ['photo', 'AP Photo/Aaron Favila']]],
    ['Photo: Jane Roe/AFP via Getty Images\n\nCaption: Rescuers carry a woman. Photograph: Ion Popa/The Guardian\nCredit: Senate press office', [
      ['photo', 'Photo: Jane Roe/AFP via Getty Images'], ['photo', 'Photograph: Ion Popa/The Guardian'], ['photo', 'Credit: Senate press office'],
    ]],
    ['Thousands marched.\n\nCopyright: Reuters', [['photo', 'Copyright: Reuters']]],
    // A caption is no credit, nor a poll's name, nor a path.
    ['Photo: Protesters march in Lima on Monday.\n\nA poll (Reuters/Ipsos) showed support at 40%. See https://example.org/AFP/2026/story.', []],
    // Prose is no credit: the line goes on, or the bracket opens with other words.
    ['Reporting by The New York Times revealed that the ministry had paid the firm.', []],
    ['The ministry (which denied reporting by the press) paid.', []],
    ['By then the talks had failed.', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual((segment(text, 0).credits ?? []).map((c) => [c.kind, text.slice(c.start, c.end)]), expected, text);
  }
});
