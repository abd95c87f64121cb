"""The commitments' deadlines as an iCalendar file (RFC 5545) that Outlook and Thunderbird open: one all-day event
per open commitment with a deadline, with the reminder ladder (30, 7 and 1 day before) as alarms. Written with the
``icalendar`` library, not by hand."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from desktop import __version__
from desktop.domain.catalogue import render
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message
from desktop.domain.rules import is_open
from desktop.domain.types import utc_now
from desktop.domain.words import word
from desktop.reports.files import atomic_output
from desktop.services import commitment_list, people
from desktop.services.commitment_list import Col
from desktop.storage.database import Database

LADDER = (30, 7, 1)  # days before the deadline: the alarms of every event


def deadline_calendar(db: Database, flt: CommitmentFilter | None = None, language: str = "en") -> Calendar:
    rows = [r for r in commitment_list.list_rows(db, flt) if r[Col.DUE_DATE] and is_open(r[Col.STATUS])]
    with db.read() as session:
        teams = people.names_of(session, [r[Col.ID] for r in rows])
    cal = Calendar()
    cal.add("prodid", f"-//Kelisim {__version__}//Commitment deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", render(Message("Commitment deadlines"), language))
    for row in rows:
        due = date.fromisoformat(row[Col.DUE_DATE])
        event = Event()
        event.add("uid", f"kelisim-commitment-{row[Col.ID]}@kelisim")
        event.add("summary", f"{row[Col.REF]} — {row[Col.TITLE]}")
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
        event.add("dtstamp", utc_now())
        lines = [render(Message("Status: {0}", word(row[Col.STATUS])), language)]
        team = teams.get(row[Col.ID])
        if team is not None and team.lead is not None:
            lines.append(render(Message("Executor: {0}", team.lead.label), language))
        if team is not None and team.controller is not None:
            lines.append(render(Message("Controller: {0}", team.controller.label), language))
        if row[Col.MOVES]:
            lines.append(render(Message("moved ×{0}", row[Col.MOVES]), language))
        event.add("description", "\n".join(lines))
        for days in LADDER:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", render(Message("{0} is due in %n day(s)", row[Col.REF], n=days), language))
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    return cal


def write_ics(db: Database, target: Path, flt: CommitmentFilter | None = None, language: str = "en") -> int:
    """Write the deadlines to ``target``; returns how many events it holds."""
    cal = deadline_calendar(db, flt, language)
    with atomic_output(target) as temporary:
        temporary.write_bytes(cal.to_ical())
    return len(cal.walk("VEVENT"))
