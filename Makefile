# Coop — build, test, benchmark.
SWIFT ?= swift
APT_PACKAGES := libsodium-dev libsqlite3-dev pkg-config

.PHONY: all build test bench bench-peers demo deps fuzz fuzz-asan fuzz-seeds fuzz-generated fmt-check clean

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

## fuzz: libFuzzer over the whole path of a script — parse, render, format, check against the
## mobility schema, run on a small store — with coverage (release build, -sanitize=fuzzer): FUZZ_RUNS
## executions from the corpus (fuzz-corpus/) and the seeds. See Docs/fuzzing.md.
FUZZ_RUNS ?= 1000000
FUZZ_ASAN_RUNS ?= 30000
## Reported findings the fuzzer steps over (COOP_FUZZ_KNOWN); set FUZZ_KNOWN= to trap on them again.
FUZZ_KNOWN ?= format-depth
FUZZ_SEEDS := .build-fuzz/seeds
FUZZ_FLAGS := -max_len=2048 -timeout=5 -dict=Sources/coop-fuzz/coop.dict
FUZZ_ENV := SWIFT_BACKTRACE=enable=no COOP_FUZZ_KNOWN=$(FUZZ_KNOWN)
fuzz: deps fuzz-seeds fuzz-generated
	$(SWIFT) build -c release --sanitize=fuzzer --product coop-fuzz --scratch-path .build-fuzz
	mkdir -p fuzz-corpus
	$(FUZZ_ENV) .build-fuzz/release/coop-fuzz -merge=1 $(FUZZ_FLAGS) fuzz-corpus $(FUZZ_SEEDS)
	$(FUZZ_ENV) COOP_FUZZ_STATS=1 .build-fuzz/release/coop-fuzz -runs=$(FUZZ_RUNS) $(FUZZ_FLAGS) fuzz-corpus

## fuzz-generated: the generated-scripts test (random well-typed scripts against plain SQL) with
## GENERATED_CASES cases instead of the 10,000 of `make test`.
GENERATED_CASES ?= 200000
fuzz-generated: deps
	$(SWIFT) build --build-tests
	COOP_GENERATED_CASES=$(GENERATED_CASES) $(SWIFT) test --skip-build --filter "generated scripts"

## fuzz-asan: a shorter run with AddressSanitizer (debug build with -O; about 4 times slower). Both
## sanitizers go to swiftc in one flag: SwiftPM orders two --sanitize options at random and swiftc
## keeps the last, so --sanitize=fuzzer --sanitize=address built either coverage or ASan, not both.
fuzz-asan: deps fuzz-seeds
	$(SWIFT) build -c debug -Xswiftc -O --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address --product coop-fuzz \
	  --scratch-path .build-fuzz
	mkdir -p fuzz-corpus
	$(FUZZ_ENV) COOP_FUZZ_STATS=1 LSAN_OPTIONS=suppressions=Sources/coop-fuzz/lsan.supp \
	  .build-fuzz/debug/coop-fuzz -runs=$(FUZZ_ASAN_RUNS) $(FUZZ_FLAGS) fuzz-corpus $(FUZZ_SEEDS)

## fuzz-seeds: one seed per conformance case (the chunks between `---` lines), every Algorithm and schema.
fuzz-seeds:
	rm -rf $(FUZZ_SEEDS) && mkdir -p $(FUZZ_SEEDS)
	for f in Tests/Conformance/*.coop; do \
	  awk -v base="$(FUZZ_SEEDS)/$$(basename $$f .coop)" \
	    'BEGIN { n = 1; out = sprintf("%s-%03d.coop", base, n) } \
	     /^---$$/ { close(out); n++; out = sprintf("%s-%03d.coop", base, n); next } { print > out }' $$f; \
	done
	cp Algorithms/*/*.coop Algorithms/schemas/*.coopschema $(FUZZ_SEEDS)/

fmt-check:
	$(SWIFT) format lint --recursive --strict Sources Tests Package.swift

clean:
	rm -rf .build .build-fuzz
