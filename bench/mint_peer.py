#!/usr/bin/env python3
"""MinT with the shrunk covariance in HierarchicalForecast (Nixtla, PyPI `hierarchicalforecast`), on the matrices
`prognos-bench mint --matriser-ut DIR` wrote: the same errors, base forecasts and levels. Prints the time of
`MinTrace(method="mint_shrink").fit_predict` and the largest difference from Prognos' reconciled forecasts
(`avstamda.csv`). The errors are centred, so HierarchicalForecast's covariance around the mean with divisor
T - 1 is Prognos' around zero times T / (T - 1), and MinT gives the same; the ridge is set to 0 to match.
Peak memory comes from `/usr/bin/time -v`. User-facing text is Swedish, as in Prognos.

    python3 bench/mint_peer.py DIR
"""
import sys
import time

import numpy as np
from hierarchicalforecast.methods import MinTrace


def main(folder):
    errors = np.loadtxt(f"{folder}/fel.csv", delimiter=",", ndmin=2)
    base = np.loadtxt(f"{folder}/bas.csv", delimiter=",")
    ours = np.loadtxt(f"{folder}/avstamda.csv", delimiter=",")
    with open(f"{folder}/nivaer.csv") as f:
        levels = [[int(x) for x in line.split(",")] for line in f if line.strip()]
    n, k = errors.shape[1], len(levels)
    m = n - k
    started = time.perf_counter()
    # HierarchicalForecast wants the aggregates first: S = [A; I], and every series in that order.
    order = np.concatenate([np.arange(m, n), np.arange(m)])
    S = np.zeros((n, m))
    for p, parts in enumerate(levels):
        S[p, parts] = 1.0
    S[k:, :] = np.eye(m)
    # Shifted by 1: HierarchicalForecast centres them again (so the shift changes nothing), but refuses residuals
    # that sum to 0, as centred ones do.
    residuals = np.ascontiguousarray(errors[:, order].T) + 1.0
    reconciled = MinTrace(method="mint_shrink", mint_shr_ridge=0.0).fit_predict(
        S=S, y_hat=base[order][:, None], y_insample=residuals, y_hat_insample=np.zeros_like(residuals))["mean"][:, 0]
    elapsed = time.perf_counter() - started
    back = np.empty(n)
    back[order] = reconciled
    difference = np.max(np.abs(back - ours) / np.maximum(1.0, np.abs(ours)))
    print(f"HierarchicalForecast MinTrace(mint_shrink): {m} serier under {k} nivåer, {errors.shape[0]} år med fel: "
          f"{elapsed:.3f} s (S byggd och avstämd); största relativa skillnad mot Prognos: {difference:.2e}")


if __name__ == "__main__":
    main(sys.argv[1])
