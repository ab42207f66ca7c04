// Findings -> LSP diagnostics, with stable codes and the reasons in `data` for quick fixes.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../analysis/types';
import { type DocContext, toRange } from './context';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'policy-lens';

/** What quick fixes find in a diagnostic's data. */
export interface DiagnosticData {
  reasons: string[];
  score?: number;
  start: number;
  end: number;
}

/** Converts one finding. */
export function toDiagnostic(ctx: DocContext, f: Finding): Diagnostic {
  const data: DiagnosticData = { reasons: f.reasons, score: f.score, start: f.start, end: f.end };
  const d: Diagnostic = {
    range: toRange(ctx.lines, f),
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Information,
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: ctx.uri, range: toRange(ctx.lines, r) }, message: r.message }));
  }
  return d;
}

/** All diagnostics of a document. */
export function diagnostics(ctx: DocContext): Diagnostic[] {
  return ctx.model.findings.map((f) => toDiagnostic(ctx, f));
}
