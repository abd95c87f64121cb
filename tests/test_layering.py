"""The house's layers, checked on the source: each layer imports only downward, Qt only in the window.

Every import counts, including those inside functions (parsed with ``ast``, nothing is imported), so a
late ``from desktop.reports import …`` inside a service is caught like one at the top of the file.
Layers, bottom up (docs/architecture.md): domain, storage, services, reports, ui, then the entry points.
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
