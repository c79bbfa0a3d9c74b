# gripe — `make` builds ./gripe; `make check` runs every test; `make demo`
# runs the main job on the bundled corpus; `make bench` measures speed.
CC      ?= cc
CFLAGS  ?= -O2 -g
PREFIX  ?= /usr/local
PKGS     = libpcre2-8 libutf8proc jansson sqlite3
WARN     = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wno-unused-parameter
DEFS     = -DGRIPE_DATADIR='"$(PREFIX)/share/gripe"'
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = $(WARN) $(DEFS) $(PKG_CFLAGS) $(CFLAGS)
# libstemmer and libcsv ship no .pc file
LIBS     = $(PKG_LIBS) -lstemmer -lcsv -lpthread -lm

CORE_SRC = $(filter-out src/main.c src/cmd_%.c,$(wildcard src/*.c))
CMD_SRC  = $(wildcard src/cmd_*.c) src/main.c
CORE_OBJ = $(CORE_SRC:src/%.c=build/obj/%.o)
CMD_OBJ  = $(CMD_SRC:src/%.c=build/obj/%.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/%)
ASAN_OBJ = $(CORE_SRC:src/%.c=build/asan/%.o) $(CMD_SRC:src/%.c=build/asan/%.o)
SAN      = -fsanitize=address,undefined -fno-omit-frame-pointer

all: build/.deps gripe

build/.deps: scripts/deps.sh
	@mkdir -p build
	@sh scripts/deps.sh build
	@touch $@

gripe: $(CORE_OBJ) $(CMD_OBJ)
	$(CC) $(CFLAGS) -o $@ $^ $(LIBS)

build/obj/%.o: src/%.c $(wildcard src/*.h) | build/.deps
	@mkdir -p build/obj
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/asan/%.o: src/%.c $(wildcard src/*.h) | build/.deps
	@mkdir -p build/asan
	$(CC) $(ALL_CFLAGS) $(SAN) -O1 -c -o $@ $<

build/gripe-asan: $(ASAN_OBJ)
	$(CC) $(SAN) -o $@ $^ $(LIBS)

build/test_%: tests/unit/test_%.c $(CORE_OBJ) tests/unit/unit.h
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(CORE_OBJ) $(LIBS)

check: all $(UNIT_BIN) build/gripe-asan
	@sh scripts/deps.sh test
	@bash tests/check.sh

# The main job on the bundled sample export: the root-cause report.
demo: all
	@./gripe analyze corpus/sample.csv --text customer_text --id ticket_id --date created

# Accuracy: the test halves of the gold corpora, then the evaluation sets
# written after all tuning (corpus/final), then the validation sets written
# without sight of the rules or the tool (corpus/valid); last, a second
# annotator's labels of the same texts against the gold ones (corpus/agree).
eval: all
	./gripe eval --split test corpus/gold/*.jsonl
	./gripe eval corpus/final/*.jsonl
	./gripe eval corpus/valid/*.jsonl
	@for f in corpus/agree/*-valid.jsonl; do l=$$(basename $$f -valid.jsonl); \
		printf 'agreement %s valid: ' $$l; ./gripe eval --labels $$f corpus/valid/$$l.jsonl | tail -1; done
	@for f in corpus/agree/*-test.jsonl; do l=$$(basename $$f -test.jsonl); \
		printf 'agreement %s test:  ' $$l; ./gripe eval --split test --labels $$f corpus/gold/$$l.jsonl | tail -1; done

clean:
	rm -rf build gripe

.PHONY: all check demo eval clean

bench: all
	@sh scripts/deps.sh bench
	@bash bench/run.sh

learn: all
	python3 scripts/learn.py

# the committed learned files are what `make learn` makes from the repo
check-learn: all
	@sh scripts/deps.sh test
	@rm -rf build/learn && mkdir -p build && cp -r lexicons build/learn
	@python3 scripts/learn.py --lexicons build/learn 2>/dev/null
	@diff -r -q lexicons build/learn && echo "check-learn: learned files reproduced"

bench-lang: all
	@sh scripts/deps.sh bench
	@/usr/bin/python3 bench/lang_peer.py corpus/lang/lang.jsonl

.PHONY: bench bench-lang learn check-learn

# Install the binary, the lexicons (found relative to the binary at run
# time), the man page and bash completion under $(DESTDIR)$(PREFIX).
BINDIR  = $(DESTDIR)$(PREFIX)/bin
DATADIR = $(DESTDIR)$(PREFIX)/share/gripe
MANDIR  = $(DESTDIR)$(PREFIX)/share/man/man1
COMPDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions

install: all
	install -d $(BINDIR) $(DATADIR) $(MANDIR) $(COMPDIR)
	install -m 755 gripe $(BINDIR)/gripe
	cp -R lexicons $(DATADIR)/
	install -m 644 man/gripe.1 $(MANDIR)/gripe.1
	install -m 644 completions/gripe.bash $(COMPDIR)/gripe

uninstall:
	rm -f $(BINDIR)/gripe $(MANDIR)/gripe.1 $(COMPDIR)/gripe
	rm -rf $(DATADIR)

.PHONY: install uninstall

# Sanitizers: the whole suite (unit tests and CLI tests) built with
# AddressSanitizer and UBSan.
SAN_UNIT = $(UNIT_SRC:tests/unit/%.c=build/san/%)
build/san/test_%: tests/unit/test_%.c $(filter-out build/asan/main.o build/asan/cmd_%.o,$(ASAN_OBJ)) tests/unit/unit.h
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN) -O1 -Isrc -o $@ $< $(filter-out build/asan/main.o build/asan/cmd_%.o,$(ASAN_OBJ)) $(LIBS)

check-sanitize: all build/gripe-asan $(SAN_UNIT)
	@sh scripts/deps.sh test
	@GRIPE_SANITIZE=1 bash tests/check.sh

# Fuzzing with libFuzzer (clang): each target runs FUZZ_SECONDS seconds,
# seeded from the corpus and the tests; crashes land in build/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = reader token tag merge lexicon
FUZZ_BIN = $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined

build/fuzz/fuzz_%: fuzz/fuzz_%.c $(CORE_SRC) $(wildcard src/*.h) | build/.deps
	@sh scripts/deps.sh fuzz
	@mkdir -p build/fuzz
	clang $(WARN) $(DEFS) $(PKG_CFLAGS) $(FUZZ_FLAGS) -Isrc -o $@ $< $(CORE_SRC) $(LIBS)

fuzz: all $(FUZZ_BIN)
	@bash fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

.PHONY: check-sanitize fuzz
