// Settings under policyLens.annotations: where sidecars go and who is tagging.

export interface AnnotationSettings {
  /** "beside" (`<article>.annotations.json` next to the article) or a folder (relative to the workspace folder, or absolute). */
  location: string;
  /** Recorded as each new tag's creator; empty for none. */
  author: string;
}

export const defaultAnnotationSettings: AnnotationSettings = { location: 'beside', author: '' };

/** Normalises the policyLens.annotations section (anything the client sent) into valid settings. */
export function normaliseAnnotationSettings(raw: unknown): AnnotationSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const location = typeof r.location === 'string' && r.location.trim() && !/[\0]/.test(r.location) ? r.location.trim() : defaultAnnotationSettings.location;
  const author = typeof r.author === 'string' ? r.author.trim().slice(0, 200) : '';
  return { location, author };
}
