"""Words the clerk sees for the register's stored values (enum values stay English in the database).

The one place for them: lists, editors, the chart and the filter bar all call these."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication


# Functions, not constants: the words must follow the language installed at run time. Each call spells out
# QCoreApplication.translate("Labels", "...") because pyside6-lupdate only finds literal translate()/tr() calls.
def commitment_status(value: str | None) -> str:
    return {
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "on_hold": QCoreApplication.translate("Labels", "On hold"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value or "", value or "—")


def agreement_status(value: str | None) -> str:
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "signed": QCoreApplication.translate("Labels", "Signed"),
        "in_force": QCoreApplication.translate("Labels", "In force"),
        "suspended": QCoreApplication.translate("Labels", "Suspended"),
        "expired": QCoreApplication.translate("Labels", "Expired"),
        "terminated": QCoreApplication.translate("Labels", "Terminated"),
    }.get(value or "", value or "—")


def agreement_kind(value: str) -> str:
    return {
        "protocol": QCoreApplication.translate("Labels", "Protocol"),
        "agreement": QCoreApplication.translate("Labels", "Agreement"),
        "memorandum": QCoreApplication.translate("Labels", "Memorandum"),
        "joint_statement": QCoreApplication.translate("Labels", "Joint statement"),
        "roadmap": QCoreApplication.translate("Labels", "Roadmap"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(value, value)


def body_kind(value: str) -> str:
    return {
        "committee": QCoreApplication.translate("Labels", "Committee"),
        "subcommittee": QCoreApplication.translate("Labels", "Subcommittee"),
        "working_group": QCoreApplication.translate("Labels", "Working group"),
    }.get(value, value)


def party_kind(value: str) -> str:
    return {
        "state": QCoreApplication.translate("Labels", "State"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
    }.get(value, value)


def priority(value: str) -> str:
    return {
        "low": QCoreApplication.translate("Labels", "Low"),
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "high": QCoreApplication.translate("Labels", "High"),
        "critical": QCoreApplication.translate("Labels", "Critical"),
    }.get(value, value)


def kind(value: str) -> str:
    """Any kind — of agreement, body or party — for lists that show one column of kinds."""
    for words in (agreement_kind, body_kind, party_kind):
        text = words(value)
        if text != value:
            return text
    return value.replace("_", " ")


def day(value: date | None) -> str:
    """A date as the interface language writes it: 31.12.2026 in Russian and Kazakh, 31 Dec 2026 in English."""
    from desktop.ui.i18n import day as local_day

    return local_day(value)


def moment(value: datetime | None) -> str:
    """A stored UTC moment in the clerk's local time, in the interface language's date form."""
    if value is None:
        return "—"
    local = value.astimezone()
    return f"{day(local.date())} {local:%H:%M}"
