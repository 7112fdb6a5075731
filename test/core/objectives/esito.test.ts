import { parseDirezione, parseEsito, parseTipo } from "../../../src/core/objectives/esito";

describe("parseEsito", () => {
  test.each([
    ["Raggiunto", "raggiunto"],
    ["RAGGIUNTA", "raggiunto"],
    ["pienamente raggiunto", "raggiunto"],
    ["Sì", "raggiunto"],
    ["conseguito", "raggiunto"],
    ["parzialmente", "parzialmente"],
    ["Parzialmente raggiunto", "parzialmente"],
    ["raggiunto parzialmente", "parzialmente"],
    ["in parte", "parzialmente"],
    ["non raggiunto", "nonRaggiunto"],
    ["Non raggiunto per cause esterne", "nonRaggiunto"],
    ["NO", "nonRaggiunto"],
    ["in corso", "inCorso"],
    ["In corso di realizzazione", "inCorso"],
    ["in itinere", "inCorso"],
    ["n.v.", "nonValutabile"],
    ["N/V", "nonValutabile"],
    ["non valutabile", "nonValutabile"],
  ])("«%s» → %s", (text, esito) => {
    expect(parseEsito(text)).toBe(esito);
  });

  test.each(["forse", "90%", "raggiunto al 90%", "", "nonostante"])("«%s» is not an esito", (text) => {
    expect(parseEsito(text)).toBeUndefined();
  });
});

describe("parseDirezione", () => {
  test.each([
    ["più è meglio", "higherIsBetter"],
    ["Piu e' meglio", "higherIsBetter"],
    ["crescente", "higherIsBetter"],
    ["+", "higherIsBetter"],
    ["positiva", "higherIsBetter"],
    ["meno è meglio", "lowerIsBetter"],
    ["Decrescente", "lowerIsBetter"],
    ["-", "lowerIsBetter"],
    ["entro la scadenza", "byDeadline"],
    ["Entro il termine", "byDeadline"],
    ["rispetto dei tempi", "byDeadline"],
  ])("«%s» → %s", (text, d) => {
    expect(parseDirezione(text)).toBe(d);
  });

  test.each(["alto è peggio", "boh", "meglio"])("«%s» is not a direzione", (text) => {
    expect(parseDirezione(text)).toBeUndefined();
  });
});

describe("parseTipo", () => {
  test.each([
    ["Strategico", "strategico"],
    ["strategica", "strategico"],
    ["S", "strategico"],
    ["gestionale", "gestionale"],
    ["Operativo", "gestionale"],
    ["di mantenimento", "gestionale"],
    ["TRASVERSALE", "trasversale"],
    ["T", "trasversale"],
  ])("«%s» → %s", (text, t) => {
    expect(parseTipo(text)).toBe(t);
  });

  test("unknown", () => {
    expect(parseTipo("individuale")).toBeUndefined();
  });
});
