# Prognos — two commands: `make run` and `make test` (see README.md).
APT_PACKAGES := libopenblas-dev liblapacke-dev pkg-config
SCENARIO ?= scenarios/regionplan-2023-2025.yaml
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: deps build run test bench bench-deps bench-ets clean

## deps: install OpenBLAS and LAPACKE from apt, only when pkg-config cannot find them.
deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists lapacke openblas \
	    && [ -f /usr/include/x86_64-linux-gnu/cblas.h -o -f /usr/include/cblas.h ]; then \
	  echo "deps: OpenBLAS and LAPACKE found"; \
	else \
	  echo "deps: installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	swift build -c release

## run: the main job on the bundled default scenario.
run: build
	.build/release/prognos run $(SCENARIO)

## test: the whole test suite.
test: deps
	swift test

## bench: speed figures for the numeric core, then the ETS comparison (printed, never asserted).
bench: build
	.build/release/prognos bench
	$(MAKE) bench-ets

## bench-deps: the peers of the ETS comparison, installed only for the bench: R's forecast package (apt),
## statsmodels and statsforecast (pip).
bench-deps:
	@if Rscript -e 'library(forecast)' >/dev/null 2>&1; then echo "bench-deps: R forecast found"; else \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq r-cran-forecast; fi
	@if python3 -c 'import statsmodels, statsforecast' >/dev/null 2>&1; then echo "bench-deps: statsmodels, statsforecast found"; \
	  else python3 -m pip install -q statsmodels statsforecast; fi

## bench-ets: Prognos' ETS against R forecast::ets, statsmodels and statsforecast (bench/ets_driver.py).
bench-ets: bench-deps
	swift build -c release --product ets-bench
	python3 bench/ets_driver.py

clean:
	rm -rf .build
