# Kelisim — `make run` opens the app, `make test` runs the whole suite. Both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test check bench bench-quick lint typecheck setup clean

# Python keeps its compiled modules (__pycache__) even where the environment asks it not to: otherwise every
# process started here — the window, each command-line run, each export or import job, each test worker — compiles
# Kelisim's modules again (~0.2 s for the command line's, more for the window's), as an installed copy never does.
unexport PYTHONDONTWRITEBYTECODE

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP) $@

# Debian packages, installed only when missing and when we may (root with apt-get); elsewhere we say
# what to install. The window needs Qt's libraries (xcb for a real screen); the tests also need
# poppler-utils (pdftotext, pdffonts read the PDF reports back), qpdf (checks a PDF's syntax and
# cross-references) and postgresql (a throw-away server for the shared-office set-up).
QT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-xkb1
TEST_PACKAGES := poppler-utils qpdf postgresql
define apt_install
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1) >/dev/null) \
	  || { echo "could not install: $(1)"; exit 1; }; \
	else echo "note: install these with your package manager if anything fails: $(1)"; fi
endef
QT_LIBS := $(VENV)/.qt-libs
TEST_TOOLS := $(VENV)/.test-tools

$(QT_LIBS): | $(BIN)/python
	@if ! ldconfig -p 2>/dev/null | grep -q libxkbcommon-x11.so || ! ldconfig -p 2>/dev/null | grep -q libEGL.so; then \
	  $(call apt_install,$(QT_PACKAGES)); fi
	@touch $@

$(TEST_TOOLS): | $(BIN)/python
	@if ! command -v pdffonts >/dev/null 2>&1 || ! command -v qpdf >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  $(call apt_install,$(TEST_PACKAGES)); fi
	@touch $@

setup: $(STAMP)

run: $(STAMP) $(QT_LIBS)
	$(BIN)/python main.py

# Every step runs even when an earlier one fails (a failing test must not hide a lint or type error);
# `make test` still fails, with the first failing step's code. CI runs this.
LINT_PATHS := desktop tests tools main.py
# One pytest worker per core (pytest-xdist): each worker has its own temporary registers and, on its first
# PostgreSQL test, its own throw-away server. `make test WORKERS=0` runs in one process.
WORKERS ?= auto
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n $(WORKERS)
test: $(TEST_STAMP) $(QT_LIBS) $(TEST_TOOLS)
	@status=0; \
	$(PYTEST) || status=$$?; \
	$(MAKE) --no-print-directory lint-steps BIN=$(BIN) || { rc=$$?; [ $$status != 0 ] || status=$$rc; }; \
	exit $$status

# The fast loop: the tests not marked slow, postgres or gui (under a minute on two cores), then the same checks.
check: $(TEST_STAMP) $(QT_LIBS)
	@status=0; \
	$(PYTEST) -m "not slow and not postgres and not gui" \
	  || status=$$?; \
	$(MAKE) --no-print-directory lint-steps BIN=$(BIN) || { rc=$$?; [ $$status != 0 ] || status=$$rc; }; \
	exit $$status

# ruff check, ruff format --check and mypy (configured in pyproject.toml), all run, first failure's code out.
.PHONY: lint-steps
lint-steps:
	@status=0; \
	$(BIN)/ruff check $(LINT_PATHS) || status=$$?; \
	$(BIN)/ruff format --check $(LINT_PATHS) || { rc=$$?; [ $$status != 0 ] || status=$$rc; }; \
	$(BIN)/mypy || { rc=$$?; [ $$status != 0 ] || status=$$rc; }; \
	exit $$status

# The SQLite figures at 100,000 commitments, then the same register's 20,000-commitment archive on a throw-away
# PostgreSQL server (list load against the bare psycopg driver, status change, both exports).
bench: $(TEST_STAMP) $(QT_LIBS) $(TEST_TOOLS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --commitments 100000 --json bench-results.json \
	  --only startup cli listing editing exports imports responsive
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --commitments 20000 --json bench-postgres.json \
	  --only listing editing exports postgres load

# The same table on a 20,000-commitment archive, in under five minutes: two runs per figure, each export, import
# and their floors once (as `make bench` at 100,000).
bench-quick: $(TEST_STAMP) $(QT_LIBS) $(TEST_TOOLS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --commitments 20000 --runs 2 --quick \
	  --json bench-quick.json --only startup cli listing editing exports imports responsive

lint: $(TEST_STAMP)
	@$(MAKE) --no-print-directory lint-steps BIN=$(BIN)

clean:
	rm -rf $(VENV) build *.egg-info

# Re-extracts every tr()/translate() string of the window, and every Message("…") of the domain, services, storage,
# reports and commands (listed by `python -m desktop.domain.messages` in resources/translations/messages_extracted.py),
# into the Russian and Kazakh .ts files (translations already made are kept; strings gone from the code are dropped)
# and the plural forms into the English one, then compiles them to the .qm files the window loads. The command line
# and the reports read the same .ts files (desktop/domain/catalogue.py). Translate new strings (type="unfinished")
# with pyside6-linguist, then run this again.
MESSAGES_EXTRACTED = resources/translations/messages_extracted.py
TRANSLATION_SOURCES = $(shell find desktop/ui desktop/reports -name '*.py' | sort) $(MESSAGES_EXTRACTED)
TRANSLATION_FILES = resources/translations/kelisim_ru.ts resources/translations/kelisim_kk.ts
PLURAL_FILES = resources/translations/kelisim_en.ts

# The next schema migration, generated (no hand-written migration code): `make migration NAME=budget_line` compares
# a register migrated to the head with desktop/domain/models.py through Alembic's autogenerate and our env.py, and
# writes desktop/storage/migrations/versions/NNNN_budget_line.py formatted by ruff (tools/make_migration.py).
# KELISIM_MIGRATION_URL=postgresql://… compares against a PostgreSQL database at the head instead of a scratch SQLite file.
.PHONY: migration
migration: $(STAMP)
	@test -n "$(NAME)" || { echo "usage: make migration NAME=what_it_does"; exit 2; }
	$(BIN)/python -m tools.make_migration $(NAME)

.PHONY: translations
translations: $(STAMP)
	$(BIN)/python -m desktop.domain.messages
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations relative $(TRANSLATION_SOURCES) -ts $(TRANSLATION_FILES)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -pluralonly -locations relative $(TRANSLATION_SOURCES) -ts $(PLURAL_FILES)
	$(BIN)/pyside6-lrelease $(TRANSLATION_FILES) $(PLURAL_FILES)
