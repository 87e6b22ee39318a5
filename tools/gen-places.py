#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/directory/places.json from the Normandy hub's input file for the
national map of digital-inclusion places (../shared/data/mediation-numerique-
normandie-2023.json, ANCT / Hub NUMI, Licence Ouverte 2.0, April 2023).

Nothing is invented: values are only trimmed, empty ones left out. Services
lose the "numerique--" prefix (and the bare "numerique" every place has);
"date_maj" (dd/mm/yyyy) becomes an ISO date, each place keeping its own;
"ferme_depuis" (milliseconds since 1970, UTC) becomes the ISO date the place
closed. Closed places are kept: the reader flags them and the list does not
show them.

Labels: every national label of "labels_nationaux" is kept as published
(the 2023 file writes "france-service" for France Services); "source",
who collected the entry, is kept apart as "collected_by".

Coordinates are dropped, and the place is then found by its commune, when
they cannot be right:
- outside the bounding box of the place's own département (IGN contours,
  src/core/directory/relais-departements-bounds.h), 0,0 among them;
- more than COMMUNE_KM from the median of the other places of its commune
  (when it has at least two others), or, alone in its commune, more than
  EPCI_KM from the median of the other places of its EPCI (at least three).
The département comes from the INSEE code, else from the commune found by
name among those of the postcode (data/directory/communes.tsv), else from
the postcode.

Duplicates (same name, address and postcode, written in any case) are
merged into the first: the union of services, publics, fees, support modes
and labels; the newest update date; the other values of the newest entry,
or of an older one where the newest has none.

One place per line, so that a newer file shows as a readable diff. What was
dropped and merged is said on standard error.

usage: tools/gen-places.py INPUT.json > data/directory/places.json
"""
import datetime
import json
import math
import os
import re
import statistics
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BOUNDS = os.path.join(ROOT, "src", "core", "directory", "relais-departements-bounds.h")
COMMUNES = os.path.join(ROOT, "data", "directory", "communes.tsv")
# The simplified contours can cut a cape by a few hundred metres.
BOUNDS_MARGIN = 0.02
# A commune of Normandy, even a commune nouvelle, is under 20 km across; the
# places of one commune in the file are at most 12 km from their median
# (Saint-Pierre-en-Auge), the next are 40 km away (a place of Évreux in the
# Lieuvin, one of Pont-Audemer in Rouen). EPCIs are wider: 34 km at most.
COMMUNE_KM = 15
EPCI_KM = 50
# The 2023 file's spelling of a national label, to the standard's slug.
LABELS = {
    "conseiller-numerique": "conseiller-numerique",
    "france-service": "france-services",
    "france-services": "france-services",
    "aidants-connect": "aidants-connect",
}

SOURCE = {
    "name": "Lieux de médiation numérique en Normandie",
    "publisher": "Hub NUMI Normandie / ANCT",
    "url": "https://cartographie.societenumerique.gouv.fr",
    "licence": "Licence Ouverte 2.0",
    # The month the source file was published (shared/data/README.md), never
    # the day this runs: each place keeps its own date_maj as "updated".
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


def read_bounds(path):
    pattern = re.compile(r'\{ "(\w+)", ([-\d.]+), ([-\d.]+), ([-\d.]+), ([-\d.]+) \}')
    with open(path, encoding="utf-8") as f:
        return {m.group(1): tuple(float(m.group(i)) for i in range(2, 6)) for m in pattern.finditer(f.read())}


def in_bounds(bounds, departement, latitude, longitude):
    box = bounds.get(departement)
    if box is None:
        return False
    south, west, north, east = box
    return (south - BOUNDS_MARGIN <= latitude <= north + BOUNDS_MARGIN and
            west - BOUNDS_MARGIN <= longitude <= east + BOUNDS_MARGIN)


def normalise(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", ascii_name).split()
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in words)


class Communes:
    """data/directory/communes.tsv, resolved as src/core/directory/relais-communes.c does."""

    def __init__(self, path):
        self.by_code, self.by_postcode = {}, {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                code, name, departement, postcodes, epci, _ = line.rstrip("\n").split("\t")
                commune = {"code": code, "name": normalise(name), "departement": departement, "epci": epci}
                self.by_code[code] = commune
                for postcode in filter(None, postcodes.split(",")):
                    self.by_postcode.setdefault(postcode, []).append(commune)

    def resolve(self, insee, name, postcode):
        if insee in self.by_code:
            return self.by_code[insee]
        same = self.by_postcode.get(postcode, [])
        wanted = normalise(name)
        exact = [c for c in same if c["name"] == wanted]
        if exact:
            return exact[0]
        merged = [c for c in same if c["name"].startswith(wanted + " ")]
        if len(merged) == 1:
            return merged[0]
        return same[0] if len(same) == 1 else None


def distance_km(a, b):
    phi_a, phi_b = math.radians(a[0]), math.radians(b[0])
    h = (math.sin((phi_b - phi_a) / 2) ** 2 +
         math.cos(phi_a) * math.cos(phi_b) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2)
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def median_point(places):
    return (statistics.median(p["latitude"] for p in places), statistics.median(p["longitude"] for p in places))


def drop_implausible(places, communes, bounds):
    """Drops the coordinates that cannot be right; returns what was dropped and why."""
    dropped = []
    where = {}
    for p in places:
        commune = communes.resolve(p.get("insee"), p["commune"], p["postcode"])
        where[p["id"]] = (
            commune["code"] if commune else (p["postcode"], normalise(p["commune"])),
            commune["epci"] if commune and commune["epci"] else None,
            commune["departement"] if commune else p["postcode"][:2],
        )

    def drop(p, why):
        dropped.append((p["id"], p["name"], p["commune"], p["latitude"], p["longitude"], why))
        del p["latitude"], p["longitude"]

    for p in places:
        if "latitude" in p and not in_bounds(bounds, where[p["id"]][2], p["latitude"], p["longitude"]):
            drop(p, f"outside département {where[p['id']][2]}")

    located = [p for p in places if "latitude" in p]
    far = []
    for p in located:
        commune, epci, _ = where[p["id"]]
        same = [o for o in located if o is not p and where[o["id"]][0] == commune]
        if len(same) >= 2:
            km = distance_km((p["latitude"], p["longitude"]), median_point(same))
            if km > COMMUNE_KM:
                far.append((p, f"{km:.0f} km from the other places of its commune"))
        elif not same and epci is not None:
            around = [o for o in located if o is not p and where[o["id"]][1] == epci]
            if len(around) >= 3:
                km = distance_km((p["latitude"], p["longitude"]), median_point(around))
                if km > EPCI_KM:
                    far.append((p, f"{km:.0f} km from the other places of its EPCI"))
    # Judged against the others as they were, then dropped together.
    for p, why in far:
        drop(p, why)
    return dropped


def duplicate_key(p):
    return tuple(" ".join(normalise(p[k]).split()) for k in ("name", "address", "postcode"))


def merge_duplicates(places):
    """Merges the places with the same name, address and postcode into the first."""
    groups = {}
    for p in places:
        groups.setdefault(duplicate_key(p), []).append(p)
    merged, report = [], []
    for p in places:
        group = groups[duplicate_key(p)]
        if group[0] is not p:
            continue
        if len(group) == 1:
            merged.append(p)
            continue
        # Newest first; among equals, the order of the file.
        by_age = sorted(group, key=lambda q: q["updated"], reverse=True)
        place = {"id": p["id"]}
        for key in p.keys() | set().union(*(q.keys() for q in group)):
            if key == "id":
                continue
            values = [q[key] for q in by_age if key in q]
            if key in ("services", "publics", "fees", "support", "labels"):
                union = []
                for q in group:
                    union += [v for v in q.get(key, []) if v not in union]
                place[key] = union
            elif key in ("latitude", "longitude"):
                continue
            else:
                place[key] = values[0]
        located = [q for q in by_age if "latitude" in q]
        if located:
            place["latitude"], place["longitude"] = located[0]["latitude"], located[0]["longitude"]
        if "closed_since" in place and any("closed_since" not in q for q in group):
            del place["closed_since"]
        merged.append({k: place[k] for k in ORDER if k in place})
        report.append((p["name"], p["postcode"], [q["id"] for q in group]))
    return merged, report


ORDER = ["id", "name", "address", "address_extra", "postcode", "commune", "insee", "latitude", "longitude",
         "phone", "email", "website", "hours", "services", "publics", "fees", "support", "labels",
         "collected_by", "updated", "closed_since"]


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
    labels = row.get("labels_nationaux") or []
    if isinstance(labels, str):
        labels = split(labels)
    for label in labels:
        if label not in LABELS:
            sys.exit(f"{row['id']}: unknown national label {label!r}")
    put("labels", list(dict.fromkeys(LABELS[label] for label in labels)))
    put("collected_by", text(row.get("source")))
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
    dropped = drop_implausible(places, Communes(COMMUNES), read_bounds(BOUNDS))
    places, merged = merge_duplicates(places)

    for place_id, name, commune, latitude, longitude, why in dropped:
        print(f"coordinates dropped: {place_id} ({name}, {commune}) at {latitude}, {longitude}: {why}", file=sys.stderr)
    for name, postcode, group in merged:
        print(f"merged: {name} ({postcode}): {', '.join(group)}", file=sys.stderr)
    print(f"{len(rows)} places read, {len(places)} written; {len(dropped)} coordinates dropped; "
          f"{len(merged)} groups of duplicates merged ({len(rows) - len(places)} entries); "
          f"{sum('france-services' in p.get('labels', []) for p in places)} labelled France Services",
          file=sys.stderr)

    out = sys.stdout
    out.write('{\n  "format": "fr.artifaille.Relais.Directory",\n  "version": 1,\n  "part": "places",\n')
    out.write('  "source": ' + json.dumps(SOURCE, ensure_ascii=False) + ',\n')
    out.write('  "places": [\n')
    out.write(",\n".join("    " + json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in places))
    out.write("\n  ]\n}\n")


if __name__ == "__main__":
    main()
