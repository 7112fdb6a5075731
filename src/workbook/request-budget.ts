/**
 * Largest payload, in characters of JSON, that the Office.js adapter puts into one request (the batch
 * that one `context.sync()` sends). Excel on the web refuses requests and responses above 5 MB
 * (RichApi.Error "RequestPayloadSizeLimitExceeded"); one million characters is at most 3 MB even if
 * every character took three bytes of UTF-8, and leaves room for the request's own envelope.
 */
export const MAX_REQUEST_PAYLOAD_CHARS = 1_000_000;

/**
 * Most cells whose values, value types and number formats one read request loads. At ~50 characters
 * a cell (a short text or number, "String", "General") that is about 1 MB of response; input sheets
 * hold short values, so even cells ten times longer stay under the 5 MB limit.
 */
export const MAX_READ_CELLS = 20_000;

/** Payload of a queued operation other than a values or number-format grid (a style, a merge, a name): a generous flat guess. */
export const OPERATION_CHARS = 200;

/**
 * Keeps every request of an `Excel.run` batch under a payload limit: each queued operation first reserves
 * its estimated size, and when that would take the pending request over the limit the pending request
 * is sent (`context.sync()`) first. So syncs grow with the bytes written, one per `limit`, never with
 * the number of rows or operations as such.
 */
export class RequestBudget {
  private used = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    readonly limit: number = MAX_REQUEST_PAYLOAD_CHARS,
  ) {}

  /** Characters still free in the pending request. */
  get room(): number {
    return this.limit - this.used;
  }

  /** Reserves `chars` in the pending request, sending it first when they would not fit. */
  async reserve(chars: number): Promise<void> {
    if (this.used > 0 && this.used + chars > this.limit) {
      await this.context.sync();
      this.used = 0;
    }
    this.used += chars;
  }
}

/** A run of consecutive rows (0-based, `to` exclusive) and the JSON length of its values and formats grids. */
export interface RowBlock {
  readonly from: number;
  readonly to: number;
  readonly chars: number;
}

/**
 * Splits rows into consecutive blocks whose grids serialise to at most `limit` characters, given the
 * JSON length of each row of each grid (`rowChars[g][r]`). A grid of rows r1..rn serialises to
 * Σ length + (n − 1) commas + 2 brackets; a single row longer than the limit makes a block of its own.
 * The first block gets `firstLimit`, the room left in a request already partly filled.
 */
export function rowBlocks(rowChars: readonly (readonly number[])[], limit: number = MAX_REQUEST_PAYLOAD_CHARS, firstLimit: number = limit): RowBlock[] {
  const rows = rowChars[0]?.length ?? 0;
  const blocks: RowBlock[] = [];
  let from = 0;
  let chars = 0;
  for (let r = 0; r < rows; r++) {
    // each grid gains its row plus a comma (or, for the first row, the two brackets less one comma)
    const cost = rowChars.reduce((sum, grid) => sum + grid[r] + 1, 0) + (r === from ? rowChars.length : 0);
    if (r > from && chars + cost > (blocks.length === 0 ? firstLimit : limit)) {
      blocks.push({ from, to: r, chars });
      from = r;
      chars = rowChars.reduce((sum, grid) => sum + grid[r] + 2, 0);
    } else {
      chars += cost;
    }
  }
  if (rows > 0) blocks.push({ from, to: rows, chars });
  return blocks;
}
