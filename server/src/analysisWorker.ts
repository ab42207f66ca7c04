// Long articles are analysed on a worker thread so the server keeps answering (other documents, cancellations,
// settings) while a megabyte is being read. Short ones are analysed in place: a thread hop costs more than
// they do.
import { Worker, parentPort } from 'node:worker_threads';
import { analyze, type AnalysisOptions } from './analysis/analyze';
import { createGazetteer, type Gazetteer } from './analysis/gazetteer';
import type { GlossaryData } from './analysis/glossaryTypes';
import type { ArticleModel } from './analysis/types';

type Options = Omit<AnalysisOptions, 'gazetteer' | 'onStage'>;

interface Request {
  id: number;
  text: string;
  options: Options;
  glossaryVersion: number;
  /** Sent only when the worker's glossary is older than glossaryVersion. */
  glossary?: GlossaryData;
}

type Reply = { id: number; model: ArticleModel } | { id: number; error: string };

/** The worker side: keeps one gazetteer per glossary version and answers analysis requests in order. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  let gazetteer: Gazetteer = createGazetteer({ entries: [], stoplist: [] });
  port.on('message', (req: Request) => {
    try {
      if (req.glossary) gazetteer = createGazetteer(req.glossary);
      port.postMessage({ id: req.id, model: analyze(req.text, { ...req.options, gazetteer }) } satisfies Reply);
    } catch (err) {
      port.postMessage({ id: req.id, error: (err as Error)?.stack ?? String(err) } satisfies Reply);
    }
  });
}

/** The server side: one lazily started worker; falls back to analysing in place if the worker fails. */
export class BackgroundAnalyzer {
  private worker: Worker | undefined;
  private workerGlossary = -1;
  private nextId = 1;
  private pending = new Map<number, { resolve: (m: ArticleModel) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Analyses text on the worker with the glossary of the given version. */
  analyze(text: string, options: Options, glossaryVersion: number, glossary: () => GlossaryData): Promise<ArticleModel> {
    const worker = this.start();
    const req: Request = { id: this.nextId++, text, options, glossaryVersion };
    if (this.workerGlossary !== glossaryVersion) {
      req.glossary = glossary();
      this.workerGlossary = glossaryVersion;
    }
    return new Promise<ArticleModel>((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      worker.postMessage(req);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { argv: ['--analysis-worker'] });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if ('model' in reply) p.resolve(reply.model);
      else p.reject(new Error(reply.error));
    });
    const fail = (why: string) => {
      this.log(`analysis worker stopped: ${why}`);
      this.worker = undefined;
      this.workerGlossary = -1;
      for (const p of this.pending.values()) p.reject(new Error(why));
      this.pending.clear();
    };
    worker.on('error', (err) => fail(err?.stack ?? String(err)));
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(`exit code ${code}`);
    });
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}
