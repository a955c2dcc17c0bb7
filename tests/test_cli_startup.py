"""Commands start fast: each loads only what it uses. `gkdesk due` and `gkdesk subsidy list` run without Qt,
python-docx, openpyxl or Alembic (the database's version is read with plain SQL), and no command module imports
them at its top, so a command added later does not make every other one slower. (The times are in `make bench`.)"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gkdesk.cli import AREAS, areas_for, main

HEAVY = ("PySide6", "shiboken6", "docx", "openpyxl", "alembic", "mako", "python_calamine", "lxml")

PROBE = """
import json, sys
from gkdesk.cli import main
argv = json.loads(sys.argv[1])
if argv and argv[0] == "import":
    import importlib
    for name in argv[1:]:
        importlib.import_module(name)
    code = 0
else:
    code = main(argv)
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.argv[2])))
print(json.dumps({"code": code, "heavy": heavy}))
"""


def probe(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv), json.dumps(HEAVY)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def township(data_folder, capsys):
    assert main(["init", "--unit", "东风镇", "--villages", "东风村,红旗村"]) == 0
    capsys.readouterr()
    return data_folder


@pytest.mark.parametrize("argv", [["due"], ["due", "--json"], ["subsidy", "list"], ["subsidy", "program", "list"],
                                  ["check"], ["calendar", "status"]])
def test_everyday_commands_load_no_heavy_library(township, argv):
    assert probe(*argv) == {"code": 0, "heavy": []}


def test_no_command_module_imports_a_heavy_library_at_its_top():
    modules = ["gkdesk.cli"] + [f"gkdesk.cli.{area}" for area in AREAS]
    assert probe("import", *modules)["heavy"] == []


def test_only_the_area_of_the_command_is_loaded():
    assert areas_for(["--data-dir", "x", "due"]) == ["core"]
    assert areas_for(["subsidy", "list"]) == ["subsidy"]
    assert areas_for(["-h"]) == list(AREAS) and areas_for([]) == list(AREAS)
    assert areas_for(["duee"]) == list(AREAS)   # a typo gets the full list of commands in its error


def test_help_still_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["-h"])
    out = capsys.readouterr().out
    for commands in AREAS.values():
        for command in commands:
            assert command in out


READ_IN_A_THREAD = """
import json, sys
from gkdesk.io.import_plan import read_plan
from gkdesk.io.sheets import RECIPIENT_FIELDS
before = set(sys.modules)
for path in json.loads(sys.argv[1]):
    read_plan(path, RECIPIENT_FIELDS)
print(json.dumps(sorted(m for m in set(sys.modules) - before if not m.startswith("encodings."))))
"""


def test_reading_a_list_imports_nothing_once_its_module_is_loaded(tmp_path):
    # `gkdesk subsidy import` reads the file in a thread while the main thread imports SQLAlchemy. Two threads
    # importing at once can be handed a half-initialised module ("partially initialized module 'typing'" was seen
    # in a trial), so the read must find every module it needs already loaded by gkdesk.io.import_plan.
    from tests.test_subsidy_cli import list_file

    xlsx = list_file(tmp_path / "名单.xlsx")
    csv = tmp_path / "名单.csv"
    csv.write_text("户主姓名,身份证号,补贴金额\n张三,11010519491231002X,100\n", encoding="utf-8-sig")
    done = subprocess.run([sys.executable, "-c", READ_IN_A_THREAD, json.dumps([str(xlsx), str(csv)])],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
