// The short article the tagging tests work on: a date, glossary and unlinked actors, an attributed
// sentence and an unsourced prediction.
export const TAG_ARTICLE = `---
date: 2025-11-14
---
BAGHDAD, Nov. 14 - Iraqi officials met on Thursday in Erbil with NATO envoys and the Zubair Tribal Council.

Defence Minister Thabit al-Abbasi said the talks went well.

The withdrawal will inevitably leave a dangerous security vacuum that armed factions will exploit.
`;
