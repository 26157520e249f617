# screenkg: make | make run | make test | make check | make eval | make bench | make fuzz
BUILDDIR ?= build
PKGS     := raptor2 libxml-2.0 libcgraph libgvc libutf8proc nettle json-c zlib
CC       ?= cc
CFLAGS   ?= -O2 -g
CFLAGS   += -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic \
            -Wshadow -Wstrict-prototypes -Werror -MMD -MP -pthread \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lbz2 -lm -pthread
SANFLAGS := $(if $(SAN),-fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all)
CFLAGS   += $(SANFLAGS)
LDFLAGS  += $(SANFLAGS)

SRC      := $(wildcard src/*.c)
LIBOBJ   := $(patsubst src/%.c,$(BUILDDIR)/%.o,$(filter-out src/main.c,$(SRC))) \
            $(BUILDDIR)/lexicon_data.o $(BUILDDIR)/html_assets.o
LEXICONS := $(wildcard data/*.txt data/*.tsv)
# The HTML page's script and style sheet, compiled in (src/html/assets.h).
HTMLRES  := SKG_HTML_PAGE_JS=src/html/page.js SKG_HTML_PAGE_CSS=src/html/page.css
UNIT     := $(patsubst tests/unit/%.c,$(BUILDDIR)/tests/%,$(wildcard tests/unit/test_*.c))
BIN      := $(BUILDDIR)/screenkg
EXAMPLE  := examples/the-defenders.txt

.PHONY: all setup run test check check-layers unit eval bench fuzz fuzz-build lint lint-format lint-static golden clean
.PHONY: franchise shapes
all: $(BIN)

setup:
	@scripts/setup.sh

$(BUILDDIR) $(BUILDDIR)/tests:
	mkdir -p $@

$(BUILDDIR)/%.o: src/%.c | $(BUILDDIR)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# data/ itself is a prerequisite: removing a lexicon changes the folder's
# time, not any remaining file's, and must regenerate the table too.
$(BUILDDIR)/lexicon_data.c: $(LEXICONS) data scripts/embed_lexicons.sh | $(BUILDDIR)
	scripts/embed_lexicons.sh $@

$(BUILDDIR)/lexicon_data.o: $(BUILDDIR)/lexicon_data.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -c -o $@ $<

$(BUILDDIR)/html_assets.c: src/html/page.js src/html/page.css src/html/assets.h \
                          scripts/embed_files.sh | $(BUILDDIR)
	scripts/embed_files.sh $@ html/assets.h $(HTMLRES)

$(BUILDDIR)/html_assets.o: $(BUILDDIR)/html_assets.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -c -o $@ $<

$(BUILDDIR)/libscreenkg.a: $(LIBOBJ)
	$(AR) rcs $@ $^

$(BIN): $(BUILDDIR)/main.o $(BUILDDIR)/libscreenkg.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILDDIR)/tests/%: tests/unit/%.c tests/unit/harness.h $(BUILDDIR)/libscreenkg.a | $(BUILDDIR)/tests
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -o $@ $< $(BUILDDIR)/libscreenkg.a $(LDFLAGS) $(LDLIBS)

unit: $(UNIT)

# Exports the embedded example into output/ (all formats but PNG, plus the
# cast diagram as PNG for people to look at).
run: setup
	@$(MAKE) --no-print-directory all
	$(BIN) -o output --format turtle,ntriples,graphml,coappear,dot,svg,png,html,facts,csv $(EXAMPLE)
	@ls -l output

# One graph from three articles of one invented franchise (a series, its
# spin-off, a film): who connects to whom (docs/scale.md).
franchise: all
	$(BIN) -o output/franchise -n franchise examples/franchise/
	@ls -l output/franchise

test: setup
	@$(MAKE) --no-print-directory all unit
	@BUILDDIR=$(BUILDDIR) tests/run.sh

# The fast loop while changing rules: build, unit tests and the extraction
# spec cases (SPEC=TEXT runs only the cases whose title or file has TEXT);
# no set-up, sanitizers, readers or writers' round trips (make test does).
check:
	@$(MAKE) --no-print-directory all unit
	@BUILDDIR=$(BUILDDIR) SPEC="$(SPEC)" tests/check.sh

# No module includes or calls one of a higher layer, and none call each
# other in a circle (HACKING.md "Layers"; also run by check and test).
check-layers: all
	@out=$$(BUILDDIR=$(BUILDDIR) sh tests/checks/layers.sh); \
	  printf '%s\n' "$$out"; ! printf '%s\n' "$$out" | grep -q '^not ok'

# The per-predicate SHACL shapes and RDF check lists, made from
# src/predicates.def and the ontology (tests/checks/vocab.sh fails while
# they are stale).
shapes:
	/usr/bin/python3 scripts/gen_shapes.py

eval: setup
	@$(MAKE) --no-print-directory all
	@BUILDDIR=$(BUILDDIR) tests/eval.sh

# make bench BENCH_DUMP_BYTES=100000000: the dump rows on a 100 MB
# MediaWiki dump (and its 1/4 and 1/16) instead of 1 GB; 0 leaves them out.
BENCH_DUMP_BYTES ?= 1000000000
bench: setup
	@$(MAKE) --no-print-directory all
	@BUILDDIR=$(BUILDDIR) BENCH_DUMP_BYTES=$(BENCH_DUMP_BYTES) bench/run.sh

# libFuzzer targets (tests/fuzz/fuzz_*.c), built with clang under ASan+UBSan
# in their own build directory; each runs FUZZ_SECONDS (make fuzz
# FUZZ_SECONDS=600 for a long run) and prints libFuzzer's final statistics.
FUZZ_SECONDS ?= 20
# Then zzuf mutates whole inputs of every reader kind (tests/fuzz/zzuf.sh),
# FUZZ_CASES per kind, against the ASan+UBSan build of screenkg (hours at
# the default; FUZZ_CASES=0 leaves zzuf out, as make test's fuzz.sh does:
# make test runs a few zzuf cases of its own in tests/checks/zzuf.sh).
FUZZ_CASES   ?= 10000
FUZZDIR      := $(BUILDDIR)/fuzz
FUZZ         := $(patsubst tests/fuzz/%.c,$(BUILDDIR)/%,$(wildcard tests/fuzz/fuzz_*.c))

# CFLAGS through the environment: on the command line it would replace the
# flags above instead of being extended by them.
fuzz:
	@CFLAGS="-O1 -g -fsanitize=fuzzer-no-link" $(MAKE) --no-print-directory -s \
	  BUILDDIR=$(FUZZDIR) CC=clang SAN=address,undefined fuzz-build
	@BUILDDIR=$(FUZZDIR) FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh
	@[ "$(FUZZ_CASES)" -eq 0 ] || CFLAGS="-O1 -g" $(MAKE) --no-print-directory \
	  -s BUILDDIR=$(BUILDDIR)/san CC=clang SAN=address,undefined all
	@[ "$(FUZZ_CASES)" -eq 0 ] || \
	  BIN=$(BUILDDIR)/san/screenkg FUZZ_CASES=$(FUZZ_CASES) tests/fuzz/zzuf.sh

fuzz-build: $(FUZZ)

$(BUILDDIR)/fuzz_%: tests/fuzz/fuzz_%.c $(BUILDDIR)/libscreenkg.a
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -o $@ $< $(BUILDDIR)/libscreenkg.a \
	  $(LDFLAGS) -fsanitize=fuzzer $(LDLIBS)

# Static analysis of src/: cppcheck (suppressions in tests/cppcheck.supp)
# and clang-tidy (.clang-tidy; one file a process, LINT_JOBS at a time);
# any finding fails the target.
CPPCHECK  ?= cppcheck
CLANGTIDY ?= clang-tidy
LINT_JOBS ?= $(shell nproc 2>/dev/null || echo 2)
lint: lint-format lint-static

# Formatting by .clang-format (docs/STYLE.md): the files of
# tests/format-clean.txt, files added since FORMAT_BASE and the lines
# changed since it (tests/check_format.sh); FORMAT_BASE defaults to where
# the branch left main.
FORMAT_BASE ?= $(shell git merge-base HEAD main 2>/dev/null)
lint-format:
	@tests/check_format.sh $(FORMAT_BASE)

lint-static:
	$(CPPCHECK) --quiet --error-exitcode=1 --std=c11 --language=c \
	  --enable=warning,performance,portability --inline-suppr \
	  --suppressions-list=tests/cppcheck.supp -D__GNUC__ -Isrc src/*.c
	@echo "$(CLANGTIDY) src/*.c"
	@out=$$(ls src/*.c | xargs -P $(LINT_JOBS) -I{} $(CLANGTIDY) --quiet {} -- \
	  -std=c11 -D_POSIX_C_SOURCE=200809L -Isrc \
	  $(shell pkg-config --cflags $(PKGS) 2>/dev/null) 2>&1); rc=$$?; \
	  printf '%s\n' "$$out" | grep -v -E '^[0-9]+ (warning|error)s? .*generated\.$$|^$$'; \
	  exit $$rc

golden: all
	@BUILDDIR=$(BUILDDIR) tests/golden.sh --update

clean:
	rm -rf $(BUILDDIR)

-include $(wildcard $(BUILDDIR)/*.d)
