// The server's settings, read per resource from the client (or taken from initializationOptions).
import type { Severity } from './analysis/types';
import { isIsoDay } from './analysis/referenceDate';

export interface Settings {
  /** Glossary files, relative to each workspace folder (or absolute). */
  glossary: string[];
  /** A reference date for this resource (YYYY-MM-DD), overriding the article's own. */
  referenceDate: string;
  inlayHints: { enabled: boolean };
  claims: {
    enabled: boolean;
    severity: { 'unsourced-claim': Severity; 'vague-attribution': Severity };
    disabledRules: string[];
  };
  /** Files larger than this many bytes are not analysed (a message says so). */
  maxFileSize: number;
  /** Findings of the workspace's articles that are not open, too (policyLens.diagnostics.workspace). */
  diagnostics: { workspace: boolean };
}

export const defaultSettings: Settings = {
  glossary: ['glossary.yaml', '.policy-lens/glossary.yaml'],
  referenceDate: '',
  inlayHints: { enabled: true },
  claims: {
    enabled: true,
    severity: { 'unsourced-claim': 'warning', 'vague-attribution': 'information' },
    disabledRules: [],
  },
  maxFileSize: 5 * 1024 * 1024,
  diagnostics: { workspace: false },
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

function severity(v: unknown, fallback: Severity): Severity {
  const s = typeof v === 'string' ? v.toLowerCase() : '';
  return SEVERITIES.has(s) ? (s as Severity) : fallback;
}

function stringList(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback;
}

/** Normalises whatever the client sent into complete, valid settings. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const d = defaultSettings;
  const claims = (r.claims && typeof r.claims === 'object' ? r.claims : {}) as Record<string, any>;
  const sev = (claims.severity && typeof claims.severity === 'object' ? claims.severity : {}) as Record<string, unknown>;
  // A real day as YYYY-MM-DD; anything else leaves the article's own date in charge.
  const given = typeof r.referenceDate === 'string' ? r.referenceDate.trim() : '';
  const ref = isIsoDay(given) ? given : '';
  return {
    glossary: stringList(r.glossary, d.glossary),
    referenceDate: ref,
    inlayHints: { enabled: r.inlayHints?.enabled !== false },
    claims: {
      enabled: claims.enabled !== false,
      severity: {
        'unsourced-claim': severity(sev['unsourced-claim'], d.claims.severity['unsourced-claim']),
        'vague-attribution': severity(sev['vague-attribution'], d.claims.severity['vague-attribution']),
      },
      disabledRules: stringList(claims.disabledRules, []),
    },
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : d.maxFileSize,
    diagnostics: { workspace: r.diagnostics?.workspace === true },
  };
}
