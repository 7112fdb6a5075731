/** General data of the comune and the year, read from the "Ente" sheet; every domain receives it. */
export interface EnteContext {
  /** Denominazione, e.g. "Darfo Boario Terme". */
  readonly comune: string;
  readonly provincia?: string;
  /** Year the Relazione reports on, e.g. 2024. */
  readonly anno: number;
  /** Period of the acts examined by the controllo successivo, e.g. "secondo semestre 2023". */
  readonly periodoControlli?: string;
  /** Who performed the controllo successivo, as the sentence reads after "effettuato", e.g. "dal Segretario Generale". */
  readonly esecutoreControlli?: string;
}
