"""Oberoende kontroll av spridningskvoterna i PrognosfelTests.spridningskvoter (Tests/BefolkningTests/PrognosfelTests.swift).

Felen är testets `langa`: två regioner, basår 2000 + i, horisont h. s(h) = √(σ_n² + σ_u²) över felen vid h, och s(H)
över felen vid H från exakt samma regioner och basår. Kör: python3 bench/prognosfel_kvoter.py
"""
import math
import numpy as np
from scipy.stats import t as student

langa = {
    1: [(0.010, 0.014), (-0.004, 0.002), (0.006, 0.000), (-0.008, -0.002), (0.012, 0.006), (0.001, -0.003)],
    2: [(0.020, 0.030), (-0.010, 0.004), (0.016, 0.004), (-0.018, -0.010), (0.022, 0.010)],
    3: [(0.040, 0.046), (-0.024, 0.000), (0.030, 0.010), (-0.030, -0.020)],
    4: [(0.060, 0.070), (-0.040, -0.010), (0.050, 0.020)],
    5: [(0.090, 0.100), (-0.060, -0.020)],
    6: [(0.12, 0.13)],
}
P = [0.025, 0.1, 0.5, 0.9, 0.975]


def delar(par):
    """par: basårens fel (a, b). Medel ē, σ_n², σ_u², antal basår."""
    x = np.array(par)
    m = x.mean(axis=1)
    nb, n = len(m), x.size
    sn2 = m.var(ddof=1)
    su2 = ((x - m[:, None]) ** 2).sum() / (n - nb)
    return m.mean(), sn2, su2, nb


def kvoter(H, minsta):
    ut = []
    for h in range(H + 1, max(langa) + 1):
        nb = len(langa[h])
        if nb < max(minsta, 2):
            break
        _, sn2, su2, _ = delar(langa[h])
        _, sn2H, su2H, _ = delar(langa[H][:nb])  # samma basår 2000…2000 + nb − 1 och samma regioner
        ut.append((h, math.sqrt(sn2 + su2) / math.sqrt(sn2H + su2H)))
    return ut


r2 = kvoter(2, 2)
print("kvoter mot s(2):", r2)
e2, sn2, su2, nb = delar(langa[2])
k = nb // 2
sigma2 = math.sqrt(sn2 * (1 + 1 / k) + su2)
r4 = dict(r2)[4]
print("q(4):", [e2 * 4 / 2 + (0 if p == 0.5 else student.ppf(p, k - 1) * sigma2 * r4) for p in P])
x = np.log(np.array([h for h, _ in r2]) / 2)
y = np.log(np.array([r for _, r in r2]))
beta = (x * y).sum() / (x * x).sum()
print("beta:", beta)
h5, r5 = r2[-1]
f7 = r5 * (7 / h5) ** beta
print("1000·exp(q(7)):", [1000 * math.exp(e2 * 7 / 2 + (0 if p == 0.5 else student.ppf(p, k - 1) * sigma2 * f7)) for p in P])
print("kvoter mot s(1), minst 4:", kvoter(1, 4))
