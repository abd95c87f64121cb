"""What the jobs' fork server imports once (``ui/process_jobs.py``), so each export or import job it forks
starts at once instead of loading SQLAlchemy and the tables, openpyxl, reportlab and the bundled fonts itself
(a second or two of every job, measured on two cores).

Importing this module has one side effect, on purpose: the fonts are parsed and registered with reportlab.
"""

from __future__ import annotations

from desktop.reports import excel, jobs, pdf, pdf_briefing, pdf_fonts  # noqa: F401  loaded for the jobs
from desktop.services.importing import apply, mapping, workbook  # noqa: F401  loaded for the import jobs

pdf_fonts.register()
