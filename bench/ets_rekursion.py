"""The expected numbers of `RecursionTests`' multiplicative-season case, from R forecast's own update formulas
(`etscalc` in forecast's src/etscalc.c) in exact rational arithmetic, independent of Prognos' recursion, which
writes two of the updates in an algebraically equal form (see Sources/Forecasting/ETSFilter.swift).

  python3 bench/ets_rekursion.py

Prints, for ETS(M,N,M), ETS(M,A,M) and ETS(M,Ad,M) on the same short series, the final level, slope and
seasonal factors (newest first), Σε² and Σ log ŷ, to 17 significant digits.
"""
from fractions import Fraction as F
import math

Y = [F(11), F(8), F(13), F(9), F(14), F(10), F(15)]
ALPHA, BETA, GAMMA, PHI = F(3, 10), F(1, 10), F(1, 5), F(9, 10)
LEVEL, SLOPE, SEASONAL = F(10), F(1, 2), [F(6, 5), F(4, 5)]  # seasonal newest first, R's s1 … sm


def etscalc(trend, damped):
    level, slope, s = LEVEL, SLOPE if trend else F(0), list(SEASONAL)
    phi = PHI if damped else F(1)
    sum_squares, sum_log = F(0), 0.0
    for y in Y:
        phib = phi * slope if trend else F(0)
        q = level + phib
        old = s[-1]
        forecast = q * old
        error = (y - forecast) / forecast
        sum_squares += error * error
        sum_log += math.log(forecast)
        new_level = q + ALPHA * (y / old - q)
        if trend:
            slope = phib + (BETA / ALPHA) * (new_level - level - phib)
        level = new_level
        s = [old + GAMMA * (y / q - old)] + s[:-1]
    return level, slope, s, sum_squares, sum_log


def main():
    for name, trend, damped in [("MNM", False, False), ("MAM", True, False), ("MAdM", True, True)]:
        level, slope, s, sum_squares, sum_log = etscalc(trend, damped)
        print(f"{name}: level {float(level)!r}, slope {float(slope)!r}, seasonal {[float(v) for v in s]!r}, "
              f"sum of squares {float(sum_squares)!r}, sum log forecast {sum_log!r}")


if __name__ == "__main__":
    main()
