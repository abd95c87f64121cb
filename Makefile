# Kelisim — `make run` opens the app, `make test` runs the whole suite. Both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
SYSTEM_TOOLS := $(VENV)/.system-tools

.PHONY: run test bench lint setup clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP) $@

# poppler-utils (pdftotext, pdffonts, pdftoppm) checks the PDF reports; postgresql gives the tests a
# throw-away server for the shared-office set-up; the xcb libraries let Qt open a real window.
# Installed only when missing and when we may (root with apt-get).
$(SYSTEM_TOOLS):
	@if ! command -v pdffonts >/dev/null 2>&1 || ! ldconfig -p 2>/dev/null | grep -q libxkbcommon.so \
	    || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils postgresql \
	      libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 >/dev/null) \
	    || echo "warning: could not install system packages (poppler-utils, postgresql, Qt's xcb libraries)"; \
	  else echo "note: install poppler-utils, postgresql and Qt's xcb libraries with your package manager"; fi; \
	fi
	@mkdir -p $(VENV) && touch $@

setup: $(STAMP)

run: $(STAMP) $(SYSTEM_TOOLS)
	$(BIN)/python main.py

test: $(TEST_STAMP) $(SYSTEM_TOOLS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/ruff check desktop tests main.py

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --commitments 100000 --json bench-results.json

lint: $(TEST_STAMP)
	$(BIN)/ruff check desktop tests main.py

clean:
	rm -rf $(VENV) build *.egg-info

# Re-extracts every tr()/translate() string of the window into the Russian and Kazakh .ts files (translations
# already made are kept; strings gone from the code are dropped) and compiles them to the .qm files the app loads.
# Translate new strings (type="unfinished") with pyside6-linguist, then run this again.
TRANSLATION_SOURCES = $(shell find desktop/ui desktop/reports -name '*.py' | sort)
TRANSLATION_FILES = resources/translations/kelisim_ru.ts resources/translations/kelisim_kk.ts

.PHONY: translations
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations relative $(TRANSLATION_SOURCES) -ts $(TRANSLATION_FILES)
	$(BIN)/pyside6-lrelease $(TRANSLATION_FILES)
