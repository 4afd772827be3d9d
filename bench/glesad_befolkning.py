"""Generated test data: a smaller region made from a real län by seeded binomial thinning, to run the
population engine on data shaped like Gotland (about 57 000 people: zero counts at single ages, no births at
some mothers' ages, no deaths at many ages) or Jämtland. The figures are GENERATED, not SCB's: every
folder written has a README.md saying so, with the source, the share and the seed.

The thinning follows the cohort identity of the data (notebooks-data/scb-befolkning-1968-2015/README.md),
as if each person of the source region were kept with probability p:

    P'(a, t0)  ~ Bin(P(a, t0), p)                     the first year's population
    B'(x, t)   ~ Bin(B(x, t), p)                      births by mother's age code and child's sex
    M'(a, t)   = sign(M) · Bin(|M(a, t)|, p)          net migration, M = P(a, t) − N(a, t) + D(a, t)
    D'(a, t)   ~ Bin(N'(a, t) + M'(a, t)/2, q(a, t))  deaths, q = D / (N + M/2) the source's death risk
    P'(a, t)   = max(0, N'(a, t) − D'(a, t) + M'(a, t))

with N (N') the cohort at the start of the year: last year's population one year older, the year's births
of the sex at age 0, 99 and 100+ together for 100+. A cohort is followed through the years, so its
migration is the source's thinned, not the noise of thinning each year's population anew, and its deaths
are drawn from its own size at the source's risk (E D' = p·D while N' ≈ p·N), so that a thinned cohort that
drifted above p·N dies off as the source's does. Where more out-migrants are drawn than the cohort has,
P' is held at zero (fewer left).

    python3 bench/glesad_befolkning.py KALLMAPP REGIONKOD ANDEL FRO UTMAPP [--kod KOD] [--namn NAMN]
        [--fran AR] [--bredvid MAPP]

KALLMAPP holds folkmangd.csv, fodda.csv and doda.csv (the layout of notebooks-data); the region is thinned
with share ANDEL and seed FRO and written under code KOD (default 90) and NAMN. --fran AR keeps the region's
years from AR on (a short history). --bredvid MAPP writes every row of MAPP's files first (e.g. the ten län
and the country), the generated region after them; without it the country's rows (00) of KALLMAPP are
copied unchanged so that the region has its mortality pattern.
"""
import argparse
import csv
import os

import numpy as np

FILER = ("folkmangd", "fodda", "doda")
KON = ("kvinnor", "män")


def las(mapp, fil):
    with open(os.path.join(mapp, fil + ".csv"), encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def alder(text):
    return 100 if text == "100+" else int(text)


def glesa(kalla, region, p, fro):
    """The thinned region's rows per file, as dicts in the source's columns."""
    rng = np.random.default_rng(fro)
    egna = {fil: [r for r in las(kalla, fil) if r["region"].split(" ")[0] == region] for fil in FILER}
    ar = sorted({int(r["ar"]) for r in egna["folkmangd"]})
    P = np.zeros((2, len(ar), 101))
    D = np.zeros((2, len(ar), 101))
    for r in egna["folkmangd"]:
        P[KON.index(r["kon"]), int(r["ar"]) - ar[0], alder(r["alder"])] = float(r["antal"])
    for r in egna["doda"]:
        D[KON.index(r["kon"]), int(r["ar"]) - ar[0], alder(r["alder"])] = float(r["antal"])
    # Births: every row (mother's age code × child's sex × year) thinned once, in file order.
    fodda = []
    B = np.zeros((2, len(ar)))
    B2 = np.zeros((2, len(ar)))
    for r in egna["fodda"]:
        k, t = KON.index(r["kon"]), int(r["ar"]) - ar[0]
        antal = rng.binomial(int(r["antal"]), p)
        B[k, t] += float(r["antal"])
        B2[k, t] += antal
        fodda.append({**r, "antal": str(antal)})

    P2 = np.zeros_like(P)
    D2 = np.zeros_like(D)
    for k in range(2):
        P2[k, 0] = rng.binomial(P[k, 0].astype(np.int64), p)
        for t in range(1, len(ar)):
            def start(pop, b):
                n = np.zeros(101)
                n[0] = b
                n[1:100] = pop[0:99]
                n[100] = pop[99] + pop[100]
                return n
            N, N2 = start(P[k, t - 1], B[k, t]), start(P2[k, t - 1], B2[k, t])
            M = P[k, t] - N + D[k, t]
            m = np.sign(M) * rng.binomial(np.abs(M).astype(np.int64), p)
            risk = np.where(N + M / 2 > 0, np.clip(D[k, t] / np.maximum(N + M / 2, 1e-9), 0, 1), 0)
            d = rng.binomial(np.maximum(0, np.rint(N2 + m / 2)).astype(np.int64), risk).astype(float)
            D2[k, t] = d
            P2[k, t] = np.maximum(0, N2 - d + m)
    rader = {"fodda": fodda}
    for fil, X in (("folkmangd", P2), ("doda", D2)):
        rader[fil] = [{**r, "antal": str(int(X[KON.index(r["kon"]), int(r["ar"]) - ar[0], alder(r["alder"])]))}
                      for r in egna[fil]]
    return rader


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("kalla")
    a.add_argument("region")
    a.add_argument("andel", type=float)
    a.add_argument("fro", type=int)
    a.add_argument("ut")
    a.add_argument("--kod", default="90")
    a.add_argument("--namn", default="Genererad region")
    a.add_argument("--fran", type=int)
    a.add_argument("--bredvid")
    x = a.parse_args()

    rader = glesa(x.kalla, x.region, x.andel, x.fro)
    os.makedirs(x.ut, exist_ok=True)
    for fil in FILER:
        forst = las(x.bredvid, fil) if x.bredvid else [r for r in las(x.kalla, fil) if r["region"].startswith("00 ")]
        with open(os.path.join(x.ut, fil + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["region", "kon", "alder", "ar", "antal"], lineterminator="\n")
            w.writeheader()
            w.writerows(forst)
            for r in rader[fil]:
                if x.fran is None or int(r["ar"]) >= x.fran:
                    w.writerow({**r, "region": f"{x.kod} {x.namn}"})
    with open(os.path.join(x.ut, "README.md"), "w", encoding="utf-8") as f:
        f.write(f"# GENERERAD testdata, inte SCB:s siffror\n\n"
                f"Region {x.kod} \"{x.namn}\" är region {x.region} i `{x.kalla}` binomialt glesad med andelen "
                f"{x.andel} och fröet {x.fro}" + (f", från {x.fran}" if x.fran else "") + " av `bench/glesad_befolkning.py` "
                f"(metoden står i skriptet). Övriga rader är oförändrade ur "
                f"`{x.bredvid or x.kalla}`" + ("" if x.bredvid else " (riket)") + ".\n")


if __name__ == "__main__":
    main()
