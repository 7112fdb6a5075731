import { TableSpec } from "../table/spec";

/** "Controlli": acts examined in the controllo successivo di regolarità amministrativa (D.Lgs. 267/2000, art. 147-bis), by settore. */
export const CONTROLLI_SPEC: TableSpec = {
  sheet: "Controlli",
  sheetSynonyms: ["Controlli interni", "Controllo atti", "Atti controllati"],
  required: false,
  description: "Atti sottoposti al controllo successivo di regolarità amministrativa, per settore.",
  columns: [
    { key: "settore", header: "Settore", synonyms: ["Servizio", "Struttura", "Unità organizzativa"], type: "text", required: true, description: "Settore o servizio che ha adottato gli atti.", example: "Settore Polizia Locale" },
    { key: "atti", header: "Atti controllati", synonyms: ["Numero atti", "N. atti", "Atti"], type: "integer", unit: "atti", required: true, nonNegative: true, description: "Numero di atti controllati.", example: "13" },
    { key: "nota", header: "Nota", synonyms: ["Note"], type: "text", required: false, description: "Annotazione riportata tra parentesi accanto al settore.", example: "controllo a cura del Vicesegretario" },
  ],
};
