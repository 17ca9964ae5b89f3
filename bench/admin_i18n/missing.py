#!/usr/bin/env python
"""Admin strings still without Vietnamese: run after upgrading Wagtail or wagtail-localize.

    .venv/bin/python bench/admin_i18n/missing.py            # counts per catalogue
    .venv/bin/python bench/admin_i18n/missing.py --list     # and every message id

Reads the English catalogues shipped in the installed Wagtail and wagtail-localize (the list of
their message ids) and reports those that no Vietnamese catalogue of theirs, nor
site_config/admin_locale, translates. Add the ones editors meet to the override catalogues (same
msgid, msgctxt and msgid_plural; one msgstr[0], Vietnamese has no plural forms), then
`make messages`.
"""

import argparse
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "site_config" / "admin_locale" / "vi" / "LC_MESSAGES"
# Apps this project installs (settings.INSTALLED_APPS); contrib apps it does not use are left out.
PACKAGES = [
    "wagtail/admin",
    "wagtail",
    "wagtail/snippets",
    "wagtail/images",
    "wagtail/documents",
    "wagtail/users",
    "wagtail/sites",
    "wagtail/locales",
    "wagtail/embeds",
    "wagtail/search",
    "wagtail/contrib/settings",
    "wagtail/contrib/redirects",
    "wagtail_localize",
    "wagtail_localize/locales",
]


def translated(catalog):
    done = set()
    for message in catalog:
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if message.id and all(strings):
            done.add((message.context, message.id if isinstance(message.id, str) else message.id[0]))
    return done


def read(path):
    with open(path, "rb") as f:
        return read_po(f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    import wagtail

    site_packages = Path(wagtail.__file__).resolve().parent.parent
    missing_total = 0
    for domain in ("django", "djangojs"):
        # gettext merges every catalogue of a domain: a string translated anywhere is translated.
        done = translated(read(OVERRIDES / f"{domain}.po"))
        for package in PACKAGES:
            vietnamese = site_packages / package / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po"
            if vietnamese.exists():
                done |= translated(read(vietnamese))
        for package in PACKAGES:
            english = site_packages / package / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if not english.exists():
                continue
            missing = [
                m for m in read(english) if m.id and (m.context, m.id if isinstance(m.id, str) else m.id[0]) not in done
            ]
            missing_total += len(missing)
            print(f"{package} ({domain}): {len(missing)} without Vietnamese")
            if args.list:
                for message in missing:
                    print("   ", message.id if isinstance(message.id, str) else message.id[0])
    return 1 if missing_total else 0


if __name__ == "__main__":
    sys.exit(main())
