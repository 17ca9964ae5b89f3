"""schema.org ``Event`` for a fair page (Google's event rich results: name, startDate, location
with an address; recommended: endDate, eventStatus, eventAttendanceMode, description, image,
organizer). Dates carry Vietnam's offset (+07:00), as the fair's visitors read them."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator

from site_config.site_url import absolute_url

from ..models import AttendanceMode, EventStatus

SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}
SCHEMA_MODE = {
    AttendanceMode.OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
}


def _place(fair):
    address = {"@type": "PostalAddress", "addressCountry": "VN"}
    if fair.address:
        address["streetAddress"] = fair.address
    else:
        address["name"] = fair.venue
    return {"@type": "Place", "name": fair.venue, "address": address}


def event_ld(fair, request=None):
    local = ZoneInfo(settings.TIME_ZONE)
    url = absolute_url(fair.get_url(request))
    description = fair.meta_description() or Truncator(strip_tags(fair.body)).words(60)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": fair.title,
        "url": url,
        "startDate": fair.start.astimezone(local).isoformat(),
        "endDate": fair.end.astimezone(local).isoformat(),
        "eventStatus": SCHEMA_STATUS.get(fair.event_status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
        "eventAttendanceMode": SCHEMA_MODE.get(fair.attendance_mode, SCHEMA_MODE[AttendanceMode.OFFLINE]),
        "organizer": {"@type": "Organization", "name": fair.organiser},
        "inLanguage": fair.locale.language_code,
    }
    if fair.organiser_url:
        data["organizer"]["url"] = fair.organiser_url
    if description:
        data["description"] = description
    place = _place(fair)
    if fair.attendance_mode == AttendanceMode.ONLINE:
        data["location"] = {"@type": "VirtualLocation", "url": fair.online_url or url}
    elif fair.attendance_mode == AttendanceMode.MIXED and fair.online_url:
        data["location"] = [place, {"@type": "VirtualLocation", "url": fair.online_url}]
    else:
        data["location"] = place
    image = fair.sharing_image()
    if image is not None:
        data["image"] = [absolute_url(image.get_rendition("fill-1200x630").url)]
    return data
