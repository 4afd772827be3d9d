#!/usr/bin/env python3
"""The stochastic population projection of Prognos (Sources/Befolkning/Simulering/Banmotor.swift, `Banmotor.kor`)
re-implemented with numpy, vectorised over paths, as the yardstick for `make bench`.

Reads the parameters that `prognos-bench karna --befolkning-parametrar FILE` writes (the model estimated for
the region, the assumptions and the Swift run's own results), then

1. checks that this is the same projection: deterministically (one path, no random variation) the
   total, every age, births and deaths per year must agree with Swift's to 1e-9 relative; with random
   variation the quantiles of the final year must agree within Monte Carlo error (the random numbers
   differ, the distribution must not);
2. times the projection for the same number of paths over Swift's horizon and over 30 years, and
   prints paths·years per second, the peak memory and the ratio to Swift.

Layout: the population is an array (2, 101, paths) — sex, age 0…100+, path — so every age is a
contiguous row over the paths and one year is a handful of whole-array operations; the only Python
loop is over years (and the two sexes of the newborn).

Run it with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (the Makefile does), or numpy runs slower
kernels than this machine has. User-facing text is Swedish, as in Prognos.
"""
import argparse
import json
import os
import resource
import sys
import time

import numpy as np

AGES = 101
TOP = AGES - 1
FERTILE = slice(15, 50)
# Aldersgrupp in Swift order: total, 0–19, 20–64, 65–79, 80+, 0–5, 6–15.
GROUPS = [(0, TOP), (0, 19), (20, 64), (65, 79), (80, TOP), (0, 5), (6, 15)]
PROBS = [0.025, 0.10, 0.50, 0.90, 0.975]
# Rows of the per-year result: the groups, then the dependency ratio, births, deaths, net migration.
SERIES = ["total", "0-19", "20-64", "65-79", "80+", "0-5", "6-15", "försörjningskvot", "födda", "döda", "migration"]


class Parameters:
    """The estimated model and the assumptions, as arrays (2, 101) per sex and age."""

    def __init__(self, d):
        lc = d["leeCarter"]
        self.base = np.array(d["bas"], dtype=float)
        self.a = np.array([x["a"] for x in lc])
        self.b = np.array([x["b"] for x in lc])
        level = np.array(d["regionalNiva"])
        # Force of mortality c·exp(b·k), c = regional level · exp(a), as Banmotor computes it.
        self.c = np.exp(self.a) * level[:, None]
        self.sigma_k = np.array([x["sigma"] for x in lc])
        self.sigma_drift = np.array([x["driftSigma"] for x in lc])
        self.asfr = np.array(d["asfr"])
        self.girls = d["andelFlickor"]
        self.phi = d["fruktsamhetPhi"]
        self.sigma_tfr = d["fruktsamhetSigma"]
        self.phi_mig = d["migrationPhi"]
        self.sigma_mig = d["migrationInnovation"]
        self.sigma_level = d["migrationsnivaSigma"]
        self.sigma_tfr_level = d["fruktsamhetsnivaSigma"]
        # The shocks every region shares: the random walks of the country's log TFR and net migration (in
        # persons of the region) and the errors of their assumed levels.
        self.sigma_tfr_nat = d["rikeFruktsamhetSigma"]
        self.sigma_tfr_level_nat = d["rikeFruktsamhetsnivaSigma"]
        self.sigma_mig_nat = d["rikeMigrationInnovation"]
        self.sigma_level_nat = d["rikeMigrationsnivaSigma"]
        ant = d["antaganden"]
        self.horizon = ant["horisont"]
        steps = np.arange(1, self.horizon + 1, dtype=float)
        # k per sex and year: k_T + step·drift·factor (the medium variant: factor 1).
        self.k = np.array([x["kSista"] + steps * x["drift"] * ant["dodlighetDriftfaktor"] for x in lc])
        tfr_base = sum(d["asfr"])  # left to right, as Swift's reduce
        self.tfr_scale = np.array(ant["tfr"]) / tfr_base
        self.migration = np.array(d["migrationMedel"]) * ant["migrationSkala"]
        self.spread = np.array(d["migrationFordelning"])
        self.migration_total = sum(self.migration.ravel().tolist())
        # W: the age groups (both sexes), the women's and the men's totals, over the state (202 rows).
        w = np.zeros((len(GROUPS) + 2, 2 * AGES))
        for g, (lo, hi) in enumerate(GROUPS):
            w[g, lo:hi + 1] = 1
            w[g, AGES + lo:AGES + hi + 1] = 1
        w[len(GROUPS), :AGES] = 1
        w[len(GROUPS) + 1, AGES:] = 1
        self.w = w

    def extend(self, horizon):
        """The same model over another horizon (the drivers are constant or linear in the year)."""
        if horizon > self.horizon:
            raise SystemExit(f"horisonten {horizon} är längre än parametrarnas {self.horizon} år")
        p = object.__new__(Parameters)
        p.__dict__.update(self.__dict__)
        p.horizon, p.k, p.tfr_scale = horizon, self.k[:, :horizon], self.tfr_scale[:horizon]
        return p


def project(p, paths, rng, keep=False, block=None):
    """Runs `paths` paths; rng None means no random variation (the deterministic projection).

    Every operation works in place on preallocated arrays (no temporaries of the population's size). With
    `block` the paths go through the whole horizon a block at a time, so that the arrays stay in cache;
    the random draws are made up front, so the result does not depend on the block size.

    Returns the quantiles per year, shape (years, series, quantiles); with `keep` (whole arrays only) also
    the first path's series per year (years, series), its population per year (years, 2, 101) and the final
    year's series over all paths (series, paths)."""
    block = block or paths
    if keep and block < paths:
        raise ValueError("keep kräver hela arrayer")
    # Once per path: the errors of the mortality drift and of the assumed levels of migration and log TFR,
    # the country's and the region's (standard normal); then per year and path: k random walk, the
    # country's log TFR random walk, the region's AR(1) of log TFR, the country's migration random walk and
    # the region's AR(1).
    if rng is not None:
        drift_err, level_nat, level_err, tfr_level_nat, tfr_level = rng.standard_normal((5, paths))
        z_all = rng.standard_normal((p.horizon, 5, paths))
    else:
        drift_err, level_nat, level_err, tfr_level_nat, tfr_level = np.zeros((5, paths))
        z_all = np.zeros((p.horizon, 5, paths))
    out = np.empty((p.horizon, len(SERIES), paths))
    population = []
    for lo in range(0, paths, block):
        hi = min(lo + block, paths)
        _project_block(p, z_all[:, :, lo:hi], drift_err[lo:hi], level_nat[lo:hi], level_err[lo:hi],
                       p.sigma_tfr_level_nat * tfr_level_nat[lo:hi] + p.sigma_tfr_level * tfr_level[lo:hi], out[:, :, lo:hi],
                       population if keep else None)
    quantiles = np.empty((p.horizon, len(SERIES), len(PROBS)))
    for step in range(p.horizon):
        quantiles[step] = np.quantile(out[step], PROBS, axis=1).T
    if keep:
        return quantiles, out[:, :, 0].copy(), np.array(population), out[-1]
    return quantiles


def _project_block(p, z_all, drift_err, level_nat, level_err, tfr_level, out, population):
    """The projection of one block of paths over the whole horizon; writes every year's series to `out` and,
    unless `population` is None, appends the first path's population of every year to it."""
    n = z_all.shape[2]
    c, b = p.c[:, 1:, None], p.b[:, 1:, None]
    half_mig, half_spread = p.migration[:, 1:, None] / 2, p.spread[:, 1:, None] / 2
    pop = np.repeat(p.base[:, :, None], n, axis=2)  # (2, 101, paths)
    flat = pop.reshape(2 * AGES, n)
    fertile_before = p.asfr @ pop[0, FERTILE]
    k_dev, tfr_nat, tfr_dev, mig_ar, mig_dev, births = np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n), np.empty(n), np.empty(n)
    mig_nat = np.zeros(n)
    k = np.empty((2, n))
    at_risk, work, half = np.empty((2, TOP, n)), np.empty((2, TOP, n)), np.empty((2, TOP, n))
    groups = len(GROUPS)
    for step in range(p.horizon):
        z = z_all[step]
        k_dev += z[0]
        tfr_nat += p.sigma_tfr_nat * z[1]
        tfr_dev *= p.phi
        tfr_dev += p.sigma_tfr * z[2]
        mig_nat += p.sigma_mig_nat * z[3]
        mig_ar *= p.phi_mig
        mig_ar += p.sigma_mig * z[4]
        np.multiply(p.sigma_level, level_err, out=mig_dev)
        mig_dev += mig_ar
        mig_dev += mig_nat
        mig_dev += p.sigma_level_nat * level_nat
        # (2, paths): one shared draw for both sexes; the drift error grows with the step.
        np.multiply(p.sigma_k[:, None], k_dev, out=k)
        k += (step + 1) * p.sigma_drift[:, None] * drift_err
        k += p.k[:, step, None]
        # Ages 1…100+: (N + M/2)·exp(−m) + M/2, floored at 0, N the cohort a year younger (100+ keeps its own).
        np.multiply(half_spread, mig_dev, out=half)
        half += half_mig
        np.copyto(at_risk[:, :TOP - 1], pop[:, :TOP - 1])
        np.add(pop[:, TOP - 1], pop[:, TOP], out=at_risk[:, TOP - 1])
        at_risk += half
        np.multiply(b, k[:, None, :], out=work)
        np.exp(work, out=work)
        work *= c  # m
        np.negative(work, out=work)
        np.exp(work, out=work)  # survival exp(−m)
        survivors = pop[:, 1:]
        np.multiply(at_risk, work, out=survivors)
        survivors += half
        np.maximum(survivors, 0, out=survivors)
        np.subtract(1, work, out=work)
        work *= at_risk
        deaths = out[step, SERIES.index("döda")]
        work.sum(axis=(0, 1), out=deaths)
        # Births: the fertility rates over the mean of the women at the start and at the end of the year.
        fertile = p.asfr @ pop[0, FERTILE]
        np.add(tfr_nat, tfr_dev, out=births)
        births += tfr_level
        np.exp(births, out=births)
        births *= (fertile_before + fertile) * (p.tfr_scale[step] / 2)
        fertile_before = fertile
        for sex, share in ((0, p.girls), (1, 1 - p.girls)):
            m0 = p.c[sex, 0] * np.exp(p.b[sex, 0] * k[sex])
            mig0 = p.migration[sex, 0] + mig_dev * p.spread[sex, 0]
            risk0 = births * share + mig0 / 2
            pop[sex, 0] = np.maximum(0, risk0 * np.exp(-m0) + mig0 / 2)
            deaths += risk0 * -np.expm1(-m0)
        o = out[step]
        np.matmul(p.w[:groups], flat, out=o[:groups])
        young, working, old, oldest = o[1], o[2], o[3], o[4]
        with np.errstate(divide="ignore", invalid="ignore"):
            o[groups] = np.where(working > 0, (young + old + oldest) / working, 0.0)
        o[SERIES.index("födda")] = births
        o[SERIES.index("migration")] = p.migration_total + mig_dev
        if population is not None:
            population.append(pop[:, :, 0].copy())


def peak_memory():
    """(VmHWM, VmRSS, ru_maxrss) in MiB."""
    fields = {}
    try:
        with open("/proc/self/status") as f:
            for line in f:
                name, _, value = line.partition(":")
                if name in ("VmHWM", "VmRSS"):
                    fields[name] = int(value.split()[0]) / 1024
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return fields.get("VmHWM", float("nan")), fields.get("VmRSS", float("nan")), maxrss


def reset_peak():
    """Resets VmHWM to the current resident set (Linux); False if refused."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def numpy_config():
    """What numpy runs: version, SIMD extensions, BLAS, and the BLAS kernel and threads if threadpoolctl is there."""
    lines = [f"numpy {np.__version__}, Python {sys.version.split()[0]}"]
    for var in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        if var in os.environ:
            lines.append(f"  VARNING: {var}={os.environ[var]} är satt; numpy kan köra långsammare kärnor (se Makefile)")
    try:
        cfg = np.show_config(mode="dicts")
        simd = cfg.get("SIMD Extensions", {})
        lines.append(f"  SIMD: bas {', '.join(simd.get('baseline', []))}; hittade {', '.join(simd.get('found', []))}")
        blas = cfg.get("Build Dependencies", {}).get("blas", {})
        lines.append(f"  BLAS: {blas.get('name', '?')} {blas.get('version', '')}")
    except Exception as e:  # older numpy: no dict mode
        lines.append(f"  (np.show_config gav inget: {e})")
    try:
        from threadpoolctl import threadpool_info

        for pool in threadpool_info():
            lines.append(f"  threadpoolctl: {pool.get('internal_api')} {pool.get('version')}, kärna "
                         f"{pool.get('architecture')}, {pool.get('num_threads')} trådar ({os.path.basename(pool.get('filepath', ''))})")
    except ImportError:
        lines.append("  (threadpoolctl saknas: BLAS-kärnan visas inte; pip install threadpoolctl)")
    return "\n".join(lines)


def relative_difference(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-300)))


def check_deterministic(p, swift):
    """One path without random variation against Swift's deterministic projection; True if within 1e-9."""
    _, series, population, _ = project(p, 1, None, keep=True)
    checks = [
        ("totalt per år", series[:, 0], swift["deterministiskTotal"]),
        ("folkmängd per år, kön och ålder", population, swift["deterministiskFolkmangd"]),
        ("födda per år", series[:, SERIES.index("födda")], swift["deterministiskaFodda"]),
        ("döda per år", series[:, SERIES.index("döda")], swift["deterministiskaDoda"]),
    ]
    ok = True
    print("Deterministisk kontroll (en bana utan slump), största relativa skillnad mot Swift:")
    for name, ours, theirs in checks:
        diff = relative_difference(ours, theirs)
        ok &= diff <= 1e-9
        print(f"  {name:34s} {diff:.2e}  {'ok' if diff <= 1e-9 else 'AVVIKER (> 1e-9)'}")
    last = len(series) - 1
    print(f"  totalt sista året: numpy {series[last, 0]:.6f}, Swift {swift['deterministiskTotal'][last]:.6f}")
    return ok


def quantile_standard_error(sample, prob):
    """The Monte Carlo standard error of an empirical quantile, from the order statistics ±1 binomial sd."""
    x = np.sort(sample)
    n = len(x)
    spread = np.sqrt(n * prob * (1 - prob))
    lo = int(np.clip(np.floor(n * prob - spread), 0, n - 1))
    hi = int(np.clip(np.ceil(n * prob + spread), 0, n - 1))
    return (x[hi] - x[lo]) / 2


def check_statistical(p, swift, paths, seed):
    """The final year's quantiles of numpy's own paths against Swift's; True if every |z| < 4."""
    rng = np.random.default_rng(seed)
    last = p.horizon - 1
    quantiles, _, _, samples = project(p, paths, rng, keep=True)
    ok = True
    print(f"Statistisk kontroll: {paths} banor, år {last + 1} (sista), numpy (frö {seed}) mot Swift (frö {swift['seed']}); "
          "z = skillnad / medelfel för skillnaden")
    for name, key in (("totalt", "total"), ("65-79", "65-79"), ("80+", "80+"), ("födda", "fodda"),
                      ("döda", "doda"), ("migration", "migration")):
        row = SERIES.index(name if name != "totalt" else "total")
        for qi, prob in enumerate(PROBS):
            ours, theirs = quantiles[last, row, qi], swift["kvantiler"][key][last][qi]
            se = np.sqrt(2) * quantile_standard_error(samples[row], prob)
            z = (ours - theirs) / se if se > 0 else (0.0 if ours == theirs else np.inf)
            ok &= abs(z) < 4
            print(f"  {name:9s} p{prob * 100:<4g} numpy {ours:12.1f}  Swift {theirs:12.1f}  medelfel {se:8.1f}  "
                  f"z {z:+5.2f}  {'ok' if abs(z) < 4 else 'AVVIKER'}")
    return ok


def timed(p, paths, repeats, seed, block=None):
    """Best wall-clock seconds of `repeats` runs (paths `block` at a time, or all at once), all the times,
    their CPU times (every thread), and the memory before and the peak during them."""
    before = peak_memory()
    reset = reset_peak()
    times, cpu = [], []
    for _ in range(repeats):
        rng = np.random.default_rng(seed)
        t0, c0 = time.perf_counter(), time.process_time()
        project(p, paths, rng, block=block)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(times), times, cpu, before, peak_memory(), reset


def main():
    parser = argparse.ArgumentParser(description="Befolkningsprojektionen i numpy, jämförd med Prognos (Swift).")
    parser.add_argument("parametrar", help="JSON från prognos-bench karna --befolkning-parametrar")
    parser.add_argument("--banor", type=int, help="antal banor (standard: som Swift-körningen)")
    parser.add_argument("--upprepningar", type=int, default=3, help="körningar per mätning; bästa tiden redovisas")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--block", type=int, default=500,
                        help="banor per block i den blockade varianten (hela horisonten ett block i taget)")
    args = parser.parse_args()
    with open(args.parametrar) as f:
        data = json.load(f)
    p = Parameters(data)
    swift = data["swift"]
    paths = args.banor or swift["banor"]

    print(f"Befolkningsprojektion i numpy: {data['region']}, basår {data['basar']}")
    print(numpy_config())
    # Timing first, so that the memory figures start from the interpreter with numpy loaded.
    # Two variants: whole arrays over all paths (the yardstick the goal is stated against: vectorised over
    # the paths, no Python loop over them), and blocks of paths that stay in cache (a Python loop over
    # blocks), whichever numpy is faster with.
    rows = {}
    variants = [("hela arrayer", None), (f"block om {args.block} banor", args.block)]
    for horizon, (name, block) in [(h, v) for h in sorted({p.horizon, min(30, p.horizon)}, reverse=True) for v in variants]:
        best, times, cpu, before, after, reset = timed(p.extend(horizon), paths, args.upprepningar, args.seed, block)
        rate = paths * horizon / best
        rows[(horizon, name)] = rate
        print(f"numpy, {name}: {paths} banor × {horizon} år: bästa {best:.3f} s av {len(times)} "
              f"({' '.join(f'{t:.3f}' for t in times)} s; CPU-tid {' '.join(f'{t:.3f}' for t in cpu)} s), "
              f"{rate:.0f} banor·år per sekund")
        print(f"  Minne, toppvärde VmHWM: före {before[0]:.1f} MiB, under mätningen {after[0]:.1f} MiB"
              f"{' (nollställt före)' if reset else ' (kunde inte nollställas)'}; "
              f"ru_maxrss före {before[2]:.1f} MiB, efter {after[2]:.1f} MiB")
    ok = check_deterministic(p, swift)
    ok &= check_statistical(p, swift, swift["banor"], args.seed)
    horizon = swift["horisont"] if (swift["horisont"], variants[0][0]) in rows else max(h for h, _ in rows)
    swift_rate = swift["banorArPerSekund"]
    whole, blocked = rows[(horizon, variants[0][0])], rows[(horizon, variants[1][0])]
    print(f"  (numpy i block: kvot Swift/numpy {swift_rate / blocked:.2f})")
    print(f"Sammanfattning: Swift {swift_rate:.0f} banor·år/s, numpy {whole:.0f} banor·år/s "
          f"({swift['banor']} banor × {horizon} år, hela arrayer), kvot Swift/numpy {swift_rate / whole:.2f} (mål ≥ 5)")
    if not ok:
        print("Kontrollen av att projektionerna är desamma misslyckades (se ovan).", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
