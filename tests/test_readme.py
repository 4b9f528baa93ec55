"""The README describes the code as it is: every module in its module map, every option in its command table."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(command, path=()):
    """(words after `kg`, options) of every command, subcommands included."""
    for name, sub in getattr(command, "commands", {}).items():
        if getattr(sub, "commands", None):
            yield from _commands(sub, (*path, name))
        else:
            yield " ".join((*path, name)), {o for p in sub.params if p.param_type_name == "option" for o in (*p.opts, *p.secondary_opts)}


def test_readme_module_map_names_every_module():
    section = README[README.index("| stage | module | job |") : README.index("### Data model")]
    missing = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "kg").rglob("*.py"))
        if path.name != "__init__.py" and str(path.relative_to(ROOT)) not in section and f"`{path.name}`" not in section
    ]
    assert missing == []


def test_readme_command_table_has_every_command_and_option_and_no_other():
    table = README[README.index("| command | what it does |") : README.index("`--model` takes")]
    for name, options in _commands(get_command(app)):
        rows = [line for line in table.splitlines() if re.match(rf"\| `kg {name}[ `]", line)]
        assert rows, f"kg {name} has no row"
        usage = " ".join(row.split("` |")[0] for row in rows)  # the usage cell of each row
        written = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", usage))
        assert sorted(o for o in options - written - {"--help"} if o.startswith("--")) == [], f"kg {name}: options missing from the table"
        assert sorted(written - options) == [], f"kg {name}: the table shows options kg does not have"


def test_readme_user_gazetteer_example_loads_as_written(tmp_path):
    """The README's user gazetteer file, copied as it stands, is a valid ``--gazetteer`` file whose row is found by
    its label and aliases."""
    from kg.nlp.gazetteer import load_gazetteer

    start = README.index("A user file with one armed group")
    opening = README.index("```\n", start) + 4
    block = README[opening : README.index("\n```", opening)]
    path = tmp_path / "my-actors.tsv"
    path.write_text(block + "\n", encoding="utf-8")
    gazetteer = load_gazetteer(user_files=(str(path),))
    for surface in ("Zarnic Liberation Front", "ZLF", "Zarnic Front"):
        entry = gazetteer.lookup(surface)
        assert entry is not None and (entry.id, entry.kind) == ("zlf", "armed_group"), surface
    assert gazetteer.lookup("Zarnic Liberation Army") is None


def test_readme_module_map_names_no_module_that_is_not_there():
    """The other way round: a newcomer who follows the map to a module finds it (a stale ``compare.py`` in the report
    row sent readers to a file that did not exist)."""
    section = README[README.index("| stage | module | job |") : README.index("### Data model")]
    modules = {path.name for path in (ROOT / "kg").rglob("*.py")}
    paths = {str(path.relative_to(ROOT)) for path in (ROOT / "kg").rglob("*")}
    named = set(re.findall(r"`([\w/]+\.py)`", section))
    missing = sorted(name for name in named if name not in modules and name not in paths)
    assert not missing, f"the README's module map names modules kg does not have: {missing}"
