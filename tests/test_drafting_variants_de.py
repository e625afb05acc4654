"""Drafting-variant suite for the German lexicon (annotations/lexicons/de.yaml).

Short provisions invented for this test (no statute text) in the drafting styles of Germany,
Austria, Switzerland and Liechtenstein: offence + penalty sentences, "besonders schwere Fälle" and
"ist die Strafe ..." aggravations, definitions, general-part rules (attempt, accomplices,
organisations, legal persons, confiscation), victim duties of the State, and near misses (purpose
clauses, a definition of a criminal group, smuggling by a gang, money laundering, child victim as
a mere aggravation).

Before the lexicon changes: 45 of 58 cases passed (37 of the first 45, then 7 of 8, 1 of 2 and
0 of 3 added in later rounds); after: 58 of 58.
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

LANG = "de"

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- aggravations and penalties ---------------------------------------------------------
    (
        "aggrav-at-organisation",
        "Wer das Verbrechen des Menschenhandels im Rahmen einer kriminellen Vereinigung begeht, "
        "ist mit Freiheitsstrafe von einem bis zu zehn Jahren zu bestrafen.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY", "SDG:16.4"],
        [],
    ),
    (
        "aggrav-ch-gewerbsmaessig",
        "Handelt der Täter gewerbsmässig oder ist das Opfer unmündig, so wird er wegen "
        "Menschenhandels mit Freiheitsstrafe nicht unter einem Jahr bestraft.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "aggrav-de-besonders-schwer",
        "In besonders schweren Fällen des Menschenhandels ist die Strafe Freiheitsstrafe von zwei "
        "bis zu fünfzehn Jahren.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-erhoeht",
        "Die Strafe für Menschenhandel erhöht sich um die Hälfte, wenn die Tat eine schwere "
        "Körperverletzung des Opfers zur Folge hat.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-at-death",
        "Hat die Tat des Menschenhandels den Tod der ausgebeuteten Person zur Folge, so ist der "
        "Täter mit Freiheitsstrafe von zehn bis zu zwanzig Jahren zu bestrafen.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-child-victim-only",
        "Die Strafe für Menschenhandel ist Freiheitsstrafe nicht unter drei Jahren, wenn das Opfer "
        "zur Zeit der Tat das achtzehnte Lebensjahr noch nicht vollendet hat.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "aggrav-official",
        "Begeht ein Amtsträger unter Missbrauch seiner Amtsstellung Menschenhandel, so erhöht sich "
        "das Höchstmass der Freiheitsstrafe auf fünfzehn Jahre.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "penalty-ch-geldstrafe",
        "Die Ausbeutung der Arbeitskraft einer Person wird mit Freiheitsstrafe bis zu drei Jahren "
        "oder Geldstrafe bestraft.",
        ["CRIM.PENALTY", "CRIM.OFFENCE", "DEF.PURPOSE.LABOUR"],
        [],
    ),
    # --- offences ----------------------------------------------------------------------------
    (
        "offence-at-anbieten",
        "Wer eine Person mit dem Vorsatz, dass sie ausgebeutet werde, einem anderen anbietet, "
        "weitergibt oder von einem anderen übernimmt, ist mit Freiheitsstrafe bis zu zehn Jahren "
        "zu bestrafen.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
        [],
    ),
    (
        "offence-geahndet",
        "Menschenhandel zum Zweck der sexuellen Ausbeutung wird mit Freiheitsstrafe von drei bis "
        "zu zehn Jahren geahndet.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "offence-schuldig",
        "Des Menschenhandels macht sich schuldig, wer eine Person unter Anwendung von Gewalt "
        "anwirbt oder beherbergt, um sie auszubeuten.",
        ["CRIM.OFFENCE", "DEF.ACT", "DEF.MEANS"],
        [],
    ),
    (
        "offence-sexual-acts",
        "Wer eine andere Person unter Ausnutzung ihrer Zwangslage zur Vornahme sexueller "
        "Handlungen an sich oder vor Dritten veranlasst, um sie auszubeuten, wird bestraft.",
        ["CRIM.OFFENCE", "DEF.PURPOSE.SEXUAL", "DEF.MEANS"],
        [],
    ),
    (
        "purpose-other-begging-crimes",
        "Ebenso wird bestraft, wer eine Person anwirbt, um sie zur Bettelei oder zur Begehung "
        "strafbarer Handlungen auszubeuten.",
        ["DEF.PURPOSE.OTHER", "CRIM.OFFENCE"],
        [],
    ),
    # --- definitions -------------------------------------------------------------------------
    (
        "child-no-means-ch",
        "Ist die betroffene Person minderjährig, so liegt Menschenhandel auch dann vor, wenn keines "
        "der in Absatz 1 genannten Mittel angewendet wurde.",
        ["DEF.CHILD", "SDG:16.2"],
        [],
    ),
    (
        "child-age-definition-li",
        "Kind im Sinne dieser Bestimmung ist jede Person, die das 18. Lebensjahr noch nicht "
        "vollendet hat.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "child-branch-de",
        "Ebenso wird bestraft, wer ein Kind zum Zweck der Ausbeutung anwirbt, befördert oder "
        "beherbergt.",
        ["DEF.CHILD", "DEF.ACT", "CRIM.OFFENCE"],
        [],
    ),
    (
        "means-at-list",
        "Wer eine Person unter Ausnützung einer Zwangslage, durch Täuschung über Tatsachen oder "
        "durch Einschüchterung anwirbt, um sie auszubeuten, ist zu bestrafen.",
        ["DEF.MEANS", "DEF.ACT"],
        [],
    ),
    (
        "means-benefits",
        "Als Mittel gilt auch die Gewährung von Vorteilen an eine Person, die Gewalt über das Opfer "
        "hat, um die Ausbeutung zu ermöglichen.",
        ["DEF.MEANS"],
        [],
    ),
    # --- general part ------------------------------------------------------------------------
    (
        "accomplice-at",
        "Nicht nur der unmittelbare Täter begeht die strafbare Handlung, sondern auch jeder, der "
        "einen anderen dazu bestimmt, sie auszuführen, oder der sonst zu ihrer Ausführung beiträgt.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "accomplice-ch-instigation",
        "Wer jemanden zu einem Verbrechen oder Vergehen vorsätzlich bestimmt hat, wird nach der "
        "Strafandrohung, die auf den Täter Anwendung findet, bestraft.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "accomplice-ch-aid",
        "Wer zu einem Verbrechen oder Vergehen vorsätzlich Hilfe leistet, wird milder bestraft.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "organize-ch-organisation",
        "Wer sich an einer Organisation beteiligt, die den Zweck verfolgt, Gewaltverbrechen zu "
        "begehen, wird mit Freiheitsstrafe bis zu zehn Jahren bestraft.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "organize-at",
        "Wer eine kriminelle Organisation gründet oder sich an einer solchen als Mitglied "
        "beteiligt, ist mit Freiheitsstrafe von einem bis zu zehn Jahren zu bestrafen.",
        ["CRIM.ORGANIZE", "SDG:16.4"],
        [],
    ),
    (
        "attempt-in-offence",
        "Wer eine Person zur Ausbeutung ihrer Arbeitskraft anwirbt, wird mit Freiheitsstrafe "
        "bestraft. Der Versuch ist strafbar.",
        ["CRIM.ATTEMPT", "CRIM.OFFENCE"],
        [],
    ),
    (
        "attempt-ch-unvollendet",
        "Führt der Täter, nachdem er mit der Ausführung eines Verbrechens begonnen hat, die "
        "strafbare Tätigkeit nicht zu Ende, so kann das Gericht die Strafe mildern.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "attempt-at",
        "Die Strafdrohungen gegen vorsätzliches Handeln gelten nicht nur für die vollendete Tat, "
        "sondern auch für den Versuch.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "confiscation-at",
        "Vermögenswerte, die für die Begehung einer strafbaren Handlung oder durch sie erlangt "
        "wurden, sind vom Gericht für verfallen zu erklären.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "confiscation-de",
        "Hat der Täter durch eine rechtswidrige Tat etwas erlangt, so ordnet das Gericht dessen "
        "Einziehung an.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "legalperson-at-verband",
        "Ein Verband ist für eine Straftat verantwortlich, wenn die Tat zu seinen Gunsten begangen "
        "worden ist.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "legalperson-ch-unternehmen",
        "Wird in einem Unternehmen ein Verbrechen begangen und kann es keiner natürlichen Person "
        "zugerechnet werden, so wird das Unternehmen mit Busse bis zu fünf Millionen Franken "
        "bestraft.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "useservices-labour",
        "Wer die Arbeitskraft oder die Dienste einer Person in Anspruch nimmt, von der er weiss, "
        "dass sie Opfer von Menschenhandel ist, wird bestraft.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "useservices-minor-paid",
        "Wer mit einer minderjährigen Person gegen Entgelt sexuelle Handlungen vornimmt, wird mit "
        "Freiheitsstrafe bis zu drei Jahren bestraft.",
        ["CRIM.USESERVICES", "DEF.CHILD"],
        [],
    ),
    # --- victims ------------------------------------------------------------------------------
    (
        "assistance-ch-kantone",
        "Die Kantone sorgen dafür, dass Opfer von Menschenhandel Zugang zu einer sicheren "
        "Unterkunft, medizinischer Versorgung und Beratung erhalten.",
        ["VIC.ASSISTANCE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "assistance-reintegration",
        "Der Staat gewährt den Opfern des Menschenhandels Unterstützung bei ihrer "
        "Wiedereingliederung.",
        ["VIC.ASSISTANCE"],
        [],
    ),
    (
        "vic-child-wohl",
        "Bei minderjährigen Opfern ist das Kindeswohl vorrangig zu berücksichtigen.",
        ["VIC.CHILD", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "safety-retaliation",
        "Die Polizei trifft die erforderlichen Massnahmen zum Schutz der Opfer und ihrer Angehörigen "
        "vor Vergeltung.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "privacy-identity",
        "Behörden und Private dürfen die Identität des Opfers ausserhalb eines öffentlichen "
        "Gerichtsverfahrens nicht bekannt geben.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "proceedings-support",
        "Das Opfer hat das Recht, im Strafverfahren unentgeltliche Prozessbegleitung und einen "
        "Dolmetscher zu erhalten.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    # --- near misses --------------------------------------------------------------------------
    (
        "neg-purpose-clause",
        "Dieses Gesetz bezweckt die Verhütung und Bekämpfung des Menschenhandels und den Schutz "
        "seiner Opfer.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.AGGRAV"],
    ),
    (
        "neg-group-definition",
        "Eine kriminelle Vereinigung ist ein auf längere Dauer angelegter Zusammenschluss von mehr "
        "als zwei Personen.",
        ["SDG:16.4"],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV"],
    ),
    (
        "neg-smuggling-gang",
        "Wer als Mitglied einer Bande Ausländer einschleust, wird mit Freiheitsstrafe von einem "
        "Jahr bis zu zehn Jahren bestraft.",
        ["SDG:10.7", "SDG:16.4"],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.OFFENCE"],
    ),
    (
        "neg-money-laundering",
        "Wer eine Handlung vornimmt, die geeignet ist, die Ermittlung der Herkunft von "
        "Vermögenswerten zu vereiteln, die aus einem Verbrechen herrühren, wird bestraft.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
    ),
    (
        "neg-theft-gang",
        "Wer den Diebstahl als Mitglied einer Bande begeht, wird mit Freiheitsstrafe von sechs "
        "Monaten bis zu zehn Jahren bestraft.",
        [],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.OFFENCE"],
    ),
    (
        "neg-child-support",
        "Die Jugendhilfe gewährt Kindern und Jugendlichen Beratung und Unterkunft.",
        [],
        ["VIC.ASSISTANCE", "VIC.CHILD", "DEF.CHILD"],
    ),
    (
        "neg-confiscation-reference",
        "Die Bestimmungen über den Menschenhandel gelten auch für die Tat im Ausland.",
        [],
        ["CRIM.CONFISCATION", "CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
    # --- second round: more victim-side and client wording -----------------------------------
    (
        "assistance-counselling",
        "Opfer von Menschenhandel erhalten Beratung und Begleitung durch spezialisierte "
        "Fachberatungsstellen.",
        ["VIC.ASSISTANCE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "proceedings-at-prozessbegleitung",
        "Opfer von Menschenhandel haben das Recht auf psychosoziale und juristische "
        "Prozessbegleitung.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    (
        "safety-confrontation",
        "Die Einvernahme des Opfers erfolgt in Anwesenheit einer Vertrauensperson; eine "
        "Gegenüberstellung mit der beschuldigten Person ist zu vermeiden.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "useservices-employs-victim",
        "Wer eine Person beschäftigt, obwohl er weiss, dass sie Opfer von Menschenhandel ist, "
        "wird mit Freiheitsstrafe bis zu drei Jahren bestraft.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "legalperson-owig",
        "Gegen eine juristische Person kann eine Geldbusse festgesetzt werden, wenn ihr Organ eine "
        "Straftat begangen hat.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "vic-child-beistand",
        "Ist das Opfer von Menschenhandel ein Kind, so ist ihm ein Beistand zu bestellen.",
        ["VIC.CHILD"],
        ["DEF.CHILD", "CRIM.AGGRAV"],
    ),
    (
        "aggrav-at-verbrechen-lang",
        "Wer die Tat des Menschenhandels über längere Zeit oder unter Anwendung schwerer Gewalt "
        "begeht, ist mit Freiheitsstrafe von fünf bis zu fünfzehn Jahren zu bestrafen.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "neg-witness-rights",
        "Zeugen werden vor der Vernehmung über ihr Zeugnisverweigerungsrecht belehrt.",
        [],
        ["VIC.PROCEEDINGS", "VIC.SAFETY", "CRIM.OFFENCE"],
    ),
    (
        "child-prostitution-bestimmt",
        "Wer eine Person unter 18 Jahren zur Aufnahme der Prostitution bestimmt, wird mit "
        "Freiheitsstrafe bestraft.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.CHILD", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "neg-prostitution-zones",
        "Die Ausübung der Prostitution ist in der Nähe von Schulen verboten; die Gemeinde bestimmt "
        "die Sperrgebiete.",
        [],
        ["CRIM.OFFENCE", "DEF.PURPOSE.SEXUAL", "CRIM.PENALTY"],
    ),
    (
        "proceedings-release-info",
        "Die Behörden informieren das Opfer über die Freilassung der beschuldigten Person.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    (
        "assistance-protected-housing",
        "Opfer von Menschenhandel, die sich in Gefahr befinden, werden in einer geschützten "
        "Unterkunft untergebracht.",
        ["VIC.ASSISTANCE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "confiscation-objects",
        "Gegenstände, die durch eine Straftat hervorgebracht oder zu ihrer Begehung gebraucht "
        "worden sind, können eingezogen werden.",
        ["CRIM.CONFISCATION"],
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_de_drafting_variants(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)
