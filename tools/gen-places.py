#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/directory/places.json from the Normandy hub's input file for the
national map of digital-inclusion places (../shared/data/mediation-numerique-
normandie-2023.json, ANCT / Hub NUMI, Licence Ouverte 2.0, April 2023).

Nothing is invented: values are only trimmed, empty ones left out. Services
lose the "numerique--" prefix (and the bare "numerique" every place has);
"date_maj" (dd/mm/yyyy) becomes an ISO date; "ferme_depuis" (milliseconds
since 1970, UTC) becomes the ISO date the place closed. Every place is kept,
closed ones too: the reader flags them and the list does not show them.

One place per line, so that a newer file shows as a readable diff.

usage: tools/gen-places.py INPUT.json > data/directory/places.json
"""
import datetime
import json
import re
import sys

SOURCE = {
    "name": "Lieux de médiation numérique en Normandie",
    "publisher": "Hub NUMI Normandie / ANCT",
    "url": "https://cartographie.societenumerique.gouv.fr",
    "licence": "Licence Ouverte 2.0",
    "as_of": "2023-04",
}


def text(value):
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def split(value):
    value = text(value)
    return [v.strip() for v in value.split(";") if v.strip()] if value else []


def iso_date(value, where):
    day, month, year = (int(v) for v in value.split("/"))
    return datetime.date(year, month, day).isoformat()


def convert(row):
    place = {}

    def put(key, value):
        if value is not None and value != []:
            place[key] = value

    put("id", text(row["id"]))
    put("name", text(row["nom"]))
    put("address", text(row["adresse"]))
    put("address_extra", text(row.get("complement_adresse")))
    put("postcode", text(row["code_postal"]))
    put("commune", text(row["commune"]))
    put("insee", text(row.get("code_insee")))
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is not None and lon is not None:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            sys.exit(f"{row['id']}: coordinates out of range")
        place["latitude"] = float(lat)
        place["longitude"] = float(lon)
    put("phone", text(row.get("telephone")))
    put("email", text(row.get("courriel")))
    put("website", text(row.get("site_web")))
    put("hours", text(row.get("horaires_ouverture")))
    services = [s[len("numerique--"):] for s in split(row.get("services"))
                if s.startswith("numerique--")]
    place["services"] = services
    put("publics", split(row.get("publics_accueillis")))
    put("fees", split(row.get("conditions_acces")))
    put("support", split(row.get("modalites_accompagnement")))
    put("programme", text(row.get("source")))
    place["updated"] = iso_date(row["date_maj"], row["id"])
    if row.get("ferme_depuis") is not None:
        closed = datetime.datetime.fromtimestamp(row["ferme_depuis"] / 1000, datetime.timezone.utc)
        place["closed_since"] = closed.date().isoformat()

    for key in ("id", "name", "address", "postcode", "commune"):
        if key not in place:
            sys.exit(f"{row.get('id')}: no {key}")
    if not re.fullmatch(r"\d{5}", place["postcode"]):
        sys.exit(f"{row['id']}: postcode {place['postcode']!r}")
    return place


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = json.load(f)
    places = [convert(row) for row in rows]
    ids = [p["id"] for p in places]
    if len(set(ids)) != len(ids):
        sys.exit("an id is used twice")

    out = sys.stdout
    out.write('{\n  "format": "fr.artifaille.Relais.Directory",\n  "version": 1,\n  "part": "places",\n')
    out.write('  "source": ' + json.dumps(SOURCE, ensure_ascii=False) + ',\n')
    out.write('  "places": [\n')
    out.write(",\n".join("    " + json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in places))
    out.write("\n  ]\n}\n")


if __name__ == "__main__":
    main()
