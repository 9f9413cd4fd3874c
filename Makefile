# netgraph — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
RELEASE_BIN := .build/release/netgraph
OUT := out

.PHONY: all deps build release install uninstall install-check manual demo pictures memcheck test clean fuzz fuzz-build fuzz-run fuzz-ci bench bench-product bench-render examples docs report-check report-screenshot quotes-check bench-temporal

all: build

## Install what is missing (Graphviz's libraries via apt, with sudo when not root).
deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

## Release builds link the Swift runtime and Foundation into the binary: a command starts in
## half the time (`netgraph --version`: 9.8 ms dynamic, 5.1 ms static, measured with perf stat),
## which is most of what netgraph adds to Graphviz's own time when rendering.
## They are linked at a fixed address (-no-pie): a position-independent static binary has
## 97,000 pointers for the loader to patch at every start, each page of them a page fault
## (--version: 740 faults and 6.4 ms, against 520 and 5.0 ms). `make release PIE=1` keeps the
## executable position-independent, so that its own image is placed at a random address too.
PIE ?= 0
RELEASE_LINK := $(if $(filter 1,$(PIE)),,-Xswiftc -Xclang-linker -Xswiftc -no-pie)
## The Swift runtime's C++ library is linked in as well, where a static libstdc++ is installed
## (the toolchain's clang finds it; Swift needs libstdc++'s development files anyway): loading
## the shared libstdc++ took 0.77 ms of every start-up, now that nothing else in the process
## needs it (`stats` of a two-edge file, the process alone, medians of 200; see the README's
## Design section). The linker is pointed at a folder holding only the static archive, so
## `-lstdc++` finds it first. Graphviz's C++ layout plugins, loaded only to draw, bring their
## own shared copy; netgraph's copy exports no symbol.
STATIC_CXX := $(shell clang -print-file-name=libstdc++.a 2>/dev/null)
STATIC_CXX_DIR := $(CURDIR)/.build/static-libstdc++
STATIC_CXX_LINK := $(if $(filter /%,$(STATIC_CXX)),-Xlinker -L$(STATIC_CXX_DIR))
release: deps
	$(if $(STATIC_CXX_LINK),@mkdir -p $(STATIC_CXX_DIR) && ln -sf $(STATIC_CXX) $(STATIC_CXX_DIR)/libstdc++.a)
	$(SWIFT) build -c release --static-swift-stdlib -Xswiftc -use-ld=lld $(RELEASE_LINK) $(STATIC_CXX_LINK)

## Installation. `make install PREFIX=~/.local` (default /usr/local; DESTDIR stages a package)
## installs the release binary with its resource bundle (the bundled graph) in
## libexec/netgraph/, linked from bin/, so the binary finds the bundle beside its real path
## (BundledGraph.path()); the man page netgraph(1); and bash, zsh and fish completions.
PREFIX ?= /usr/local
INSTALL_ROOT := $(DESTDIR)$(PREFIX)
LIBEXEC_DIR := $(INSTALL_ROOT)/libexec/netgraph
MAN_DIR := $(INSTALL_ROOT)/share/man/man1
BASH_COMPLETION_DIR := $(INSTALL_ROOT)/share/bash-completion/completions
ZSH_COMPLETION_DIR := $(INSTALL_ROOT)/share/zsh/site-functions
FISH_COMPLETION_DIR := $(INSTALL_ROOT)/share/fish/vendor_completions.d
BUNDLED_GRAPH_SOURCE := Sources/NetGraph/Resources/mexico-security.yaml
MANUAL := .build/plugins/GenerateManual/outputs/netgraph/netgraph.1
# The man page is dated by the newest release in CHANGELOG.md, so it is the same on every build.
RELEASE_DATE = $(shell sed -n 's/^## \[[0-9][0-9.]*\] - //p' CHANGELOG.md | head -1)

## The man page, from swift-argument-parser's generate-manual plugin. It reads the commands'
## help from a built binary, so the debug build (which `make test` has made) serves as well
## as a release build and costs no second release build.
manual: deps
	$(SWIFT) package plugin generate-manual --configuration debug --date "$(RELEASE_DATE)"

install: release manual
	install -d $(INSTALL_ROOT)/bin $(LIBEXEC_DIR) $(MAN_DIR) $(BASH_COMPLETION_DIR) $(ZSH_COMPLETION_DIR) $(FISH_COMPLETION_DIR)
	install -m 755 $(RELEASE_BIN) $(LIBEXEC_DIR)/netgraph
	@# SwiftPM copies the resource as the relative link it is in Sources/NetGraph/Resources
	@# (to graphs/), which points nowhere from the build folder: install the file it names.
	rm -rf $(LIBEXEC_DIR)/netgraph_NetGraph.resources
	install -d $(LIBEXEC_DIR)/netgraph_NetGraph.resources
	install -m 644 $$(readlink -f $(BUNDLED_GRAPH_SOURCE)) $(LIBEXEC_DIR)/netgraph_NetGraph.resources/mexico-security.yaml
	ln -sfn ../libexec/netgraph/netgraph $(INSTALL_ROOT)/bin/netgraph
	install -m 644 $(MANUAL) $(MAN_DIR)/netgraph.1
	$(RELEASE_BIN) --generate-completion-script bash > $(BASH_COMPLETION_DIR)/netgraph
	$(RELEASE_BIN) --generate-completion-script zsh > $(ZSH_COMPLETION_DIR)/_netgraph
	$(RELEASE_BIN) --generate-completion-script fish > $(FISH_COMPLETION_DIR)/netgraph.fish
	@echo "Installed $(INSTALL_ROOT)/bin/netgraph ($$($(INSTALL_ROOT)/bin/netgraph --version))"

uninstall:
	rm -f $(INSTALL_ROOT)/bin/netgraph $(MAN_DIR)/netgraph.1 $(BASH_COMPLETION_DIR)/netgraph \
	  $(ZSH_COMPLETION_DIR)/_netgraph $(FISH_COMPLETION_DIR)/netgraph.fish
	rm -rf $(LIBEXEC_DIR)

## Installs into a temporary PREFIX, checks the installed files and binary
## (scripts/install-check.sh), uninstalls and checks that nothing is left.
install-check: deps
	./scripts/install-check.sh

## Build in release mode and run the main job on the bundled graph.
demo: release
	@mkdir -p $(OUT)
	$(RELEASE_BIN) stats
	@echo
	$(RELEASE_BIN) neighbors "García Harfuch"
	@echo
	$(RELEASE_BIN) render --layout sfdp -o $(OUT)/mexico-security.svg
	$(RELEASE_BIN) render --layout sfdp --highlight-path "El Mencho" "Sheinbaum" -o $(OUT)/mencho-to-sheinbaum.svg
	@echo
	@echo "Pictures: $(OUT)/mexico-security.svg and $(OUT)/mencho-to-sheinbaum.svg (open them in a browser; hover for the evidence)"

## Regenerate the committed pictures of the bundled graph (docs/).
pictures: release
	@mkdir -p docs
	$(RELEASE_BIN) render --layout sfdp -o docs/mexico-security.svg
	$(RELEASE_BIN) render --layout sfdp -o docs/mexico-security.png
	$(RELEASE_BIN) render --layout sfdp --highlight-path "El Mencho" "Sheinbaum" -o docs/mencho-to-sheinbaum.svg
	$(RELEASE_BIN) render --layout sfdp --highlight-path "El Mencho" "Sheinbaum" -o docs/mencho-to-sheinbaum.png

## The HTML report of the bundled graph, loaded in headless Chromium (installed through apt when
## missing): fails unless the page loads without any error and draws one node per entity.
REPORT_PAIRS := --pair "El Mencho" "Sheinbaum" --pair "Ovidio Guzmán" "Sheinbaum"
report-check: release
	@./scripts/install-deps.sh --with-chromium
	@mkdir -p $(OUT)
	$(RELEASE_BIN) report $(REPORT_PAIRS) -o $(OUT)/report.html
	./scripts/report-check.sh $(OUT)/report.html "$$($(RELEASE_BIN) stats --format json | jq .nodes)"

## Check every quote of the bundled graph against the seed documents, when ../shared/seeds is there.
SEEDS ?= ../shared/seeds
quotes-check: release
	@if [ -d "$(SEEDS)" ]; then $(RELEASE_BIN) validate graphs/mexico-security.yaml --sources "$(SEEDS)"; \
	else echo "quotes-check: no seed documents at $(SEEDS); skipped"; fi

## Regenerate docs/report.png: the top of the bundled graph's report as headless Chromium shows it.
report-screenshot: release
	@./scripts/install-deps.sh --with-chromium
	@mkdir -p $(OUT) docs
	$(RELEASE_BIN) report $(REPORT_PAIRS) -o $(OUT)/report.html
	./scripts/report-screenshot.sh $(OUT)/report.html docs/report.png

## Run rendering and DOT reading under valgrind; fail on definite leaks or memory errors.
## Valgrind cannot read Swift's DWARF 5, so it runs a copy of the release binary without
## debug information (symbols stay). Leaks that `dot -Tsvg` shows too are suppressed.
VALGRIND := valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=3 \
	--suppressions=scripts/valgrind-graphviz.supp
MEMCHECK_BIN := .build/memcheck/netgraph
STARTER := Tests/NetGraphTests/Fixtures/graphs/starter.yaml
memcheck: release
	@mkdir -p .build/memcheck $(OUT)/memcheck
	objcopy --strip-debug $(RELEASE_BIN) $(MEMCHECK_BIN)
	$(VALGRIND) $(MEMCHECK_BIN) render $(STARTER) -o $(OUT)/memcheck/starter.svg
	$(VALGRIND) $(MEMCHECK_BIN) render $(STARTER) -o $(OUT)/memcheck/starter.png --layout neato --size-by degree --edge-labels
	$(VALGRIND) $(MEMCHECK_BIN) render $(STARTER) -o $(OUT)/memcheck/starter.pdf --layout sfdp --cluster-by kind
	$(VALGRIND) $(MEMCHECK_BIN) render $(STARTER) -o $(OUT)/memcheck/starter.json --highlight-path "El Mencho" "Sheinbaum"
	$(VALGRIND) $(MEMCHECK_BIN) convert $(STARTER) $(OUT)/memcheck/starter.dot
	$(VALGRIND) $(MEMCHECK_BIN) render $(OUT)/memcheck/starter.dot -o $(OUT)/memcheck/from-dot.svg --layout circo
	@# A failing run exits from inside its error handler, so its message string is never
	@# released; that path is checked for memory errors only.
	printf 'digraph {\n a -> \n -> }' > $(OUT)/memcheck/bad.dot
	$(VALGRIND) --leak-check=no $(MEMCHECK_BIN) render $(OUT)/memcheck/bad.dot -o $(OUT)/memcheck/bad.svg; test $$? -eq 1
	@echo "memcheck: no definite leaks and no memory errors attributable to netgraph"

## Install what is missing and run every test.
test: deps
	$(SWIFT) build
	$(SWIFT) test

## The DocC documentation of NetGraph, NetGraphViz and NetGraphReport, failing on any documentation warning
## (an unresolved link, an undocumented parameter). Archives: .build/plugins/Swift-DocC/outputs/.
docs: deps
	$(SWIFT) package --disable-sandbox generate-documentation --target NetGraph --target NetGraphViz --target NetGraphReport --warnings-as-errors

clean:
	rm -rf .build $(OUT)

## Fuzzing: a libFuzzer target per reader (Fuzz/), seeded from the test files.
FUZZ_TARGETS ?= FuzzNative FuzzCSV FuzzEdgeList FuzzGraphML FuzzGEXF FuzzExchangeJSON FuzzDOT
FUZZ_SECONDS ?= 300
# Seconds one input may take before it counts as a hang. libFuzzer measures wall-clock time,
# so on a machine busy with other work (a fuzzer run with nice beside builds) raise it.
FUZZ_TIMEOUT ?= 10
FUZZ_BUILD := Fuzz/.build-fuzz/release
FUZZ_FLAGS := -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
# Absolute, so that reproducers land in out/ whatever directory a target runs in.
FUZZ_ARTIFACTS := $(CURDIR)/$(OUT)/fuzz/artifacts
# Leaks inside libraries netgraph cannot free, each named and explained in the file; every
# other leak fails the run.
# Swift's own crash backtracer is turned off: libFuzzer reports the crash and saves the
# input, and the backtracer's helper process kept the output pipe open after a crash.
FUZZ_ENV := LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan-suppressions.supp:print_suppressions=0 SWIFT_BACKTRACE=enable=no

fuzz-build: deps
	cd Fuzz && $(SWIFT) build $(FUZZ_FLAGS)

## Builds, then runs every fuzz target for FUZZ_SECONDS (default 300); a crash fails and is
## saved under out/fuzz/artifacts.
fuzz: fuzz-build
	@$(MAKE) --no-print-directory fuzz-run

## Runs the built fuzz targets (no build), e.g. make fuzz-run FUZZ_TARGETS=FuzzDOT FUZZ_SECONDS=600
## (FUZZ_TIMEOUT=60 when the machine is busy). FuzzDOT records where each allocation was made
## with the slow unwinder: libcgraph has no frame pointers, so the fast one stops at cgraph's
## allocator, and the one cgraph leak listed in Fuzz/lsan-suppressions.supp could only be
## matched by hiding every allocation cgraph makes. It tries fewer inputs: 481 against 3,034
## in 10 s on one corpus, 3,671 against 7,689 in CI's minute.
fuzz-run:
	@mkdir -p $(FUZZ_ARTIFACTS)
	@for target in $(FUZZ_TARGETS); do \
	  corpus=$(OUT)/fuzz/$$target; mkdir -p $$corpus; \
	  ./scripts/fuzz-seeds.sh $$target $$corpus; \
	  echo "== $$target for $(FUZZ_SECONDS) s"; \
	  unwind=; if [ $$target = FuzzDOT ]; then unwind=fast_unwind_on_malloc=0; fi; \
	  ASAN_OPTIONS=$$unwind $(FUZZ_ENV) $(FUZZ_BUILD)/$$target $$corpus -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=4096 -timeout=$(FUZZ_TIMEOUT) \
	    -artifact_prefix=$(FUZZ_ARTIFACTS)/$$target- -print_final_stats=1 2>&1 | grep -E "^(#|==|stat::number_of_executed_units|Done|SUMMARY|ERROR)" | tail -4 \
	    ; test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done

## The short fuzz run CI does: 60 seconds a target.
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=60

## The side-by-side benchmark against igraph, NetworKit, rustworkx and NetworkX (not part of
## `make test`). First the product: the `netgraph` command as users run it, timed as a whole
## process with its answer written to a file, against each peer's load + run, alternating in
## one run (Benchmarks/product.py → Benchmarks/PRODUCT.md, about 15 minutes). Then the
## compute-only rows: netgraph-bench (the analysis core without the command around it) in one
## round-robin run with the peers (Benchmarks/RESULTS.md, about 70 minutes;
## BENCH_ARGS=--no-heavy leaves out the grid's exact betweenness, about 45 of them).
## `make bench-product` runs the first part alone.
bench: bench-product bench-temporal
	$(SWIFT) build -c release --package-path Benchmarks
	python3 Benchmarks/run.py $(BENCH_ARGS)

bench-product: release
	python3 Benchmarks/product.py $(PRODUCT_ARGS)

## Time-respecting reachability: `netgraph reach` against raphtory on 1,000,000 dated contacts
## (Benchmarks/temporal.py → Benchmarks/TEMPORAL.md; raphtory in Benchmarks/.venv-temporal).
bench-temporal: release
	python3 Benchmarks/temporal.py $(TEMPORAL_ARGS)

## Times `netgraph render` against `dot -Tsvg` on the equivalent DOT file (medians of
## alternating runs; not part of `make test`).
bench-render: release
	@command -v dot >/dev/null || { echo "Installing graphviz (dot) through apt…" >&2; \
	  $$( [ "$$(id -u)" -eq 0 ] || echo sudo ) apt-get install -y -qq --no-install-recommends graphviz >/dev/null; }
	python3 Benchmarks/render_vs_dot.py $(RELEASE_BIN) --rounds $(or $(ROUNDS),40)

## Build netgraph and run every example (examples/README.md shows what each prints).
examples: release
	@mkdir -p $(OUT)/examples
	@set -e; for script in examples/jq/top-brokers-per-kind.sh examples/jq/links-between.sh examples/jq/community-members.sh examples/gephi-neo4j/convert.sh; do \
	  echo "== $$script"; NETGRAPH=$(RELEASE_BIN) bash $$script > $(OUT)/example.txt; head -3 $(OUT)/example.txt; done
	@echo "== examples/swift-package"
	cd examples/swift-package && $(SWIFT) run -q KeyPlayersAndChain ../../$(OUT)/examples/chain.svg > ../../$(OUT)/example-swift.txt
	head -5 $(OUT)/example-swift.txt
