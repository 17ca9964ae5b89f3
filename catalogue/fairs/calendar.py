"""A fair as a calendar file (iCalendar, RFC 5545), made with the ``icalendar`` library.

Times are written in Vietnam time with the matching VTIMEZONE, so a calendar shows 08:00 in
Quảng Ninh as the reader's own local hour. The UID is the fair's translation key: every language's
file describes the same event, and a calendar that imports it twice updates it instead of
adding a second one.
"""

from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from site_config.site_url import absolute_url

from ..models import EventStatus

ICS_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def fair_calendar(fair) -> bytes:
    """The fair as one VEVENT in a VCALENDAR, encoded as UTF-8 with CRLF line ends."""
    local = ZoneInfo(settings.TIME_ZONE)
    url = absolute_url(fair.get_url())
    calendar = Calendar()
    calendar.add("prodid", "-//OCOP Quang Ninh//Fairs//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"fair-{fair.translation_key}@{urlsplit(url).hostname or 'ocop'}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", fair.start.astimezone(local))
    event.add("dtend", fair.end.astimezone(local))
    event.add("summary", fair.title)
    event.add("location", ", ".join(part for part in (fair.venue, fair.address) if part))
    description = fair.intro or strip_tags(fair.body).strip()
    event.add("description", "\n\n".join(part for part in (description, fair.organiser, url) if part))
    event.add("url", url)
    event.add("status", ICS_STATUS.get(fair.event_status, "CONFIRMED"))
    event.add("last-modified", fair.last_published_at or fair.latest_revision_created_at or timezone.now())
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
