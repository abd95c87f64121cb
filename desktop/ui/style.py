"""Colours and labels shared by the window and the reports.

The colour tables are plain hex strings with no Qt import, so the Excel and PDF writers can
use the same fills as the window. Labels are translated, so they import Qt lazily.
"""

from __future__ import annotations

from desktop.domain.palette import AGREEMENT_STATUS_MARK_COLOURS, STATUS_MARK_COLOURS

# One palette for the window and the reports (desktop/domain/palette.py): the window marks a
# status with the strong colour, the workbook and the PDF fill cells with its light tint.
STATUS_COLOURS: dict[str, str] = STATUS_MARK_COLOURS
AGREEMENT_STATUS_COLOURS: dict[str, str] = AGREEMENT_STATUS_MARK_COLOURS

OVERDUE_COLOUR = "#c62828"  # text of an overdue row
OVERDUE_BACKGROUND = "#fdecea"  # light red tint behind an overdue row
DUE_SOON_COLOUR = "#ef8f00"
MUTED_COLOUR = "#607d8b"  # secondary text: counts, hints
ACCENT_COLOUR = "#1565c0"
SIDEBAR_BACKGROUND = "#263238"
SIDEBAR_TEXT = "#eceff1"
SIDEBAR_SELECTED = "#1565c0"

# Order in which statuses appear in charts and legends: the life of a commitment.
STATUS_ORDER: tuple[str, ...] = ("not_started", "in_progress", "on_hold", "completed", "cancelled")


def status_label(value: str) -> str:
    """The translated name of a commitment status."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "not_started": QCoreApplication.translate("Status", "Not started"),
        "in_progress": QCoreApplication.translate("Status", "In progress"),
        "completed": QCoreApplication.translate("Status", "Completed"),
        "on_hold": QCoreApplication.translate("Status", "On hold"),
        "cancelled": QCoreApplication.translate("Status", "Cancelled"),
    }
    return labels.get(value, value.replace("_", " "))


def agreement_status_label(value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "draft": QCoreApplication.translate("AgreementStatus", "Draft"),
        "signed": QCoreApplication.translate("AgreementStatus", "Signed"),
        "in_force": QCoreApplication.translate("AgreementStatus", "In force"),
        "suspended": QCoreApplication.translate("AgreementStatus", "Suspended"),
        "expired": QCoreApplication.translate("AgreementStatus", "Expired"),
        "terminated": QCoreApplication.translate("AgreementStatus", "Terminated"),
    }
    return labels.get(value, value.replace("_", " "))


def kind_label(value: str) -> str:
    """Kinds of agreements, bodies and parties, translated."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "protocol": QCoreApplication.translate("Kind", "Protocol"),
        "agreement": QCoreApplication.translate("Kind", "Agreement"),
        "memorandum": QCoreApplication.translate("Kind", "Memorandum"),
        "joint_statement": QCoreApplication.translate("Kind", "Joint statement"),
        "roadmap": QCoreApplication.translate("Kind", "Roadmap"),
        "other": QCoreApplication.translate("Kind", "Other"),
        "committee": QCoreApplication.translate("Kind", "Committee"),
        "subcommittee": QCoreApplication.translate("Kind", "Subcommittee"),
        "working_group": QCoreApplication.translate("Kind", "Working group"),
        "state": QCoreApplication.translate("Kind", "State"),
        "organisation": QCoreApplication.translate("Kind", "Organisation"),
    }
    return labels.get(value, value.replace("_", " "))


def priority_label(value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "low": QCoreApplication.translate("Priority", "Low"),
        "normal": QCoreApplication.translate("Priority", "Normal"),
        "high": QCoreApplication.translate("Priority", "High"),
        "critical": QCoreApplication.translate("Priority", "Critical"),
    }
    return labels.get(value, value)


PRIORITY_RANK: dict[str, int] = {"low": 0, "normal": 1, "high": 2, "critical": 3}
