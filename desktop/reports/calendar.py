"""The commitments' deadlines as an iCalendar file (RFC 5545) that Outlook and Thunderbird open: one all-day event
per open commitment with a deadline, with the reminder ladder (30, 7 and 1 day before) as alarms. Written with the
``icalendar`` library, not by hand, from the deadlines ``services.reporting.calendar.open_deadlines`` reads."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from desktop import __version__
from desktop.domain.catalogue import render
from desktop.domain.messages import Message
from desktop.domain.types import utc_now
from desktop.domain.words import word
from desktop.reports.files import atomic_output
from desktop.services.reporting.calendar import Deadline

LADDER = (30, 7, 1)  # days before the deadline: the alarms of every event


def deadline_calendar(deadlines: Sequence[Deadline], language: str = "en") -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//Kelisim {__version__}//Commitment deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", render(Message("Commitment deadlines"), language))
    for deadline in deadlines:
        event = Event()
        event.add("uid", f"kelisim-commitment-{deadline.id}@kelisim")
        event.add("summary", f"{deadline.ref} — {deadline.title}")
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        event.add("dtstamp", utc_now())
        lines = [render(Message("Status: {0}", word(deadline.status)), language)]
        if deadline.executor is not None:
            lines.append(render(Message("Executor: {0}", deadline.executor), language))
        if deadline.controller is not None:
            lines.append(render(Message("Controller: {0}", deadline.controller), language))
        if deadline.moves:
            lines.append(render(Message("moved ×{0}", deadline.moves), language))
        event.add("description", "\n".join(lines))
        for days in LADDER:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", render(Message("{0} is due in %n day(s)", deadline.ref, n=days), language))
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    return cal


def write_ics(deadlines: Sequence[Deadline], target: Path, language: str = "en") -> int:
    """Write the deadlines to ``target``; returns how many events it holds."""
    cal = deadline_calendar(deadlines, language)
    with atomic_output(target) as temporary:
        temporary.write_bytes(cal.to_ical())
    return len(cal.walk("VEVENT"))
