// The US states as American copy names them: in full, and by the AP abbreviations that follow a town ("Peoria, Ill.").
// One list for the passes that read a story as American (actorPasses.ts) and a source's "Town, State," (sourceOfCue.ts).

/** The states' full names, less New York and Washington, which name a city as often as a state. */
export const US_STATE_NAMES = (
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|' +
  'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|' +
  'Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|' +
  'Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming'
).split('|');

/** The states' AP abbreviations, each with its final stop ("Ill.", "N.Y.", "W.Va."). */
export const US_STATE_ABBREVIATIONS = (
  'Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|Mont.|Neb.|' +
  'Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Va.|Vt.|Wash.|W.Va.|Wis.|Wyo.'
).split('|');
