# netgraph — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
RELEASE_BIN := .build/release/netgraph
OUT := out

.PHONY: all deps build release demo test clean fuzz fuzz-build fuzz-ci

all: build

## Install what is missing (Graphviz's libraries via apt, with sudo when not root).
deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Build in release mode and run the main job on the bundled graph.
demo: release
	@mkdir -p $(OUT)
	$(RELEASE_BIN) stats
	@echo
	$(RELEASE_BIN) neighbors "García Harfuch"

## Install what is missing and run every test.
test: deps
	$(SWIFT) build
	$(SWIFT) test

clean:
	rm -rf .build $(OUT)

## Fuzzing: a libFuzzer target per reader (Fuzz/), seeded from the test files.
FUZZ_TARGETS ?= FuzzNative FuzzCSV
FUZZ_SECONDS ?= 300
FUZZ_BUILD := Fuzz/.build-fuzz/release
FUZZ_FLAGS := -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address

fuzz-build: deps
	cd Fuzz && $(SWIFT) build $(FUZZ_FLAGS)

## Runs every fuzz target for FUZZ_SECONDS (default 300); a crash fails and is saved under out/fuzz/artifacts.
fuzz: fuzz-build
	@mkdir -p $(OUT)/fuzz/artifacts
	@for target in $(FUZZ_TARGETS); do \
	  corpus=$(OUT)/fuzz/$$target; mkdir -p $$corpus; \
	  ./scripts/fuzz-seeds.sh $$target $$corpus; \
	  echo "== $$target for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/$$target $$corpus -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=4096 -timeout=10 \
	    -artifact_prefix=$(OUT)/fuzz/artifacts/$$target- -print_final_stats=1 2>&1 | grep -E "^(#|==|stat::number_of_executed_units|Done|SUMMARY|ERROR)" | tail -4 \
	    ; test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done

## The short fuzz run CI does: 60 seconds a target.
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=60
