"""Forecast accuracy of the ETS comparison (issue 8): MASE per series and origin, and paired differences
between two implementations with their standard errors. Used by bench/ets_driver.py.

MASE (Hyndman & Koehler 2006): the mean of |y - f| over the forecast steps of one origin, divided by the
in-sample mean absolute error of the seasonal naive forecast on that origin's training part.
"""
import csv
import math
import os
from collections import defaultdict


def read(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return math.nan


def origin_mase(directory, rolling_file, series, periods):
    """{(series, model, origin): MASE over that origin's steps}; an origin with any missing step is left
    out, and counted per model in the second result."""
    errors = defaultdict(list)
    missing = defaultdict(set)
    for row in read(os.path.join(directory, rolling_file)):
        name, model, cut = row["serie"], row["modell"], int(row["ursprung"])
        y, m = series[name], periods[name]
        forecast = number(row["prognos"])
        if math.isnan(forecast):
            missing[model].add((name, cut))
            continue
        scale = sum(abs(y[t] - y[t - m]) for t in range(m, cut)) / (cut - m)
        errors[(name, model, cut)].append(abs(y[cut + int(row["steg"]) - 1] - forecast) / scale)
    result = {key: sum(v) / len(v) for key, v in errors.items() if (key[0], key[2]) not in missing.get(key[1], ())}
    return result, {model: len(cuts) for model, cuts in missing.items()}


def series_means(values, keys):
    """Mean over each series' origins among `keys` (series, origin): {series: mean}."""
    grouped = defaultdict(list)
    for name, cut in keys:
        grouped[name].append(values[(name, cut)])
    return {name: sum(v) / len(v) for name, v in grouped.items()}


def mean_and_error(values):
    """Mean and its standard error (sample standard deviation / sqrt(count))."""
    count = len(values)
    if count == 0:
        return math.nan, math.nan
    mean = sum(values) / count
    if count < 2:
        return mean, math.nan
    variance = sum((v - mean) ** 2 for v in values) / (count - 1)
    return mean, math.sqrt(variance / count)


# MASE values closer than this count as a tie (the same forecast, up to rounding in the optimiser).
TIE = 1e-6


def paired(ours, theirs, model):
    """Our MASE against theirs for one model on the origins both forecast: per-series means (each series
    weighs the same), the mean per-series difference ours − theirs with its standard error across series
    (origins within a series are not independent, so the series is the unit), and the origins and series
    where ours is lower or higher by more than TIE. None when no origin is shared."""
    keys = sorted({(n, c) for (n, mo, c) in ours if mo == model} & {(n, c) for (n, mo, c) in theirs if mo == model})
    if not keys:
        return None
    a = series_means({(n, c): ours[(n, model, c)] for n, c in keys}, keys)
    b = series_means({(n, c): theirs[(n, model, c)] for n, c in keys}, keys)
    differences = [a[name] - b[name] for name in a]
    mean_difference, error = mean_and_error(differences)
    return {
        "ours": sum(a.values()) / len(a), "theirs": sum(b.values()) / len(b),
        "difference": mean_difference, "error": error,
        "series": len(a), "series_won": sum(1 for name in a if a[name] < b[name] - TIE),
        "series_lost": sum(1 for name in a if a[name] > b[name] + TIE),
        "origins": len(keys),
        "origins_won": sum(1 for n, c in keys if ours[(n, model, c)] < theirs[(n, model, c)] - TIE),
        "origins_lost": sum(1 for n, c in keys if ours[(n, model, c)] > theirs[(n, model, c)] + TIE),
    }


def origin_likelihoods(directory, rolling_file):
    """{(series, model, origin): log-likelihood in R's convention of the fit at that origin}."""
    values = {}
    for row in read(os.path.join(directory, rolling_file)):
        values[(row["serie"], row["modell"], int(row["ursprung"]))] = number(row.get("loglik"))
    return values


# Log-likelihoods closer than this count as the same optimum.
SAME_OPTIMUM = 0.01


def by_likelihood(ours, theirs, our_loglik, their_loglik, model):
    """The origins of one model split by whose fit has the higher log-likelihood (ours higher, the same
    within SAME_OPTIMUM, theirs higher): for each group the number of origins, the mean MASE difference
    ours − theirs and the origins where ours is lower–higher."""
    groups = {"higher": [], "same": [], "lower": []}
    for key in ours:
        if key[1] != model or key not in theirs:
            continue
        a, b = our_loglik.get(key, math.nan), their_loglik.get(key, math.nan)
        if math.isnan(a) or math.isnan(b):
            continue
        group = "same" if abs(a - b) <= SAME_OPTIMUM else ("higher" if a > b else "lower")
        groups[group].append(ours[key] - theirs[key])
    return {name: (len(d), sum(d) / len(d) if d else math.nan, sum(1 for x in d if x < -TIE), sum(1 for x in d if x > TIE))
            for name, d in groups.items()}


def origin_parameters(directory, rolling_file):
    """{(series, model, origin): {name: value}} from the `parametrar` column (name=value;...)."""
    values = {}
    for row in read(os.path.join(directory, rolling_file)):
        text = row.get("parametrar") or ""
        pairs = [pair.split("=", 1) for pair in text.split(";") if "=" in pair]
        values[(row["serie"], row["modell"], int(row["ursprung"]))] = {k: number(v) for k, v in pairs}
    return values


def below(our_loglik, their_loglik, keep=lambda key: True):
    """The fits (series, model, origin) where our log-likelihood is lower than theirs by more than
    SAME_OPTIMUM, among those where both are finite and `keep(key)`; and how many were compared."""
    compared = [key for key in our_loglik if key in their_loglik and key[1] != "ZZZ" and keep(key)
                and math.isfinite(our_loglik[key]) and math.isfinite(their_loglik[key])]
    return sorted(key for key in compared if our_loglik[key] < their_loglik[key] - SAME_OPTIMUM), len(compared)
