// Analysed documents: one cached DocContext per document version, glossary version and settings.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './analysis/analyze';
import { LineIndex } from './analysis/positions';
import type { ArticleModel, Finding } from './analysis/types';
import type { DocContext } from './features/context';
import type { GlossaryStore } from './glossaryStore';
import type { BackgroundAnalyzer } from './analysisWorker';
import type { Settings } from './settings';
import { todayIso } from './features/describe';

interface Entry {
  version: number;
  glossaryVersion: number;
  settingsKey: string;
  ctx: Promise<DocContext>;
}

/** Why a text is not analysed, or null when it can be. */
export function refuseReason(text: string, maxSize: number): string | null {
  if (text.length > maxSize) {
    return `Policy Lens did not analyse this file: it is ${(text.length / 1048576).toFixed(1)} MB, over the ${(maxSize / 1048576).toFixed(1)} MB limit (setting policyLens.maxFileSize).`;
  }
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (sample.length && control / sample.length > 0.1) {
    return 'Policy Lens did not analyse this file: it looks binary (many control or undecodable characters).';
  }
  return null;
}

function emptyModel(text: string, finding: Finding): ArticleModel {
  return {
    text, referenceDate: null, referenceDateSource: 'none', frontMatter: null, paragraphs: [], sentences: [],
    quotations: [], dates: [], actors: [], agreements: [], attributions: [], claims: [], findings: [finding],
  };
}

/** Texts at least this long are analysed on the worker thread. */
export const BACKGROUND_THRESHOLD = 100_000;

export class DocumentCache {
  private cache = new Map<string, Entry>();

  constructor(
    private readonly glossary: GlossaryStore,
    private readonly background?: BackgroundAnalyzer,
    private readonly threshold = BACKGROUND_THRESHOLD,
  ) {}

  /** The analysed context of a document, reusing the cached (or in-flight) one while nothing changed. */
  get(doc: TextDocument, settings: Settings, markdown: boolean): Promise<DocContext> {
    const settingsKey = JSON.stringify(settings) + markdown;
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.glossaryVersion === this.glossary.version && hit.settingsKey === settingsKey) {
      return hit.ctx;
    }
    const glossaryVersion = this.glossary.version;
    const ctx = this.analyse(doc.uri, doc.getText(), settings, markdown);
    const entry: Entry = { version: doc.version, glossaryVersion, settingsKey, ctx };
    this.cache.set(doc.uri, entry);
    // A failed analysis must not stay cached: the next request tries again.
    ctx.catch(() => {
      if (this.cache.get(doc.uri) === entry) this.cache.delete(doc.uri);
    });
    return ctx;
  }

  private async analyse(uri: string, text: string, settings: Settings, markdown: boolean): Promise<DocContext> {
    const gazetteer = this.glossary.current();
    const refused = refuseReason(text, settings.maxFileSize);
    const options = {
      referenceDate: settings.referenceDate || undefined,
      today: todayIso(),
      claims: {
        enabled: settings.claims.enabled,
        unsourcedSeverity: settings.claims.severity['unsourced-claim'],
        vagueSeverity: settings.claims.severity['vague-attribution'],
        disabledRules: settings.claims.disabledRules,
      },
    };
    let model: ArticleModel;
    if (refused) {
      model = emptyModel(text, { code: 'not-analysed', severity: 'information', start: 0, end: 0, message: refused, reasons: ['refused'] });
    } else if (this.background && text.length >= this.threshold) {
      const version = this.glossary.version;
      model = await this.background.analyze(text, options, version, () => gazetteer.data).catch(() => analyze(text, { ...options, gazetteer }));
    } else {
      model = analyze(text, { ...options, gazetteer });
    }
    return { uri, model, lines: new LineIndex(text), gazetteer, markdown };
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }
}
