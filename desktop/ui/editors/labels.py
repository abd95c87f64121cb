"""Words the clerk sees for the register's stored values (enum values stay English in the database)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


# Functions, not constants: the words must follow the language installed at run time.
def commitment_status(value: str | None) -> str:
    return {
        "not_started": _t("Not started"),
        "in_progress": _t("In progress"),
        "completed": _t("Completed"),
        "on_hold": _t("On hold"),
        "cancelled": _t("Cancelled"),
    }.get(value or "", value or "—")


def agreement_status(value: str | None) -> str:
    return {
        "draft": _t("Draft"),
        "signed": _t("Signed"),
        "in_force": _t("In force"),
        "suspended": _t("Suspended"),
        "expired": _t("Expired"),
        "terminated": _t("Terminated"),
    }.get(value or "", value or "—")


def agreement_kind(value: str) -> str:
    return {
        "protocol": _t("Protocol"),
        "agreement": _t("Agreement"),
        "memorandum": _t("Memorandum"),
        "joint_statement": _t("Joint statement"),
        "roadmap": _t("Roadmap"),
        "other": _t("Other"),
    }.get(value, value)


def body_kind(value: str) -> str:
    return {
        "committee": _t("Committee"),
        "subcommittee": _t("Subcommittee"),
        "working_group": _t("Working group"),
    }.get(value, value)


def party_kind(value: str) -> str:
    return {"state": _t("State"), "organisation": _t("Organisation")}.get(value, value)


def priority(value: str) -> str:
    return {
        "low": _t("Low"),
        "normal": _t("Normal"),
        "high": _t("High"),
        "critical": _t("Critical"),
    }.get(value, value)


def day(value: date | None) -> str:
    # ISO dates: unambiguous for clerks who read Russian, Kazakh, English and Chinese documents.
    return value.isoformat() if value else "—"


def moment(value: datetime | None) -> str:
    """A stored UTC moment in the clerk's local time."""
    if value is None:
        return "—"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
