# Each target creates .venv when it is missing and installs the project into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench bundle lint forms font clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/gkdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The offline one-folder program in dist/gkdesk (PORTABLE=1: with a gkdesk-data folder beside it), then its smoke
# check run with a bare environment, as on a PC with no Python: start, import a list, write the notice.
bundle: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[bundle]"
	GKDESK_PORTABLE=$(PORTABLE) $(BIN)/python -m PyInstaller packaging/gkdesk.spec --noconfirm --clean \
		--distpath dist --workpath build/pyinstaller --log-level WARN
	env -i HOME="$$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen dist/gkdesk/gkdesk --smoke

# resources/fonts/GkdeskSerifSC-Regular.ttf again from Debian's fonts-noto-cjk (see packaging/make_font.py)
font: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[font]"
	$(BIN)/python packaging/make_font.py

forms: $(STAMP)
	$(BIN)/python -m gkdesk.gui.compile_forms

lint: $(STAMP)
	$(BIN)/python -m pip install -q ruff
	$(BIN)/ruff check gkdesk tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info
