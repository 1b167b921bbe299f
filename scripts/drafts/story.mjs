// The story table of the demo negotiation: sessions, the layout of each session (chapters and
// the article lineages they hold, in order), the splits and merges, and the files of each
// session. Article numbers are not written here: they follow from the order (a `:bis` suffix
// gives the previous number plus "bis").

export const SESSIONS = [
  { id: '01-first-part', ordinal: 1, title: 'Consolidated negotiating document on the general provisions and the provisions on criminalization and on jurisdiction', symbol: 'DEMO/AC.1/1/2', date: '2022-05-30', venue: 'Vienna' },
  { id: '02-second-part', ordinal: 2, title: 'Consolidated negotiating document, parts one and two', symbol: 'DEMO/AC.1/2/2', date: '2022-08-29', venue: 'New York' },
  { id: '03-complete', ordinal: 3, title: 'Draft text of the convention', symbol: 'DEMO/AC.1/3/4', date: '2023-01-09', venue: 'Vienna' },
  { id: '04-revised', ordinal: 4, title: 'Revised draft text of the convention', symbol: 'DEMO/AC.1/4/4', date: '2023-04-11', venue: 'Vienna' },
  { id: '05-further-revised', ordinal: 5, title: 'Further revised draft text of the convention', symbol: 'DEMO/AC.1/5/3', date: '2023-08-21', venue: 'New York' },
  { id: '06-updated', ordinal: 6, title: 'Updated draft text of the convention', symbol: 'DEMO/AC.1/6/2', date: '2024-01-29', venue: 'New York' },
  { id: '07-final', ordinal: 7, title: 'Draft convention on countering the use of information and communications technologies for criminal purposes', symbol: 'DEMO/AC.1/7/1', date: '2024-08-07', venue: 'New York' },
];

const I = (articles, title = 'General provisions') => ({ numeral: 'I', title, articles });
const II = (articles, title = 'Criminalization') => ({ numeral: 'II', title, articles });
const III = (articles, title = 'Jurisdiction') => ({ numeral: 'III', title, articles });
const IV = (articles, title = 'Procedural measures and law enforcement') => ({ numeral: 'IV', title, articles });
const V = (articles, title = 'International cooperation') => ({ numeral: 'V', title, articles });
const VI = (articles, title = 'Preventive measures') => ({ numeral: 'VI', title, articles });
const VII = (articles, title = 'Technical assistance and information exchange') => ({ numeral: 'VII', title, articles });
const VIII = (articles, title = 'Mechanism of implementation') => ({ numeral: 'VIII', title, articles });
const IX = (articles, title = 'Final provisions') => ({ numeral: 'IX', title, articles });

const ch2Early = ['illegal-access', 'interception', 'data-interference', 'system-interference', 'misuse-devices', 'forgery', 'fraud', 'child-material'];
const ch5Early = ['intl-general', 'extradition', 'transfer-sentenced', 'transfer-proceedings', 'mla-general', 'mla-procedures'];
const ch5Mid = ['network-24-7', 'intl-preservation', 'mla-access-stored', 'mla-realtime', 'mla-interception'];
const ch5Late = ['joint-investigations', 'intl-confiscation', 'return-proceeds'];
const ch9Early = ['settlement', 'signature', 'entry-into-force', 'amendment', 'denunciation'];

export const LAYOUTS = {
  1: [
    I(['purpose', 'terms', 'scope', 'sovereignty', 'relation-instruments']),
    II([...ch2Early, 'public-order-info', 'copyright', 'participation', 'legal-persons', 'sanctions', 'freezing', 'confiscation', 'witnesses']),
    III(['jurisdiction', 'transfer-proceedings'], 'Jurisdiction and transfer of proceedings'),
  ],
  2: [
    I(['purpose', 'terms', 'scope', 'sovereignty', 'human-rights', 'relation-instruments']),
    II([...ch2Early, 'intimate-images:bis', 'public-order-info', 'copyright', 'laundering', 'participation', 'legal-persons', 'sanctions', 'freezing', 'confiscation', 'witnesses']),
    III(['jurisdiction']),
    IV(['proc-scope', 'safeguards', 'preservation', 'production', 'search', 'realtime', 'content-interception', 'personal-data'], 'Procedural measures'),
    V([...ch5Early, ...ch5Mid, 'cross-border-access', 'le-cooperation', 'offender-info', ...ch5Late]),
    VI(['prevention', 'private-sector', 'awareness']),
    VII(['technical-assistance', 'training', 'information-collection', 'development'], 'Technical assistance, including information exchange'),
    VIII(['conference', 'secretariat']),
    IX(['implementation', ...ch9Early, 'reservations', 'depositary', 'languages']),
  ],
  3: [
    I(['purpose', 'terms', 'scope', 'sovereignty', 'human-rights']),
    II([...ch2Early, 'intimate-images', 'copyright', 'laundering', 'participation', 'legal-persons', 'sanctions', 'freezing-confiscation']),
    III(['jurisdiction']),
    IV(['proc-scope', 'safeguards', 'preservation', 'production', 'search', 'realtime', 'content-interception', 'electronic-evidence', 'witnesses', 'victims', 'personal-data']),
    V([...ch5Early, ...ch5Mid, 'cross-border-access', 'le-cooperation', 'offender-info', ...ch5Late]),
    VI(['prevention', 'private-sector', 'awareness']),
    VII(['technical-assistance', 'training', 'information-collection', 'development'], 'Technical assistance, including information exchange'),
    VIII(['conference', 'secretariat']),
    IX(['implementation', 'relation-instruments', ...ch9Early, 'reservations', 'depositary', 'languages']),
  ],
  4: [
    I(['purpose', 'terms', 'scope', 'sovereignty', 'human-rights']),
    II([...ch2Early, 'intimate-images', 'laundering', 'participation', 'legal-persons', 'sanctions', 'freezing-confiscation']),
    III(['jurisdiction', 'coordination']),
    IV(['proc-scope', 'safeguards', 'preservation', 'traffic-disclosure:bis', 'production', 'search', 'realtime', 'content-interception', 'electronic-evidence', 'witnesses', 'victims', 'personal-data']),
    V([...ch5Early, 'emergency-mla', ...ch5Mid, 'le-cooperation', 'offender-info', ...ch5Late]),
    VI(['prevention', 'awareness']),
    VII(['technical-assistance', 'training', 'information-collection', 'development']),
    VIII(['conference', 'secretariat']),
    IX(['implementation', 'relation-instruments', ...ch9Early, 'reservations', 'depositary', 'languages']),
  ],
  5: [
    I(['purpose', 'terms', 'scope', 'sovereignty', 'human-rights']),
    II([...ch2Early, 'intimate-images', 'laundering', 'participation', 'legal-persons', 'sanctions', 'limitation:bis', 'freezing-confiscation']),
    III(['jurisdiction', 'coordination']),
    IV(['proc-scope', 'safeguards', 'preservation', 'traffic-disclosure', 'production', 'search', 'realtime', 'content-interception', 'electronic-evidence', 'witnesses', 'victims', 'service-providers', 'personal-data']),
    V([...ch5Early, 'emergency-mla', ...ch5Mid, 'le-cooperation', ...ch5Late]),
    VI(['prevention', 'awareness']),
    VII(['technical-assistance', 'information-collection', 'development']),
    VIII(['conference', 'secretariat']),
    IX(['implementation', 'relation-instruments', ...ch9Early, 'reservations', 'depositary', 'languages']),
  ],
  6: [
    I(['purpose', 'terms', 'scope', 'sovereignty', 'human-rights']),
    II([...ch2Early, 'grooming', 'intimate-images', 'laundering', 'participation', 'legal-persons', 'sanctions', 'limitation', 'freezing-confiscation']),
    III(['jurisdiction', 'coordination']),
    IV(['proc-scope', 'safeguards', 'preservation', 'traffic-disclosure', 'production', 'search', 'realtime', 'content-interception', 'electronic-evidence', 'witnesses', 'victims', 'service-providers']),
    V(['intl-general', 'personal-data', 'extradition', 'transfer-sentenced', 'transfer-proceedings', 'mla-general', 'mla-procedures', 'emergency-mla', ...ch5Mid, 'le-cooperation', ...ch5Late]),
    VI(['prevention', 'awareness']),
    VII(['technical-assistance', 'information-collection', 'development']),
    VIII(['conference', 'secretariat']),
    IX(['implementation', 'relation-instruments', ...ch9Early, 'depositary', 'languages']),
  ],
  7: [
    I(['purpose', 'terms', 'scope', 'sovereignty', 'human-rights']),
    II([...ch2Early, 'grooming', 'intimate-images', 'laundering', 'participation', 'legal-persons', 'sanctions', 'limitation', 'freezing-confiscation']),
    III(['jurisdiction', 'coordination']),
    IV(['proc-scope', 'safeguards', 'preservation', 'traffic-disclosure', 'production', 'search', 'realtime', 'content-interception', 'electronic-evidence', 'witnesses', 'victims', 'service-providers']),
    V(['intl-general', 'personal-data', 'extradition', 'transfer-sentenced', 'transfer-proceedings', 'mla-general', 'mla-procedures', 'emergency-mla', ...ch5Mid, 'le-cooperation', ...ch5Late]),
    VI(['prevention', 'awareness']),
    VII(['technical-assistance', 'information-collection', 'development']),
    VIII(['conference', 'secretariat']),
    IX(['implementation', 'relation-instruments', 'protocols', 'settlement', 'signature', 'entry-into-force', 'amendment', 'denunciation', 'depositary-languages']),
  ],
};

// splits and merges (`to` is the ordinal of the newer session); the first key of `new` of a
// split, and of `old` of a merge, is the article that keeps the lineage.
export const RELATIONS = [
  { to: 3, relation: 'merged', old: ['freezing', 'confiscation'], new: ['freezing-confiscation'] },
  { to: 4, relation: 'split', old: ['jurisdiction'], new: ['jurisdiction', 'coordination'] },
  { to: 4, relation: 'split', old: ['preservation'], new: ['preservation', 'traffic-disclosure'] },
  { to: 5, relation: 'merged', old: ['le-cooperation', 'offender-info'], new: ['le-cooperation'] },
  { to: 5, relation: 'merged', old: ['technical-assistance', 'training'], new: ['technical-assistance'] },
  { to: 6, relation: 'split', old: ['child-material'], new: ['child-material', 'grooming'] },
  { to: 7, relation: 'merged', old: ['depositary', 'languages'], new: ['depositary-languages'] },
];

// files of the sessions that are split; a part is 'preamble', 'ch:IV' or 'ch:V:0-9' (a slice
// of the chapter's articles; a file that continues a chapter carries no chapter heading)
export const FILES = {
  4: [
    { name: '01-preamble-and-chapter-1.md', parts: ['preamble', 'ch:I'] },
    { name: '02-chapter-2.md', parts: ['ch:II'] },
    { name: '03-chapter-3.md', parts: ['ch:III'] },
    { name: '04-chapter-4.md', parts: ['ch:IV'] },
    { name: '05-chapter-5.md', parts: ['ch:V'] },
    { name: '06-chapters-6-to-8.md', parts: ['ch:VI', 'ch:VII', 'ch:VIII'] },
    { name: '07-chapter-9.md', parts: ['ch:IX'] },
  ],
  6: [
    { name: '01-preamble.md', parts: ['preamble'] },
    { name: '02-chapters-1-to-3.md', parts: ['ch:I', 'ch:II', 'ch:III'] },
    { name: '03-chapter-4.md', parts: ['ch:IV'] },
    { name: '04-chapter-5-part-1.md', parts: ['ch:V:0-8'] },
    { name: '05-chapter-5-part-2.md', parts: ['ch:V:8-'] },
    { name: '06-chapters-6-to-9.md', parts: ['ch:VI', 'ch:VII', 'ch:VIII', 'ch:IX'] },
  ],
};
