"""Prognos' ETS against R forecast::ets, statsmodels' ETSModel and statsforecast (issue 8), run by `make bench`.

  python3 bench/ets_driver.py [--data DIR] [--serier N] [--ursprung K] [--m3-steg S] [--uppsattningar fem,rdata,m3]
                              [--utan-hastighet]

Each set of series gets its own folder DIR/SET. bench/ets_serier.R (sets fem and rdata) or
`bench/ets_peers.py m3` (set m3) writes the series and the forecast origins once; bench/ets_peers.R fits R,
bench/ets_peers.py statsmodels and `prognos-bench jamfor` ours, all from the same origins. For the set fem the
whole-series fits are compared too (our likelihood at R's estimates, the fitted log-likelihoods, AICc).
Then N synthetic series of 120 months are fitted with ETS(A,A,A) by `prognos-bench hastighet` and by
statsforecast, each on one core. Prints the log-likelihoods (R's convention), AICc, MASE with paired
differences, and fits per second.
"""
import argparse
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ets_mase import below, by_likelihood, number, origin_likelihoods, origin_mase, origin_parameters, paired, read  # noqa: E402
from ets_peers import in_r_region  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWIFT = os.path.join(ROOT, ".build", "release", "prognos-bench")
MODELS = "ANN,AAdN,AAA,AAdA,MAdN,MNM,MAM,MAdM,ZZZ"
SETS = {
    "fem": "fem månadsserier ur R:s datasets, 12 steg, upp till sex ursprung",
    "rdata": "alla säsongsserier (månad, kvartal) ur R:s datasets och forecast utan NA, bara positiva värden; "
             "ett års horisont, upp till sex ursprung",
    "m3": "M3-tävlingens månadsserier (var S:e), tävlingens egen delning: 18 månader",
}


def run(command, env=None):
    print("$ " + " ".join(command), file=sys.stderr, flush=True)
    return subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, env=env).stdout


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
    parser.add_argument("--data", default=os.path.join(ROOT, ".build", "prognos-bench"))
    parser.add_argument("--serier", type=int, default=5000, help="synthetic series for the speed test")
    parser.add_argument("--ursprung", type=int, default=6, help="rolling forecast origins (sets fem and rdata)")
    parser.add_argument("--m3-steg", type=int, default=7, help="every S-th monthly M3 series")
    parser.add_argument("--uppsattningar", default="fem,rdata,m3", help="sets of series: fem, rdata, m3")
    parser.add_argument("--utan-hastighet", action="store_true", help="skip the speed test")
    parser.add_argument("--liggarserier", help="series written by `prognos-bench liggare --serier-ut`: speed and "
                        "likelihood against statsforecast AutoETS for automatic choice and every fixed model")
    parser.add_argument("--bara-liggarserier", action="store_true", help="only the comparison on --liggarserier")
    parser.add_argument("--prognos-bench", help="another prognos-bench binary, e.g. an earlier build kept for an "
                        "old-against-new run (default .build/release/prognos-bench)")
    args = parser.parse_args()
    if args.prognos_bench:
        global SWIFT
        SWIFT = os.path.abspath(args.prognos_bench)
    one_core = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", NUMBA_NUM_THREADS="1")

    if args.liggarserier:
        ledger_speed(args.liggarserier, one_core)
    if args.bara_liggarserier:
        return
    for name in args.uppsattningar.split(","):
        directory = os.path.join(args.data, name)
        os.makedirs(directory, exist_ok=True)
        if name == "m3":
            run([sys.executable, os.path.join(ROOT, "bench", "ets_peers.py"), "m3", directory, str(args.m3_steg)])
        else:
            run(["Rscript", os.path.join(ROOT, "bench", "ets_serier.R"), directory, name, str(args.ursprung)])
        whole = "1" if name == "fem" else "0"
        run(["Rscript", os.path.join(ROOT, "bench", "ets_peers.R"), directory, MODELS, whole])
        run([sys.executable, os.path.join(ROOT, "bench", "ets_peers.py"), "statsmodels", directory,
             MODELS.replace(",ZZZ", ""), whole], env=one_core)
        if whole == "0" and os.path.exists(os.path.join(directory, "r_fits.csv")):
            os.remove(os.path.join(directory, "r_fits.csv"))
        run([SWIFT, "jamfor", "--data", directory, "--modeller", MODELS])
        periods = {r["namn"]: int(r["period"]) for r in read(os.path.join(directory, "serier.csv"))}
        series = {n: [float(r["value"]) for r in read(os.path.join(directory, "serier", n + ".csv"))] for n in periods}
        if whole == "1":
            likelihood_tables(directory, periods)
        accuracy_tables(directory, series, periods, f"{name}: {SETS[name].replace('S:e', f'{args.m3_steg}:e')}")

    if not args.utan_hastighet:
        speed(args, one_core)


def likelihood_tables(directory, periods):
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


def accuracy_tables(directory, series, periods, title):
    r_mase, r_missing = origin_mase(directory, "r_rullande.csv", series, periods)
    sm_mase, sm_missing = origin_mase(directory, "sm_rullande.csv", series, periods)
    our_mase, our_missing = origin_mase(directory, "prognos_rullande.csv", series, periods)
    rows = []
    for code in MODELS.split(","):
        vs_r, vs_sm = paired(our_mase, r_mase, code), paired(our_mase, sm_mase, code)
        if vs_r is None:
            continue
        rows.append([code, fmt(vs_r["theirs"], 3), fmt(vs_sm["theirs"], 3) if vs_sm else "–", fmt(vs_r["ours"], 3),
                     difference(vs_r), wins(vs_r), difference(vs_sm) if vs_sm else "–", wins(vs_sm) if vs_sm else "–"])
    print(f"\nMASE, {title}")
    print("Medel över serier (varje series ursprung medlas först); differens Prognos − andra ± medelfel över serier;")
    print("vunna–förlorade = ursprung där Prognos MASE är lägre–högre (mer än 1e−6) av dem som båda har prognos för")
    print(table(["Modell", "R ets", "statsmodels", "Prognos", "Prognos − R", "mot R vunna–förl.", "Prognos − sm",
                 "mot sm vunna–förl."], rows))
    for label, missing in (("R", r_missing), ("statsmodels", sm_missing), ("Prognos", our_missing)):
        if missing:
            print(f"  {label}: prognos saknas för " + ", ".join(f"{k} ({v} ursprung)" for k, v in missing.items()))
    print(f"  {len({(n, c) for n, _, c in our_mase})} ursprung i {len({n for n, _, _ in our_mase})} serier")
    our_ll = origin_likelihoods(directory, "prognos_rullande.csv")
    sm_ll = origin_likelihoods(directory, "sm_rullande.csv")
    rows = []
    for code in MODELS.replace(",ZZZ", "").split(","):
        groups = by_likelihood(our_mase, sm_mase, our_ll, sm_ll, code)
        rows.append([code] + [f"{n}: {fmt(d, 3)} ({won}–{lost})" if n else "0" for n, d, won, lost in
                              (groups["higher"], groups["same"], groups["lower"])])
    r_ll = origin_likelihoods(directory, "r_rullande.csv")
    sm_parameters = origin_parameters(directory, "sm_rullande.csv")

    def sm_inside(key):
        # statsmodels' parameters are written with 6 significant digits: a value within that rounding of
        # R's lower bound 0.0001 counts as outside.
        p = sm_parameters.get(key, {})
        alpha, beta, gamma, phi = (p.get(k) for k in ("smoothing_level", "smoothing_trend", "smoothing_seasonal",
                                                       "damping_trend"))
        if alpha is None or any(v is not None and v < 1.0001e-4 for v in (alpha, beta, gamma)):
            return False
        return in_r_region(alpha, beta, gamma, phi, periods[key[0]])

    lower_r, count_r = below(our_ll, r_ll)
    lower_sm, count_sm = below(our_ll, sm_ll, sm_inside)
    print(f"Log-likelihood vid ursprungen: Prognos lägre (mer än 0,01) än R vid {len(lower_r)} av {count_r} skattningar"
          + (" (" + ", ".join(f"{n} {m} {c}" for n, m, c in lower_r) + ")" if lower_r else "")
          + f"; än statsmodels där dess skattning ligger inom R:s område vid {len(lower_sm)} av {count_sm}"
          + (" (" + ", ".join(f"{n} {m} {c}" for n, m, c in lower_sm) + ")" if lower_sm else ""))
    print("Mot statsmodels efter vems skattning har högst log-likelihood vid ursprunget (samma = inom 0,01):")
    print("antal ursprung: medel av Prognos − sm (vunna–förlorade)")
    print(table(["Modell", "Prognos högre", "samma optimum", "statsmodels högre"], rows))


def difference(result):
    return f"{fmt(result['difference'], 3)} ± {fmt(result['error'], 3)}"


def wins(result):
    return f"{result['origins_won']}–{result['origins_lost']} av {result['origins']}"


def speed(args, one_core):
    directory = args.data
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
    print(table(["", "Skattningar/s", "Per processorsekund", "Medel-loglik"],
                [["Prognos", fmt(float(ours["per_sekund"]), 1), fmt(float(ours["per_processorsekund"]), 1),
                  fmt(float(ours["medel_loglik"]))],
                 ["statsforecast AutoETS", fmt(float(theirs["per_sekund"]), 1), fmt(float(theirs["per_processorsekund"]), 1),
                  fmt(float(theirs["medel_loglik"]))]]))
    print(f"Prognos log-likelihood ≥ statsforecast (−1e−6) på {at_least} av {len(pairs)} serier; "
          f"lägre där statsforecasts skattning ligger inom R:s parameterområde: {below_inside}")
    print(f"Kvot Prognos/statsforecast per processorsekund: "
          f"{fmt(float(ours['per_processorsekund']) / float(theirs['per_processorsekund']), 2)}")


def ledger_speed(path, one_core):
    """Fits per second on one core, ours and statsforecast AutoETS's, on the generated ledger's series, for
    automatic choice and every fixed model, and how often our log-likelihood is at least theirs."""
    count = sum(1 for line in open(path) if line.strip())
    rows = []
    for code in ["ZZZ"] + MODELS.replace(",ZZZ", "").split(","):
        our_logliks = path + f".{code}.prognos.csv"
        their_logliks = path + f".{code}.statsforecast.csv"
        ours = read_single(run(["taskset", "-c", "0", SWIFT, "hastighet", "--serier", path, "--modell", code,
                                "--loglik", our_logliks]))
        theirs = read_single(run(["taskset", "-c", "0", sys.executable, os.path.join(ROOT, "bench", "ets_peers.py"),
                                  "statsforecast", path, code, their_logliks], env=one_core))
        pairs = [(number(a["loglik"]), number(b["loglik"])) for a, b in zip(read(our_logliks), read(their_logliks))]
        at_least = sum(1 for a, b in pairs if a >= b - 1e-6)
        # Per CPU second: the processes run one after the other on one core, and CPU time does not count the
        # time another process on the machine held that core.
        ratio = float(ours["per_processorsekund"]) / float(theirs["per_processorsekund"])
        rows.append([code, fmt(float(ours["per_processorsekund"]), 1), fmt(float(theirs["per_processorsekund"]), 1),
                     fmt(ratio, 2), fmt(float(ours["per_sekund"]) / float(theirs["per_sekund"]), 2),
                     fmt(float(ours["medel_loglik"])), fmt(float(theirs["medel_loglik"])), f"{at_least} av {len(pairs)}"])
    print(f"\nHastighet på den genererade liggarens serier ({count} kostnadsserier, historik t.o.m. prognosmånaden), "
          "en kärna (taskset), samma körning")
    print("ZZZ = automatiskt val (vi: AICc bland de 15 modellerna utan multiplikativ trend; statsforecast: "
          "model=\"ZZZ\", damped=None); där kan modellerna skilja, så log-likelihood jämförs bara för fasta modeller")
    print(table(["Modell", "Prognos serier per processorsekund", "statsforecast serier per processorsekund", "Kvot",
                 "Kvot i väggtid", "Medel-loglik Prognos", "Medel-loglik statsforecast", "Prognos ≥ statsforecast"], rows))


def read_single(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return dict(zip(lines[0].split(","), lines[1].split(",")))


if __name__ == "__main__":
    main()
