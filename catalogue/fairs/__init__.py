"""Fairs: which fair runs now (Vietnam time), the "at the fair" badge, the calendar file and the
schema.org Event markup. The page types are in ``catalogue.models.fairs``."""
