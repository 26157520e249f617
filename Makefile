# screenkg: make | make run | make test | make eval | make bench | make fuzz
BUILDDIR ?= build
PKGS     := raptor2 libxml-2.0 libcgraph libgvc libutf8proc nettle
CC       ?= cc
CFLAGS   ?= -O2 -g
CFLAGS   += -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic \
            -Wshadow -Wstrict-prototypes -Werror -MMD -MP \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
SANFLAGS := $(if $(SAN),-fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all)
CFLAGS   += $(SANFLAGS)
LDFLAGS  += $(SANFLAGS)

SRC      := $(wildcard src/*.c)
LIBOBJ   := $(patsubst src/%.c,$(BUILDDIR)/%.o,$(filter-out src/main.c,$(SRC))) \
            $(BUILDDIR)/lexicon_data.o
LEXICONS := $(wildcard data/*.txt data/*.tsv)
UNIT     := $(patsubst tests/unit/%.c,$(BUILDDIR)/tests/%,$(wildcard tests/unit/test_*.c))
BIN      := $(BUILDDIR)/screenkg
EXAMPLE  := examples/the-defenders.txt

.PHONY: all setup run test unit eval bench fuzz golden clean
all: $(BIN)

setup:
	@scripts/setup.sh

$(BUILDDIR) $(BUILDDIR)/tests:
	mkdir -p $@

$(BUILDDIR)/%.o: src/%.c | $(BUILDDIR)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILDDIR)/lexicon_data.c: $(LEXICONS) scripts/embed_lexicons.sh | $(BUILDDIR)
	scripts/embed_lexicons.sh $@

$(BUILDDIR)/lexicon_data.o: $(BUILDDIR)/lexicon_data.c
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
	$(BIN) -o output --format turtle,ntriples,graphml,dot,svg,png,facts,csv $(EXAMPLE)
	@ls -l output

test: setup
	@$(MAKE) --no-print-directory all unit
	@BUILDDIR=$(BUILDDIR) tests/run.sh

eval: setup
	@$(MAKE) --no-print-directory all
	@BUILDDIR=$(BUILDDIR) tests/eval.sh

bench: setup
	@$(MAKE) --no-print-directory all
	@BUILDDIR=$(BUILDDIR) bench/run.sh

golden: all
	@BUILDDIR=$(BUILDDIR) tests/golden.sh --update

clean:
	rm -rf $(BUILDDIR)

-include $(wildcard $(BUILDDIR)/*.d)
