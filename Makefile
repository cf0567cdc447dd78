# Coop — build, test, benchmark.
SWIFT ?= swift
APT_PACKAGES := libsodium-dev libsqlite3-dev pkg-config

.PHONY: all build test bench bench-peers demo deps fuzz fmt-check clean

all: build

## deps: install the system libraries Coop links against, when missing (Debian/Ubuntu).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

## test: every test of every module, including the conformance corpus.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## demo: the main job — 20 synthetic companies, a hub and 20 edge agents on loopback, the three
## mobility algorithms through the real protocol, and demo/report.html (DEMO_ARGS: e.g. --lang en).
DEMO_ARGS ?=
demo: deps
	$(SWIFT) build -c release --product coop
	.build/release/coop demo --out demo $(DEMO_ARGS)

## bench: release-mode benchmarks, each printed as a ratio against a baseline measured in the same run.
bench: deps bench-peers
	@command -v sqlite3 >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq sqlite3 >/dev/null || echo "sqlite3 shell not installed: its comparison will be skipped"; }
	$(SWIFT) build -c release --product coop-bench
	$(SWIFT) build -c release --product coop
	.build/release/coop-bench

## bench-peers: the peer engines measured next to Coop (SmartNoise SQL, from PyPI, in .venv-bench).
bench-peers:
	@[ -x .venv-bench/bin/python ] && .venv-bench/bin/python -c "import snsql" 2>/dev/null || \
	  { python3 -m venv .venv-bench && .venv-bench/bin/pip install -q smartnoise-sql; } || \
	  echo "smartnoise-sql could not be installed; its comparison will be skipped"

## fuzz: lexer+parser fuzzing with libFuzzer (FUZZ_RUNS executions, seeded from the corpus).
FUZZ_RUNS ?= 1000000
fuzz: deps
	$(SWIFT) build -c debug -Xswiftc -O --sanitize=fuzzer --sanitize=address --product coop-fuzz --scratch-path .build-fuzz
	mkdir -p fuzz-corpus
	.build-fuzz/debug/coop-fuzz -merge=1 fuzz-corpus Tests/Conformance Algorithms
	.build-fuzz/debug/coop-fuzz -runs=$(FUZZ_RUNS) -max_len=2048 -timeout=5 fuzz-corpus

fmt-check:
	$(SWIFT) format lint --recursive --strict Sources Tests Package.swift

clean:
	rm -rf .build .build-fuzz
