import { computeDemographicIndicators } from "../../../src/core/demography/indicators";
import { Movimento, analyzeDemography } from "../../../src/core/demography/movimento";
import { CTX, SEED_DEMOGRAFIA, sheetOf } from "./seed-data";

const seed = (): Movimento => analyzeDemography(sheetOf("Demografia", SEED_DEMOGRAFIA), CTX).movimento!;

describe("computeDemographicIndicators on the seed", () => {
  const ind = computeDemographicIndicators(seed());

  it("saldi and change as in the reference report", () => {
    expect(ind.saldoNaturale).toBe(-32); // 105 − 137
    expect(ind.saldoMigratorio).toBe(142); // 621 − 479
    expect(ind.saldoTotale).toBe(110); // 15.883 − 15.773
    expect(ind.changeRatio).toBeCloseTo(110 / 15773, 12); // 0,006974 → "0,70%"
    expect(ind.changeRatio!.toFixed(4)).toBe("0.0070");
  });

  it("families +49 and 0,72%", () => {
    expect(ind.families?.change).toBe(49); // 6.888 − 6.839
    expect(ind.families?.changeRatio).toBeCloseTo(49 / 6839, 12); // 0,007165 → "0,72%"
    expect(ind.families!.changeRatio!.toFixed(4)).toBe("0.0072");
  });

  it("rates per 1.000 on the mean population 15.828", () => {
    // (15.773 + 15.883) / 2 = 31.656 / 2 = 15.828
    expect(ind.meanPopulation).toBe(15828);
    // natalità 105 / 15.828 × 1000 = 6,6338; mortalità 137 / 15.828 × 1000 = 8,6555
    expect(ind.birthRate).toBeCloseTo(6.6338, 4);
    expect(ind.deathRate).toBeCloseTo(8.6555, 4);
    // crescita naturale −32 / 15.828 × 1000 = −2,0217 (= 6,6338 − 8,6555)
    expect(ind.naturalGrowthRate).toBeCloseTo(-2.0217, 4);
    // migratorio 142 / 15.828 × 1000 = 8,9714; crescita totale 110 / 15.828 × 1000 = 6,9497
    expect(ind.migrationRate).toBeCloseTo(8.9714, 4);
    expect(ind.totalGrowthRate).toBeCloseTo(6.9497, 4);
  });

  it("componenti medi on residents when convivenze are not given, and mascolinità", () => {
    // 15.883 / 6.888 = 2,3059
    expect(ind.householdSize).toEqual({ value: 15883 / 6888, basis: "residenti", population: 15883 });
    expect(ind.householdSize!.value).toBeCloseTo(2.3059, 4);
    // 7.888 / 7.995 × 100 = 98,6617
    expect(ind.sexRatio).toBeCloseTo(98.6617, 4);
  });
});

describe("computeDemographicIndicators edge cases", () => {
  it("componenti medi on the population in families when convivenze are given", () => {
    // (15.883 − 120) / 6.888 = 15.763 / 6.888 = 2,2885
    const ind = computeDemographicIndicators({ ...seed(), convivenze: 120 });
    expect(ind.householdSize?.basis).toBe("famiglie");
    expect(ind.householdSize?.population).toBe(15763);
    expect(ind.householdSize?.value).toBeCloseTo(2.2885, 4);
  });

  it("leaves out what cannot be computed instead of writing 0", () => {
    const zero = { maschi: 0, femmine: 0, totale: 0 };
    const m: Movimento = { ...seed(), inizio: zero, nati: zero, morti: zero, iscritti: zero, cancellati: zero, fine: zero, famiglie: undefined };
    const ind = computeDemographicIndicators(m);
    expect(ind.changeRatio).toBeUndefined();
    expect(ind.birthRate).toBeUndefined();
    expect(ind.totalGrowthRate).toBeUndefined();
    expect(ind.families).toBeUndefined();
    expect(ind.householdSize).toBeUndefined();
    expect(ind.sexRatio).toBeUndefined();
  });

  it("includes the aggiustamento statistico in the saldo totale, not in the saldo migratorio", () => {
    const m: Movimento = { ...seed(), rettifiche: { maschi: -2, femmine: -1, totale: -3 }, fine: { maschi: 7886, femmine: 7994, totale: 15880 } };
    const ind = computeDemographicIndicators(m);
    expect(ind.saldoMigratorio).toBe(142);
    expect(ind.saldoTotale).toBe(107); // 15.880 − 15.773
    expect(ind.meanPopulation).toBe(15826.5); // (15.773 + 15.880) / 2
  });
});
