"""The house's layers, checked on the source: each layer imports only downward, Qt only in the window.

Every import counts, including those inside functions (parsed with ``ast``, nothing is imported), so a
late ``from desktop.reports import …`` inside a service is caught like one at the top of the file.
Layers, bottom up (docs/architecture.md): domain, storage, services, reports, ui, then the entry points.

The services are the one door to the register: the reports (layer 4) only lay out what a service returned, so no
module under desktop/reports opens a session, touches the engine, imports SQLAlchemy, SQLModel or the tables, or
reaches storage beyond the job runner's handle on the register.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"

# Bottom up; a module may import its own layer and the ones below it.
LAYERS: dict[str, int] = {
    "domain": 1,
    "storage": 2,
    "logs": 2,  # the log file's set-up: infrastructure beside storage
    "collector": 2,  # the garbage collector paused through start-up: infrastructure beside storage
    "services": 3,
    "reports": 4,
    "ui": 5,
    "commands": 6,
    "cli": 6,
    "app": 6,
    "__init__": 0,  # the package itself: only its version
}
# The window reaches storage through the opaque database handle only.
UI_STORAGE_ALLOWED = {"desktop.storage.database.Database"}
# Storage the window still reaches beyond the handle, each waiting for its service (opening the register at
# start-up, the log's path). The test fails when one is no longer used, so the list shrinks.
UI_STORAGE_PENDING: set[tuple[str, str]] = set()
# What the reports may not import: the database and its tables are the services' (and storage's) business.
REPORTS_FORBIDDEN = ("sqlalchemy", "sqlmodel", "sqlite3", "psycopg", "desktop.domain.models", "desktop.storage")
# The job runner opens the register in its child process and hands the handle to the services; nothing else.
REPORTS_STORAGE_ALLOWED = {
    ("desktop/reports/jobs.py", "desktop.storage.database.Database"),
    ("desktop/reports/jobs.py", "desktop.storage.database.open_database"),
}
# ``db.read()`` / ``db.write()`` (a session), ``session.begin()``: calls without arguments of these names.
SESSION_OPENERS = {"read", "write", "begin"}
# Whatever the receiver: SQL run on a session or connection, or the engine itself.
SESSION_ATTRIBUTES = {"execute", "exec", "scalar", "scalars", "engine", "connection", "exec_driver_sql"}
SESSION_NAMES = {"Session", "Engine", "Connection"}  # SQL builders (select, text) come in by import: caught there


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "desktop":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of every import in the file, at any depth; relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, module] if module else base)
            found.append((node.lineno, module, [alias.name for alias in node.names]))
    return found


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts or p.name == "env.py")


def test_every_module_has_a_layer() -> None:
    assert SOURCES
    unknown = {str(p.relative_to(ROOT)) for p in SOURCES if layer_of(module_name(p)) not in LAYERS}
    assert not unknown, f"modules outside the declared layers: {sorted(unknown)}"


@pytest.mark.slow
@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_go_downward(path: Path) -> None:
    here = layer_of(module_name(path))
    assert here is not None
    wrong = []
    for line, module, _names in imports(path):
        if module.split(".")[0] in ("PySide6", "shiboken6") and here != "ui":
            wrong.append(f"line {line}: Qt ({module}) outside desktop/ui")
        there = layer_of(module)
        if there is not None and LAYERS[there] > LAYERS[here]:
            wrong.append(f"line {line}: {here} imports {module} from the layer above ({there})")
    assert not wrong, f"{path.relative_to(ROOT)}:\n" + "\n".join(wrong)


@pytest.mark.slow
def test_the_window_reaches_storage_only_through_the_database_handle() -> None:
    seen: set[tuple[str, str]] = set()
    wrong = []
    for path in SOURCES:
        if layer_of(module_name(path)) != "ui":
            continue
        relative = str(path.relative_to(ROOT))
        for line, module, names in imports(path):
            if layer_of(module) != "storage":
                continue
            for target in [f"{module}.{name}" for name in names] or [module]:
                if target in UI_STORAGE_ALLOWED:
                    continue
                pending = next((p for p in UI_STORAGE_PENDING if p[0] == relative and target.startswith(p[1])), None)
                if pending is not None:
                    seen.add(pending)
                else:
                    wrong.append(f"{relative}:{line}: {target}")
    assert not wrong, "the window reaches storage beyond the database handle:\n" + "\n".join(wrong)
    assert seen == UI_STORAGE_PENDING, f"no longer used, strike from UI_STORAGE_PENDING: {UI_STORAGE_PENDING - seen}"


def test_the_checker_sees_function_level_imports(tmp_path: Path) -> None:
    # The check itself: an import inside a function is found like one at the top.
    source = PACKAGE / "services" / "example.py"
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from desktop.reports import excel\n    return excel\n", encoding="utf-8")
    found = imports(probe)
    assert found == [(2, "desktop.reports", ["excel"])]
    assert LAYERS[layer_of(found[0][1]) or ""] > LAYERS[layer_of(module_name(source)) or ""]


def session_uses(path: Path) -> list[str]:
    """Where a module opens a session or runs SQL itself (imports, calls and names; see ``SESSION_*``)."""
    relative = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    found = []
    for line, module, names in imports(path):
        if not module.startswith(REPORTS_FORBIDDEN) and not any(
            f"{module}.{name}".startswith(REPORTS_FORBIDDEN) for name in names
        ):
            continue
        for target in [f"{module}.{name}" for name in names] or [module]:
            if (relative, target) not in REPORTS_STORAGE_ALLOWED:
                found.append(f"line {line}: imports {target}")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in SESSION_OPENERS and not node.args and not node.keywords:
                found.append(f"line {node.lineno}: opens a session (.{node.func.attr}())")
        if isinstance(node, ast.Attribute) and node.attr in SESSION_ATTRIBUTES:
            found.append(f"line {node.lineno}: runs SQL or reaches the engine (.{node.attr})")
        if isinstance(node, ast.Name) and node.id in SESSION_NAMES:
            found.append(f"line {node.lineno}: uses {node.id}")
    return found


REPORT_SOURCES = [p for p in SOURCES if layer_of(module_name(p)) == "reports"]


@pytest.mark.parametrize("path", REPORT_SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_reports_only_lay_out_what_the_services_read(path: Path) -> None:
    wrong = session_uses(path)
    assert not wrong, f"{path.relative_to(ROOT)} reads the register itself (a service's job):\n" + "\n".join(wrong)


def test_every_allowed_storage_import_of_the_reports_is_used() -> None:
    used = set()
    for path in REPORT_SOURCES:
        relative = str(path.relative_to(ROOT))
        for _line, module, names in imports(path):
            used |= {(relative, f"{module}.{name}") for name in names}
    assert REPORTS_STORAGE_ALLOWED <= used, f"strike from REPORTS_STORAGE_ALLOWED: {REPORTS_STORAGE_ALLOWED - used}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f(db):\n    with db.read() as session:\n        return session\n", "line 2: opens a session (.read())"),
        ("def f(db):\n    with db.write():\n        pass\n", "line 2: opens a session (.write())"),
        ("def f(s, q):\n    return s.execute(q).all()\n", "line 2: runs SQL or reaches the engine (.execute)"),
        ("def f(db):\n    return db.engine\n", "line 2: runs SQL or reaches the engine (.engine)"),
        ("from sqlalchemy import select\n", "line 1: imports sqlalchemy.select"),
        ("def f():\n    from sqlmodel import Session\n", "line 2: imports sqlmodel.Session"),
        ("import sqlalchemy.orm\n", "line 1: imports sqlalchemy.orm"),
        ("from desktop.domain.models import Commitment\n", "line 1: imports desktop.domain.models.Commitment"),
        ("from desktop.domain import models\n", "line 1: imports desktop.domain.models"),
        ("from desktop.storage.database import Database\n", "line 1: imports desktop.storage.database.Database"),
    ],
)
def test_the_checker_sees_a_report_reading_the_register(tmp_path: Path, source: str, expected: str) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    assert expected in session_uses(probe)


def test_the_checker_lets_the_reports_write_files_and_tags(tmp_path: Path) -> None:
    # Writing with arguments (a tagger's structure tree, an XML element) is laying out, not a session.
    probe = tmp_path / "probe.py"
    probe.write_text("def f(tagger, doc, xf, element):\n    tagger.write(doc, 1)\n    xf.write(element)\n")
    assert session_uses(probe) == []
