# Two entry points: `make demo` (extract + evaluate the bundled examples) and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export OPENBLAS_NUM_THREADS := 1

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf out/demo && mkdir -p out/demo
	$(BIN)/communique run examples/corpus --db out/demo/communique.db
	$(BIN)/communique extract examples/corpus --out out/demo
	$(BIN)/communique evaluate --gold examples/gold.json out/demo

test: $(STAMP)
	sh scripts/ensure-postgres.sh
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache
