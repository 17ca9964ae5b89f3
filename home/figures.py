"""The programme figures as the public page shows them: labelled tables in the reader's language,
a bar chart of each drawn on the server (SVG, no script), and CSV files of the same tables.

The counting is catalogue.figures' (one place); this module only labels and lays it out.
"""

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalogue.figures import REPORT_2020_FIGURES, group_names, locality_names
from catalogue.models import ProducerType


@dataclass(frozen=True)
class FigureTable:
    """One table of the page: ``rows`` are (label, value); ``columns`` heads them."""

    key: str  # in the CSV address: csv/<key>/
    caption: str
    columns: tuple
    rows: list
    note: str = ""

    @property
    def chart(self):
        return bar_chart(self.rows, self.caption, self.key)


def stars_label(stars):
    return ngettext("%(stars)s star", "%(stars)s stars", stars) % {"stars": stars}


def figure_tables(figures, locale):
    """The page's tables, labelled in ``locale`` (the active language must be the same)."""
    groups = group_names(locale)
    localities = locality_names(locale)
    count = _("Products")
    return [
        FigureTable(
            "key-figures",
            _("Key figures"),
            (_("Figure"), _("Number")),
            [
                (_("Products in the programme"), figures.products),
                (_("Producers"), figures.producers),
                (_("Products with a current star rating"), figures.rated),
                (_("Certificates expiring in the next 6 months"), figures.expiring_6_months),
                (_("Products sold online in this shop"), figures.sold_online),
                (_("Localities with products"), figures.localities_covered),
            ],
        ),
        FigureTable(
            "by-group",
            _("Products by product group"),
            (_("Product group"), count),
            [(groups.get(slug, slug), n) for slug, n in figures.by_group.items()],
        ),
        FigureTable(
            "by-stars",
            _("Products by star rating (current certificates)"),
            (_("Rating"), count),
            [(stars_label(stars), figures.by_stars[stars]) for stars in sorted(figures.by_stars, reverse=True)],
        ),
        FigureTable(
            "by-locality",
            _("Products by locality"),
            (_("Locality"), count),
            [(localities.get(slug, slug), n) for slug, n in figures.by_locality.items()],
        ),
        FigureTable(
            "by-producer-type",
            _("Producers by type"),
            (_("Type of producer"), _("Producers")),
            [(str(ProducerType(value).label), n) for value, n in figures.by_producer_type.items()],
        ),
        FigureTable(
            "by-certification-year",
            _("Rated products by year of certification"),
            (_("Year the current certificate was issued"), count),
            [(str(year), n) for year, n in figures.by_certification_year.items()],
        ),
    ]


def comparison_table(figures, locale):
    """The report's figures (2017–2020) next to the live ones: (label, report, live) rows."""
    report = REPORT_2020_FIGURES
    groups = group_names(locale)
    rows = [(_("Products in the programme"), report["products"], figures.products)]
    rows += [(groups.get(slug, slug), n, figures.by_group.get(slug, 0)) for slug, n in report["by_group"].items()]
    rows.append((_("Products with a current star rating"), report["rated"], figures.rated))
    rows += [(stars_label(s), n, figures.by_stars.get(s, 0)) for s, n in report["by_stars"].items()]
    rows.append((_("Producers"), report["producers"], figures.producers))
    rows += [
        (str(ProducerType(value).label), n, figures.by_producer_type.get(value, 0))
        for value, n in report["by_producer_type"].items()
        if n
    ]
    rows.append((_("Localities with products"), report["localities_covered"], figures.localities_covered))
    rows.append((_("Products sold online"), report["sold_online"], figures.sold_online))
    return FigureTable(
        "report-2020",
        _("The 2017–2020 report and the catalogue today"),
        (_("Figure"), _("Report 2017–2020"), _("Live catalogue")),
        rows,
        note=_(
            "Report: Quảng Ninh Provincial People's Committee, 2020, results of four years of the OCOP "
            "programme 2017–2020. Sold online: the report counts 128 products on the provincial trade portals."
        ),
    )


def table_csv(table):
    """The table as CSV text with a UTF-8 byte order mark (spreadsheets then read the marks)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return out.getvalue()


# Chart geometry (SVG user units). The drawing is about a phone's width, so that its 13-unit text
# stays readable at 390 px; each label sits above its bar, so long names never squeeze the bars.
WIDTH = 360
VALUE_WIDTH = 48
ROW_HEIGHT = 44
BAR_HEIGHT = 16


def bar_chart(rows, title, key):
    """Horizontal bars, one per (label, value) row: what the template draws as inline SVG."""
    values = [row[-1] for row in rows]
    largest = max(values, default=0) or 1
    span = WIDTH - VALUE_WIDTH
    bars = []
    for index, row in enumerate(rows):
        label, value = row[0], row[-1]
        width = round(span * value / largest, 1)
        y = index * ROW_HEIGHT
        bars.append(
            {
                "label": label,
                "value": value,
                "text_y": y + 15,
                "bar_y": y + 21,
                "value_y": y + 34,
                "width": width,
                "value_x": width + 6,
            }
        )
    description = "; ".join(f"{bar['label']}: {bar['value']}" for bar in bars)
    return {
        "id": f"chart-{key}",
        "title": title,
        "description": description,
        "bars": bars,
        "width": WIDTH,
        "height": max(len(bars), 1) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
    }
