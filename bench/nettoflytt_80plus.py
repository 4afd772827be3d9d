"""Net migration at 80+ as a share of the population at risk, per län, over the five years up to 1985, 1995
and 2005: the figures behind docs/befolkning.md, "Nettomigration som kvoter".

Net migration is the cohort identity's residual (notebooks-data/scb-befolkning-lan-1968-2015/README.md):
M(a, t) = P(a, t) − N(a, t) + D(a, t), with N the cohort at the start of year t (last year's population one
year younger; 99 and 100+ together for 100+) and D the deaths by attained age. Ages 1–100+ only (80+ here).

    python3 bench/nettoflytt_80plus.py [DATAMAPP]
"""
import csv
import sys

import numpy as np

MAPP = sys.argv[1] if len(sys.argv) > 1 else "notebooks-data/scb-befolkning-lan-1968-2015"
KON = {"kvinnor": 0, "män": 1}


def alder(text):
    return 100 if text == "100+" else int(text)


def las(fil):
    tabell = {}
    with open(f"{MAPP}/{fil}", encoding="utf-8-sig") as f:
        forsta = f.readline()
        f.seek(0)
        avgransare = ";" if ";" in forsta else ","
        for rad in csv.DictReader(f, delimiter=avgransare):
            tabell.setdefault(rad["region"], np.zeros((2, 2020, 101)))[KON[rad["kon"]], int(rad["ar"]), alder(rad["alder"])] = float(rad["antal"])
    return tabell


folk, doda = las("folkmangd.csv"), las("doda.csv")
for basar in (1985, 1995, 2005):
    delar = []
    for region in sorted(folk):
        if region.startswith("00"):
            continue  # riket
        migration = risk = 0.0
        for ar in range(basar - 4, basar + 1):
            n = np.zeros((2, 101))
            n[:, 1:100] = folk[region][:, ar - 1, 0:99]
            n[:, 100] = folk[region][:, ar - 1, 99] + folk[region][:, ar - 1, 100]
            m = folk[region][:, ar] - n + doda[region][:, ar]
            migration += m[:, 80:].sum()
            risk += n[:, 80:].sum()
        delar.append(f"{region[:2]} {100 * migration / risk:+.2f}")
    print(f"{basar - 4}–{basar}, nettomigration 80+ i % av kohorterna per år:", " ".join(delar))
