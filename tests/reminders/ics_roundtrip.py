#!/usr/bin/python3
"""Reads an .ics file with the independent `icalendar` package and prints what it found as JSON.

tst_calendarexport runs this under Debian's /usr/bin/python3 (package python3-icalendar) to check
that Mapje's libical output is read the same by another parser: every date, time and word.
"""
import datetime
import json
import sys

import icalendar


def utc_text(prop):
    """A DATE-TIME as ISO 8601 in UTC; a floating or local time is reported as such, to fail."""
    if prop is None:
        return None
    value = prop.dt
    if not isinstance(value, datetime.datetime):
        return "date:" + value.isoformat()
    if value.tzinfo is None or value.utcoffset() != datetime.timedelta(0):
        return "not-utc:" + value.isoformat()
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def alarm(component):
    trigger = component.get("TRIGGER")
    return {
        "action": text(component, "ACTION"),
        "trigger_seconds": int(trigger.dt.total_seconds()) if trigger is not None else None,
        "trigger_related": trigger.params.get("RELATED", "START") if trigger is not None else None,
        "description": text(component, "DESCRIPTION"),
    }


def event(component):
    return {
        "uid": text(component, "UID"),
        "summary": text(component, "SUMMARY"),
        "location": text(component, "LOCATION"),
        "description": text(component, "DESCRIPTION"),
        "dtstamp": utc_text(component.get("DTSTAMP")),
        "dtstart": utc_text(component.get("DTSTART")),
        "dtend": utc_text(component.get("DTEND")),
        "alarms": [alarm(sub) for sub in component.subcomponents if sub.name == "VALARM"],
    }


def main():
    with open(sys.argv[1], "rb") as ics:
        calendar = icalendar.Calendar.from_ical(ics.read())
    errors = [str(error) for part in calendar.walk() for error in getattr(part, "errors", [])]
    result = {
        "name": calendar.name,
        "version": text(calendar, "VERSION"),
        "prodid": text(calendar, "PRODID"),
        "method": text(calendar, "METHOD"),
        "errors": errors,
        "events": [event(part) for part in calendar.walk("VEVENT")],
    }
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8"))


if __name__ == "__main__":
    main()
