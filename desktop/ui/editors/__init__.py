"""The editor dialogs, the status changes and the commitment's page.

Each function opens its dialog window-modal and non-blocking (``open()``) and returns it.
"""

from __future__ import annotations

from desktop.ui.editors.agreement import edit_agreement
from desktop.ui.editors.agreement_status import change_agreement_status
from desktop.ui.editors.body import edit_body
from desktop.ui.editors.commitment import add_commitment_here, edit_commitment
from desktop.ui.editors.deadline import move_commitment_deadline
from desktop.ui.editors.page import show_commitment
from desktop.ui.editors.party import edit_party
from desktop.ui.editors.status import change_commitment_status

__all__ = [
    "add_commitment_here",
    "change_agreement_status",
    "change_commitment_status",
    "edit_agreement",
    "edit_body",
    "edit_commitment",
    "edit_party",
    "move_commitment_deadline",
    "show_commitment",
]
