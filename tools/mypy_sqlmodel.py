"""mypy plugin: a table column read from the class is a SQL expression, not a value.

SQLModel declares ``Party.name: str`` so that ``party.name`` is a ``str``; at run time ``Party.name`` (read from
the class) is SQLAlchemy's ``InstrumentedAttribute[str]``, the thing ``select()``, ``where()`` and ``order_by()``
take. Without this plugin mypy sees a ``str`` there and rejects every query. The plugin tells mypy what SQLAlchemy
does at run time, for the fields of the table classes (those naming a ``__tablename__``) of ``desktop.domain.models``;
instance reads keep the plain type.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import MypyFile, NameExpr, TypeInfo, Var
from mypy.plugin import AttributeContext, ClassDefContext, Plugin
from mypy.plugins.common import add_attribute_to_class
from mypy.types import CallableType, Instance, Type, TypeType, get_proper_type

_ATTRIBUTE = "sqlalchemy.orm.attributes.InstrumentedAttribute"
_TABLE = "sqlalchemy.sql.schema.Table"
# Our tables derive from SQLModel through models.RegisterTable (its config defers pydantic's validators).
_TABLE_BASES = ("sqlmodel.main.SQLModel", "desktop.domain.models.RegisterTable")


def _is_table(info: TypeInfo) -> bool:
    # ``table=True`` is not kept in mypy's cache; the ``__tablename__`` every table of ours declares is.
    return any("__tablename__" in base.names and base.fullname not in _TABLE_BASES for base in info.mro)


def _class_of(ctx: AttributeContext) -> TypeInfo | None:
    owner = get_proper_type(ctx.type)
    if isinstance(owner, CallableType) and owner.is_type_obj():
        return owner.type_object()
    if isinstance(owner, TypeType) and isinstance(owner.item, Instance):
        return owner.item.type
    return None


def _column(ctx: AttributeContext, attribute: TypeInfo) -> Type:
    info = _class_of(ctx)
    if info is None or ctx.is_lvalue or not _is_table(info):
        return ctx.default_attr_type
    name = getattr(ctx.context, "name", None)
    symbol = info.get(name) if isinstance(name, str) else None
    node = symbol.node if symbol is not None else None
    if not isinstance(node, Var) or node.is_classvar or not isinstance(name, str) or name.startswith("_"):
        return ctx.default_attr_type
    return Instance(attribute, [ctx.default_attr_type])


def _declare_table(ctx: ClassDefContext) -> None:
    """``table=True`` classes get the ``__table__`` SQLAlchemy gives them (the importer inserts into it)."""
    table = ctx.cls.keywords.get("table")
    if not (isinstance(table, NameExpr) and table.fullname == "builtins.True"):
        return
    typ = ctx.api.named_type_or_none(_TABLE)
    if typ is None:
        if not ctx.api.final_iteration:
            ctx.api.defer()
        return
    add_attribute_to_class(ctx.api, ctx.cls, "__table__", typ, is_classvar=True)


class SQLModelColumns(Plugin):
    def get_base_class_hook(self, fullname: str) -> Callable[[ClassDefContext], None] | None:
        return _declare_table if fullname in _TABLE_BASES else None

    def get_additional_deps(self, file: MypyFile) -> list[tuple[int, str, int]]:
        # The attribute type must be loaded wherever a column is read from a class.
        return [(10, _ATTRIBUTE.rsplit(".", 1)[0], -1), (10, _TABLE.rsplit(".", 1)[0], -1)]

    def get_class_attribute_hook(self, fullname: str) -> Callable[[AttributeContext], Type] | None:
        if not fullname.startswith("desktop.domain.models."):
            return None
        found = self.lookup_fully_qualified(_ATTRIBUTE)

        if found is None or not isinstance(found.node, TypeInfo):
            return None
        attribute = found.node
        return lambda ctx: _column(ctx, attribute)


def plugin(version: str) -> type[Plugin]:
    return SQLModelColumns
