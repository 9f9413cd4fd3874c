# netgraph — the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/netgraph
OUT := out

.PHONY: all deps build release demo test clean

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
