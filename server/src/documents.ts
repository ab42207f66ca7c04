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

/** One analysis: of which document version, glossary version and settings, and its result. */
interface Run {
  key: string;
  ctx: Promise<DocContext>;
}

interface Queued {
  doc: TextDocument;
  settings: Settings;
  markdown: boolean;
  resolve: (ctx: DocContext) => void;
  reject: (err: unknown) => void;
  promise: Promise<DocContext>;
}

/** A document's analyses: the last one started, whether it still runs, and the requests waiting for the next. */
interface Slot {
  last?: Run;
  running: boolean;
  queued?: Queued;
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
  private slots = new Map<string, Slot>();

  constructor(
    private readonly glossary: GlossaryStore,
    private readonly background?: BackgroundAnalyzer,
    private readonly threshold = BACKGROUND_THRESHOLD,
  ) {}

  /**
   * The analysed context of a document, reusing the cached (or in-flight) one while nothing changed. One analysis
   * per document runs at a time: a request for a newer version while an older one is being analysed waits for
   * the next analysis, which starts when the running one ends and takes the text as it is then. So a burst of
   * edits costs two analyses, not one per version.
   */
  get(doc: TextDocument, settings: Settings, markdown: boolean): Promise<DocContext> {
    let slot = this.slots.get(doc.uri);
    if (!slot) this.slots.set(doc.uri, (slot = { running: false }));
    if (slot.last?.key === this.keyOf(doc, settings, markdown)) return slot.last.ctx;
    if (!slot.running) return this.start(slot, doc, settings, markdown);
    if (!slot.queued) {
      let resolve!: Queued['resolve'];
      let reject!: Queued['reject'];
      const promise = new Promise<DocContext>((res, rej) => ((resolve = res), (reject = rej)));
      slot.queued = { doc, settings, markdown, resolve, reject, promise };
    }
    Object.assign(slot.queued, { doc, settings, markdown });
    return slot.queued.promise;
  }

  private keyOf(doc: TextDocument, settings: Settings, markdown: boolean): string {
    return `${doc.version} ${this.glossary.version} ${markdown} ${JSON.stringify(settings)}`;
  }

  private start(slot: Slot, doc: TextDocument, settings: Settings, markdown: boolean): Promise<DocContext> {
    const run: Run = { key: this.keyOf(doc, settings, markdown), ctx: this.analyse(doc.uri, doc.getText(), settings, markdown, doc.version) };
    slot.last = run;
    slot.running = true;
    const settle = (failed: boolean) => {
      slot.running = false;
      // A failed analysis must not stay cached: the next request tries again.
      if (failed && slot.last === run) slot.last = undefined;
      const q = slot.queued;
      if (!q) return;
      slot.queued = undefined;
      // Closed meanwhile: the waiting requests get what there is, and nothing more is analysed.
      if (this.slots.get(doc.uri) !== slot) run.ctx.then(q.resolve, q.reject);
      else this.get(q.doc, q.settings, q.markdown).then(q.resolve, q.reject);
    };
    run.ctx.then(() => settle(false), () => settle(true));
    return run.ctx;
  }

  /**
   * An analysis of a document that is not open (a workspace article for references), neither cached here nor run on
   * the main thread when a worker is there: the editor's requests go on being answered meanwhile.
   */
  analyseDetached(doc: TextDocument, settings: Settings, markdown: boolean): Promise<DocContext> {
    return this.analyse(doc.uri, doc.getText(), settings, markdown, undefined, true);
  }

  private async analyse(uri: string, text: string, settings: Settings, markdown: boolean, version?: number, offMain = false): Promise<DocContext> {
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
    } else if (this.background && (offMain || text.length >= this.threshold)) {
      const version = this.glossary.version;
      model = await this.background.analyze(text, options, version, () => gazetteer.data).catch(() => analyze(text, { ...options, gazetteer }));
    } else {
      model = analyze(text, { ...options, gazetteer });
    }
    return { uri, model, lines: new LineIndex(text), gazetteer, markdown, version };
  }

  delete(uri: string): void {
    this.slots.delete(uri);
  }
}
