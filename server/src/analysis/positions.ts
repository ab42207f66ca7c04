// The one place where offsets become line/character positions (UTF-16, as LSP counts) and back,
// and where UTF-16 offsets become code-point offsets (as brat counts).
import { lowerBound } from './order';

export interface LineCol {
  line: number;
  character: number;
}

/** Line starts of a text, for offset <-> position conversion in O(log n). */
export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    // Line ends are found with indexOf (native code, fast even before the engine has optimised this loop):
    // "\n", "\r\n" and a lone "\r" each end a line.
    const starts = [0];
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      let next: number;
      if (cr < 0 || (lf >= 0 && lf < cr)) next = lf + 1;
      else next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      starts.push(next);
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** UTF-16 offset -> {line, character}, clamped to the text. */
  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** {line, character} -> UTF-16 offset, clamped to the line's end. */
  offsetAt(pos: LineCol): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[pos.line];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    let lineEnd = next;
    if (pos.line + 1 < this.starts.length) {
      lineEnd = next - 1;
      if (this.text.charCodeAt(lineEnd - 1) === 13 && this.text.charCodeAt(lineEnd) === 10) lineEnd--;
    }
    return Math.max(lineStart, Math.min(lineStart + Math.max(0, pos.character), lineEnd));
  }
}

/** Converts UTF-16 offsets into code-point offsets for one text (astral characters count once). */
export class CodePointIndex {
  private readonly surrogatesBefore: number[] = [];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.surrogatesBefore.push(i + 1);
      }
    }
  }

  /** The code-point offset of a UTF-16 offset. */
  toCodePoints(offset: number): number {
    return offset - lowerBound(this.surrogatesBefore, offset);
  }
}
