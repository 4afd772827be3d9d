"""Prognos' ETS against R forecast::ets, statsmodels' ETSModel and statsforecast (issue 8), run by `make bench`.

  python3 bench/ets_driver.py [--data DIR] [--serier N] [--ursprung K]

Steps: bench/ets_peers.R writes R's datasets and R's fits into DIR; bench/ets_peers.py fits statsmodels;
`ets-bench jamfor` fits ours and evaluates our likelihood at R's estimates; then N synthetic series of 120
months are fitted with ETS(A,A,A) by `ets-bench hastighet` and by statsforecast, each on one core.
Prints the log-likelihoods (R's convention), AICc, rolling-origin MASE and fits per second.
"""
import argparse
import csv
import math
import os
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWIFT = os.path.join(ROOT, ".build", "release", "ets-bench")
MODELS = "ANN,AAdN,AAA,AAdA,MAdN,MNM,MAM,MAdM,ZZZ"
H = 12


def run(command, env=None):
    print("$ " + " ".join(command), file=sys.stderr, flush=True)
    return subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, env=env).stdout


def read(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return math.nan
    return value


def mase(directory, rolling_file, series, periods):
    """Mean absolute scaled error over steps 1..H and all origins: |y - f| divided by the in-sample MAE of
    the seasonal naive forecast on that origin's training data (Hyndman & Koehler 2006)."""
    errors = defaultdict(list)
    missing = defaultdict(int)
    for row in read(os.path.join(directory, rolling_file)):
        y = series[row["serie"]]
        m = periods[row["serie"]]
        cut, step = int(row["ursprung"]), int(row["steg"])
        forecast = number(row["prognos"])
        if math.isnan(forecast):
            missing[row["modell"]] += 1
            continue
        scale = sum(abs(y[t] - y[t - m]) for t in range(m, cut)) / (cut - m)
        errors[(row["serie"], row["modell"])].append(abs(y[cut + step - 1] - forecast) / scale)
    return {key: sum(v) / len(v) for key, v in errors.items()}, missing


def table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = ["  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [header] + rows]
    return "\n".join([lines[0], "-" * len(lines[0])] + lines[1:])


def fmt(value, digits=2):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.{digits}f}".replace(".", ",").replace("-", "−")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(ROOT, ".build", "ets-bench"))
    parser.add_argument("--serier", type=int, default=5000, help="synthetic series for the speed test")
    parser.add_argument("--ursprung", type=int, default=6, help="rolling forecast origins")
    args = parser.parse_args()
    directory = args.data
    os.makedirs(directory, exist_ok=True)
    one_core = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", NUMBA_NUM_THREADS="1")

    run(["Rscript", os.path.join(ROOT, "bench", "ets_peers.R"), directory, MODELS, str(H), str(args.ursprung)])
    run([sys.executable, os.path.join(ROOT, "bench", "ets_peers.py"), "statsmodels", directory,
         MODELS.replace(",ZZZ", ""), str(H), str(args.ursprung)], env=one_core)
    run([SWIFT, "jamfor", "--data", directory, "--modeller", MODELS, "--horisont", str(H),
         "--ursprung", str(args.ursprung)])

    periods = {r["namn"]: int(r["period"]) for r in read(os.path.join(directory, "serier.csv"))}
    series = {name: [float(r["value"]) for r in read(os.path.join(directory, "serier", name + ".csv"))]
              for name in periods}
    r_fits = {(r["serie"], r["modell"]): r for r in read(os.path.join(directory, "r_fits.csv"))}
    sm_fits = {(r["serie"], r["modell"]): r for r in read(os.path.join(directory, "sm_fits.csv"))}
    our_fits = {(r["serie"], r["modell"]): r for r in read(os.path.join(directory, "prognos_fits.csv"))}

    rows, worse = [], []
    for name in periods:
        for code in MODELS.split(","):
            r, sm, ours = r_fits.get((name, code), {}), sm_fits.get((name, code), {}), our_fits[(name, code)]
            r_ll, sm_ll, our_ll = number(r.get("loglik")), number(sm.get("loglik")), number(ours["loglik"])
            at_r = number(ours["loglik_vid_r"])
            outside = sm.get("i_r_omradet") == "0"
            chosen = ""
            if code == "ZZZ":
                chosen = f"{r.get('method', '–')} / {ours['vald_modell']}"
            rows.append([name, code, fmt(r_ll), fmt(sm_ll) + ("*" if outside else "") if sm else "",
                         fmt(our_ll), fmt(our_ll - r_ll), f"{abs(at_r - r_ll):.0e}" if not math.isnan(at_r) else "",
                         fmt(number(r.get("aicc"))), fmt(number(ours["aicc"])), chosen])
            if our_ll < r_ll - 1e-6 or (sm and not outside and our_ll < sm_ll - 1e-6):
                worse.append(f"{name} {code}")
    print("\nLog-likelihood i R:s konvention (−½·n·log Σε² − Σ log|ŷ|), hela serien")
    print("* = statsmodels skattning ligger utanför R:s parameterområde (bounds = \"both\")")
    print(table(["Serie", "Modell", "R ets", "statsmodels", "Prognos", "Prognos − R", "|vid R:s skattning − R|",
                 "AICc R", "AICc Prognos", "Vald modell R / Prognos"], rows))
    print("Sämre än R, eller än statsmodels inom samma område: " + (", ".join(worse) if worse else "ingen"))

    r_mase, r_missing = mase(directory, "r_rullande.csv", series, periods)
    sm_mase, sm_missing = mase(directory, "sm_rullande.csv", series, periods)
    our_mase, our_missing = mase(directory, "prognos_rullande.csv", series, periods)
    rows = []
    for code in MODELS.split(","):
        def mean(values):
            values = [v for v in values if v is not None and not math.isnan(v)]
            return sum(values) / len(values) if values else math.nan
        per = [(r_mase.get((n, code)), sm_mase.get((n, code)), our_mase.get((n, code))) for n in periods]
        rows.append([code, fmt(mean([p[0] for p in per]), 3), fmt(mean([p[1] for p in per]), 3),
                     fmt(mean([p[2] for p in per]), 3),
                     f"{sum(1 for p in per if p[2] is not None and p[0] is not None and p[2] <= p[0] + 1e-12)} av {len(per)}"])
    print(f"\nRullande ursprung: MASE för 1–{H} steg, {args.ursprung} ursprung per serie, medel över {len(periods)} serier")
    print(table(["Modell", "R ets", "statsmodels", "Prognos", "Prognos ≤ R (serier)"], rows))
    for label, missing in (("R", r_missing), ("statsmodels", sm_missing), ("Prognos", our_missing)):
        if missing:
            print(f"  {label}: prognoser saknas för " + ", ".join(f"{k} ({v})" for k, v in missing.items()))

    synthetic = os.path.join(directory, "hastighet.csv")
    run([sys.executable, os.path.join(ROOT, "bench", "ets_peers.py"), "serier", synthetic, str(args.serier), "120", "8"])
    our_logliks, their_logliks = os.path.join(directory, "hastighet_prognos.csv"), os.path.join(directory, "hastighet_statsforecast.csv")
    ours = read_single(run(["taskset", "-c", "0", SWIFT, "hastighet", "--serier", synthetic, "--modell", "AAA",
                            "--loglik", our_logliks]))
    theirs = read_single(run(["taskset", "-c", "0", sys.executable, os.path.join(ROOT, "bench", "ets_peers.py"),
                              "statsforecast", synthetic, "AAA", their_logliks], env=one_core))
    pairs = [(number(a["loglik"]), number(b["loglik"]), b["i_r_omradet"] == "1")
             for a, b in zip(read(our_logliks), read(their_logliks))]
    at_least = sum(1 for a, b, _ in pairs if a >= b - 1e-6)
    below_inside = sum(1 for a, b, inside in pairs if a < b - 1e-6 and inside)
    print(f"\nHastighet: ETS(A,A,A) på {args.serier} syntetiska serier × 120 månader, en kärna")
    print(table(["", "Skattningar/s", "Medel-loglik"],
                [["Prognos", fmt(float(ours["per_sekund"]), 1), fmt(float(ours["medel_loglik"]))],
                 ["statsforecast AutoETS", fmt(float(theirs["per_sekund"]), 1), fmt(float(theirs["medel_loglik"]))]]))
    print(f"Prognos log-likelihood ≥ statsforecast (−1e−6) på {at_least} av {len(pairs)} serier; "
          f"lägre där statsforecasts skattning ligger inom R:s parameterområde: {below_inside}")
    print(f"Kvot Prognos/statsforecast: {fmt(float(ours['per_sekund']) / float(theirs['per_sekund']), 2)}")


def read_single(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return dict(zip(lines[0].split(","), lines[1].split(",")))


if __name__ == "__main__":
    main()
