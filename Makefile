# Prognos — two commands: `make run` and `make test` (see README.md).
APT_PACKAGES := libopenblas-dev liblapacke-dev libsqlite3-dev pkg-config
SCENARIO ?= scenarios/regionplan-2023-2025.yaml
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: deps build run test bench clean

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

build: deps
	swift build -c release

## run: the main job on the bundled default scenario.
run: build
	.build/release/prognos run $(SCENARIO)

## test: the whole test suite.
test: deps
	swift test

## bench: speed figures for the numeric core (printed, never asserted).
bench: build
	.build/release/prognos bench

clean:
	rm -rf .build
