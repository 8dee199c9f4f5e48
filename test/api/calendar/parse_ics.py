"""Reads an iCalendar text on stdin with Python's icalendar and prints what it understood, as JSON.

The shape is the one test/api/calendar/ical-parsers.ts gives for Mozilla's ical.js, so that the tests can compare
the two readings. Exit code 3 when the icalendar package is not installed.
"""
import json
import sys
from datetime import datetime, timezone

try:
    import icalendar
except ModuleNotFoundError:
    sys.stderr.write("icalendar-missing\n")
    sys.exit(3)


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def when(component, name):
    if component.get(name) is None:
        return None
    value = component.decoded(name)
    if not isinstance(value, datetime):
        return {"date": value.isoformat()}
    return {
        "utc": value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "local": value.strftime("%Y-%m-%dT%H:%M:%S"),
        "tzid": component[name].params.get("TZID"),
        "offset": int(value.utcoffset().total_seconds()),
    }


def alarm(component):
    return {
        "action": text(component, "ACTION"),
        "secondsBefore": int(-component.decoded("TRIGGER").total_seconds()),
        "description": text(component, "DESCRIPTION"),
    }


calendar = icalendar.Calendar.from_ical(sys.stdin.read())
refresh = calendar.get("REFRESH-INTERVAL")
result = {
    "calendar": {
        "name": text(calendar, "X-WR-CALNAME"),
        "timezone": text(calendar, "X-WR-TIMEZONE"),
        "method": text(calendar, "METHOD"),
        "refreshSeconds": None if refresh is None else int(calendar.decoded("REFRESH-INTERVAL").total_seconds()),
        "publishedTtl": text(calendar, "X-PUBLISHED-TTL"),
    },
    "timezones": [
        {
            "tzid": text(zone, "TZID"),
            "offsets": [
                int(zone.to_tz().utcoffset(datetime(year, month, 15, 12)).total_seconds())
                for year in (2015, 2026, 2040)
                for month in (1, 7)
            ],
        }
        for zone in calendar.walk("VTIMEZONE")
    ],
    "events": [
        {
            "uid": text(event, "UID"),
            "summary": text(event, "SUMMARY"),
            "description": text(event, "DESCRIPTION"),
            "location": text(event, "LOCATION"),
            "start": when(event, "DTSTART"),
            "end": when(event, "DTEND"),
            "alarms": [alarm(component) for component in event.walk("VALARM")],
        }
        for event in calendar.walk("VEVENT")
    ],
    "errors": [str(error) for component in calendar.walk() for error in component.errors],
}
json.dump(result, sys.stdout, ensure_ascii=False)
