"""The Phoenix actor/agent dictionaries: the converter's reading of the format, the shipped file, the
lookups the identity and events stages rely on, and their speed."""
from __future__ import annotations

import importlib.util
import time
from datetime import date
from pathlib import Path

import pytest

from newsgraph import dictionaries as dicts
from newsgraph.dictionaries import phoenix

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "build_actor_dictionaries.py"
SHIPPED = REPO / "src" / "newsgraph" / "dictionaries" / phoenix.DATA_FILE


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_actor_dictionaries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- the converter, on hand-written dictionary text -------------------------------------------

ACTORS = """\
# comment line
RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_

RUDOLF_RASSENDYLL_  # CountryInfo.txt
+KING_RUDOLF_
+RASSENDYLL_
\t[RURELI 700101-991231]
\t[RURGOV 000101-080507]
\t[RURGOV >080508]
\t[RURBUS <650101]
\t[RURGOV 2004017-20061201]
\t[RURELI]
FLAVIA_  # no code here: joins the next record, as PETRARCH gives both one code index
+PRINCESS_FLAVIA_
FLAVIA_ELPHBERG_
\t[RURGOV 19890101-19991231]
"""


def test_actor_reader_follows_petrarch_rules(builder, tmp_path):
    path = tmp_path / "x.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    records, skipped = builder.read_actor_file(path)
    assert [r["phrases"][0] for r in records] == [["RURITANIA"], ["RUDOLF", "RASSENDYLL"], ["FLAVIA"]]
    country, rudolf, flavia = records
    assert country["codes"] == [["RUR", None, None]]
    assert ["STRELSAU"] in country["phrases"]
    assert rudolf["codes"] == [
        ["RURELI", "1970-01-01", "1999-12-31"],
        ["RURGOV", "2000-01-01", "2008-05-07"],     # YY <= 30 is 20YY
        ["RURGOV", "2008-05-08", None],             # >D: from D on
        ["RURBUS", None, "1965-01-01"],             # <D: until D
        ["RURELI", None, None],                     # the default
    ]
    assert skipped["bad_restrictions"] == 1         # the seven-digit date is skipped, as PETRARCH does
    assert flavia["phrases"] == [["FLAVIA"], ["PRINCESS", "FLAVIA"], ["FLAVIA", "ELPHBERG"]]
    assert flavia["codes"] == [["RURGOV", "1989-01-01", "1999-12-31"]]


AGENTS = """\
!PERSON! = MAN, WOMAN
POLICE {} [~COP]
ARMY [~MIL]
BUS [~BUS]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
CONGRESS!PERSON! [~LEG]
TRUCE_MONITOR [IGO~]
"""


def test_agent_reader_plurals_markers_and_position(builder, tmp_path):
    path = tmp_path / "x.agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    got = {tuple(w): (p, c, pos) for w, p, c, pos in builder.read_agent_lines(path)}
    assert got[("POLICE",)] == ([], "COP", "suffix")                 # {}: no plural
    assert got[("ARMY",)] == ([["ARMIES"]], "MIL", "suffix")          # Y -> IES
    assert got[("BUS",)] == ([["BUSES"]], "BUS", "suffix")            # S -> SES
    assert got[("ATTORNEY", "GENERAL")][0] == [["ATTORNEYS", "GENERAL"]]
    assert got[("CONGRESSMAN",)][1:] == ("LEG", "suffix")
    assert ("CONGRESSWOMAN",) in got
    assert got[("TRUCE", "MONITOR")][1:] == ("IGO", "prefix")         # CODE~ goes before the actor code


def test_titles_are_found_before_a_name_longest_first(builder):
    titles = {("PRESIDENT",): "PRESIDENT", ("VICE", "PRESIDENT"): "VICE_PRESIDENT",
              ("PRIME", "MINISTER"): "PRIME_MINISTER", ("KING",): "KING",
              ("SECRETARY", "GENERAL"): "SECRETARY_GENERAL"}
    assert builder.find_titles(["VICE", "PRESIDENT", "JOE", "BIDEN"], titles, 2) == ["VICE_PRESIDENT"]
    assert builder.find_titles(["RUSSIAN", "PRIME", "MINISTER", "PUTIN"], titles, 2) == ["PRIME_MINISTER"]
    assert builder.find_titles(["SECRETARY-GENERAL", "BAN", "KI-MOON"], titles, 2) == ["SECRETARY_GENERAL"]
    assert builder.find_titles(["MARTIN", "LUTHER", "KING"], titles, 2) == []   # a surname, not a title
    titles[("DEPUTY",)] = "DEPUTY"
    assert builder.find_titles(["DEPUTY", "PRIME", "MINISTER", "X"], titles, 2) == ["DEPUTY_PRIME_MINISTER"]


# ---- the shipped file -----------------------------------------------------------------------------

def test_shipped_file_matches_a_rebuild_from_shared(builder):
    source = builder.default_source()
    if not (source / builder.AGENT_FILE).exists():
        pytest.skip(f"PETRARCH2 dictionaries not found at {source} (set NEWSGRAPH_SHARED)")
    assert builder.dump(builder.build(source)) == SHIPPED.read_bytes()


def test_shipped_file_is_compact_and_complete():
    d = dicts.load()
    assert SHIPPED.stat().st_size < 3_000_000
    assert len(d._raw_persons) > 10_000
    assert len(d.countries) > 150
    assert d.countries["RUS"]
    assert len(d._agents) > 3_000


# ---- lookups --------------------------------------------------------------------------------------

def test_putin_is_a_russian_president_on_2021_12_30():
    found = dicts.holders("RUS", title="PRESIDENT", on=date(2021, 12, 30))
    assert "Vladimir Putin" in [p.name for p in found]
    putin = dicts.person("Putin")
    assert putin is not None and putin.name == "Vladimir Putin"
    assert putin.country == "RUS"
    assert {"PRESIDENT", "PRIME_MINISTER"} <= set(putin.titles)
    assert putin.code_on(date(2021, 12, 30)).code == "RUSGOV"
    assert putin.code_on(date(1990, 1, 1)).code == "RUSELI"          # before office: the elite code


def test_medvedev_by_the_dates_of_the_data():
    # The data: RUSELI 830101-051201, RUSGOV 051201-070228, RUSGOV >080507 (left open: the file
    # predates his leaving office), RUSELI by default. Titles carry no dates.
    def names(on):
        return [p.name for p in dicts.holders("RUS", title="PRESIDENT", on=on)]

    assert "Dmitry Medvedev" in names(date(2009, 6, 1))
    assert "Dmitry Medvedev" not in names(date(2004, 6, 1))
    assert "Dmitry Medvedev" not in names(date(2007, 6, 1))     # between his two GOV spans
    assert "Dmitry Medvedev" in names(date(2021, 12, 30))       # what the open-ended range says
    assert "Dmitry Medvedev" not in [p.name for p in dicts.holders("RUS", role="ELI", on=date(2009, 6, 1))]
    assert "Dmitry Medvedev" in [p.name for p in dicts.holders("RUS", role="ELI", on=date(2004, 6, 1))]


def test_person_lookup_folds_case_accents_and_punctuation():
    assert dicts.person("vladímir PUTIN").name == "Vladimir Putin"
    assert dicts.person("Vladimir V. Putin").name == "Vladimir Putin"
    assert dicts.person("Dmitri Anatolyevich Medvedev").name == "Dmitry Medvedev"
    assert dicts.person("Medvedev").name == "Dmitry Medvedev"                   # surname-only alias
    assert dicts.person("Ban Ki-moon").codes[0].code == "IGOUNO"
    assert dicts.person("nobody of that name") is None


def test_actor_codes_of_organisations_groups_and_persons():
    nato = dicts.actor_code("NATO")
    assert (nato.code, nato.kind, nato.role, nato.country) == ("IGOWSTNAT", "igo", "IGO", None)
    hamas = dicts.actor_code("Hamas")
    assert (hamas.code, hamas.country, hamas.role) == ("PSEREBHMS", "PSE", "REB")
    assert dicts.actor_code("Russia").code == "RUS"
    assert dicts.actor_code("Russia").kind == "country"
    assert dicts.actor_code("United Nations").code == "IGOUNO"
    putin = dicts.actor_code("Putin", on=date(2021, 12, 30))
    assert (putin.code, putin.kind, putin.country, putin.role) == ("RUSGOV", "person", "RUS", "GOV")
    assert dicts.actor_code("Putin", on=date(1990, 1, 1)).code == "RUSELI"
    assert dicts.actor_code("no such actor") is None


def test_generic_agents():
    police = dicts.agent("police")
    assert (police.code, police.position, police.role, police.is_role) == ("COP", "suffix", "COP", True)
    assert dicts.agent("rebels").code == "REB"          # regular plural
    assert dicts.agent("Students").role == "EDU"
    assert dicts.agent("soldiers").role == "MIL"
    assert dicts.agent("judge").role == "JUD"
    assert dicts.agent("foreign minister").code == "GOV"
    assert dicts.agent("peacekeeping troops").position == "prefix"
    assert dicts.agent("no such agent") is None


def test_surname_lookup_when_the_data_has_no_surname_alias():
    assert dicts.person("Bush") is None                   # no +BUSH_ line in the data
    bushes = {p.name for p in dicts.persons_with_surname("Bush")}
    assert {"George W. Bush"} <= bushes
    on_2005 = {p.name for p in dicts.persons_with_surname("bush", on=date(2005, 1, 1))}
    assert "George W. Bush" in on_2005


def test_open_ranges_are_dated_by_the_latest_date_of_the_data():
    latest = dicts.load().latest_date
    assert date(2013, 1, 1) < latest < date(2016, 1, 1)


def test_holders_of_an_international_organisation():
    found = [p.name for p in dicts.holders("IGOUNO", title="SECRETARY_GENERAL", on=date(2010, 1, 1))]
    assert found == ["Ban Ki-Moon"]     # display capitalises each hyphen part (Jean-Marie)


def test_lookups_are_fast():
    dicts.load()
    queries = ["Putin", "Vladimir Putin", "NATO", "Hamas", "police", "rebels", "Barack Obama",
               "nobody here", "Medvedev", "students"] * 1000
    start = time.perf_counter()
    hits = 0
    for q in queries:
        hits += dicts.person(q) is not None
        hits += dicts.actor_code(q) is not None
        hits += dicts.agent(q) is not None
    elapsed = time.perf_counter() - start
    assert hits > 10_000
    assert elapsed < 1.0, f"30,000 lookups took {elapsed:.2f}s"
