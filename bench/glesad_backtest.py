"""Coverage of the intervals from past errors for small regions: each of the ten län thinned to about
57 000 people (Gotland's size) by bench/glesad_befolkning.py, seed 3001…3010, put beside the ten real län, and
`prognos befolkning backtest --alla-regioner` run on the folder, so that the thinned region's intervals come
from the ten real län's errors (as Gotland's would from the bundled table). Prints, per age group and horizon,
how many of the thinned regions' cases fell inside the 80 % and 95 % intervals from past errors, beside the
same for the ten real län in the same runs. The figures of the thinned regions are GENERATED.

    python3 bench/glesad_backtest.py PROGNOS ARBETSMAPP

PROGNOS is the built program (e.g. .build/release/prognos); ARBETSMAPP gets the generated folders and each
run's --out. A run whose output is already there is read, not repeated. 20 paths per case: the intervals
from past errors do not use the paths.
"""
import csv
import os
import subprocess
import sys
from collections import defaultdict

LAN = "notebooks-data/scb-befolkning-lan-1968-2015"
# Code and population 31 December 2015 (folkmangd.csv of the ten län).
TIO = [("01", 2231439), ("04", 283712), ("05", 445661), ("06", 347837), ("12", 1303627), ("14", 1648682),
       ("17", 275904), ("18", 291012), ("21", 281815), ("24", 263378)]
STORLEK = 57000
BASAR = "1980,1985,1990,1995,2000,2005"


def tal(s):
    return float(s.replace(",", ".")) if s else None


def main():
    prognos, arbete = sys.argv[1], sys.argv[2]
    os.makedirs(arbete, exist_ok=True)
    gles = defaultdict(lambda: [0, 0, 0])
    verklig = defaultdict(lambda: [0, 0, 0])
    for i, (kod, folk) in enumerate(TIO):
        andel = round(STORLEK / folk, 4)
        mapp, ut = os.path.join(arbete, f"lan-{kod}"), os.path.join(arbete, f"ut-{kod}")
        if not os.path.exists(os.path.join(ut, "backtest-regioner-fall.csv")):
            subprocess.run([sys.executable, "bench/glesad_befolkning.py", LAN, kod, str(andel), str(3001 + i), mapp,
                            "--kod", f"9{i}", "--namn", f"Glesat {kod} (genererad)", "--bredvid", LAN], check=True)
            subprocess.run([prognos, "befolkning", "backtest", "--alla-regioner", "--data", mapp, "--basar", BASAR,
                            "--simuleringar", "20", "--out", ut, "--tyst"], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(ut, "backtest-regioner-fall.csv"), encoding="utf-8-sig") as f:
            for r in csv.DictReader(f, delimiter=";"):
                if r["metod"] != "modell" or not r["emp_p10"]:
                    continue
                u = tal(r["utfall"])
                ackum = gles if r["region"].startswith("9") else verklig
                a = ackum[(r["grupp"], int(r["horisont"]))]
                a[0] += 1
                a[1] += tal(r["emp_p10"]) <= u <= tal(r["emp_p90"])
                a[2] += tal(r["emp_p2_5"]) <= u <= tal(r["emp_p97_5"])
    print("Inom 80 % / 95 % av intervallen ur tidigare fel (procent av fallen)")
    print(f"{'grupp':7}{'år':>4}  {'glesade':>16}  {'de tio länen':>16}")
    for k in sorted(gles, key=lambda k: (["total", "0-19", "20-64", "65-79", "80+"].index(k[0]), k[1])):
        g, v = gles[k], verklig[k]
        print(f"{k[0]:7}{k[1]:>4}  {100 * g[1] / g[0]:5.0f} / {100 * g[2] / g[0]:3.0f} ({g[0]:3})  "
              f"{100 * v[1] / v[0]:5.0f} / {100 * v[2] / v[0]:3.0f} ({v[0]:3})")


if __name__ == "__main__":
    main()
