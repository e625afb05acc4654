"""Drafting-variant suite for the Catalan lexicon (annotations/lexicons/ca.yaml).

Short provisions invented for this test (no statute text) in the drafting styles of Andorra
("El qui ... ha de ser castigat amb pena de presó ..."), of the official Catalan version of the
Spanish penal code ("Serà castigat ... qui ...", "S'imposarà la pena superior en grau ...") and of
Catalan regional laws on victims ("La Generalitat ha de garantir ..."); near misses: drugs,
smuggling, purpose clauses, definitions of a criminal organisation, offence catalogues, civil-law
easements and farm businesses.

Before the lexicon changes: 35 of 51 cases passed (32 of the first 43, then 3 of 6, 0 of 1 and
0 of 1 added in later rounds); after: 51 of 51.
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

LANG = "ca"

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- offences and penalties ---------------------------------------------------------------
    (
        "offence-and",
        "El qui capti, transporti, traslladi, aculli o rebi una persona amb la finalitat "
        "d'explotar-la sexualment ha de ser castigat amb pena de presó de quatre a dotze anys.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "offence-es-reu",
        "Serà castigat amb la pena de cinc a vuit anys de presó, com a reu de tràfic d'éssers "
        "humans, qui reclutí o transporti una persona amb la finalitat d'imposar-li treballs "
        "forçats.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.LABOUR"],
        [],
    ),
    (
        "offence-comet",
        "Comet el delicte de tracta d'éssers humans la persona que acull o allotja una altra "
        "persona per explotar-la laboralment.",
        ["CRIM.OFFENCE"],
        [],
    ),
    (
        "offence-es-castiga",
        "L'explotació laboral de treballadors estrangers es castiga amb pena de presó de dos a "
        "sis anys i multa de dotze a vint-i-quatre mesos.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"],
        [],
    ),
    # --- aggravations -----------------------------------------------------------------------
    (
        "aggrav-es-grau",
        "S'imposarà la pena superior en grau a la prevista per al delicte de tràfic d'éssers "
        "humans quan la víctima sigui menor d'edat.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "aggrav-organisation",
        "Les penes del tràfic d'éssers humans s'agreugen quan el culpable pertanyi a una "
        "organització o associació que es dediqui a aquestes activitats.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-and-group",
        "La pena de presó és de sis a quinze anys si el fet s'ha comès per un grup organitzat o "
        "si s'ha posat en perill la vida de la víctima de tracta.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY", "SDG:16.4"],
        [],
    ),
    (
        "aggrav-dupliquen",
        "Les penes previstes per a la tracta de persones es dupliquen quan l'autor és "
        "funcionari públic.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-list",
        "Són circumstàncies agreujants del delicte de tracta de persones: a) que la víctima "
        "sigui especialment vulnerable; b) que el fet es cometi amb violència.",
        ["CRIM.AGGRAV"],
        [],
    ),
    (
        "aggrav-two-persons",
        "La pena s'incrementa en un terç quan el delicte d'explotació sexual sigui comès per dues "
        "o més persones.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"],
        [],
    ),
    # --- definitions --------------------------------------------------------------------------
    (
        "child-age-definition",
        "Als efectes d'aquesta llei, s'entén per infant tota persona menor de divuit anys.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "child-no-means",
        "Quan la víctima sigui un menor d'edat, hi haurà tracta d'éssers humans encara que no "
        "s'hagi recorregut a cap dels mitjans enunciats a l'apartat anterior.",
        ["DEF.CHILD", "SDG:16.2"],
        [],
    ),
    (
        "child-offence",
        "El qui capti un menor d'edat amb finalitats d'explotació sexual ha de ser castigat amb "
        "pena de presó de sis a dotze anys.",
        ["DEF.CHILD", "CRIM.OFFENCE", "CRIM.PENALTY"],
        [],
    ),
    (
        "child-consent",
        "El consentiment d'un menor d'edat a la seva explotació no té cap efecte.",
        ["DEF.CONSENT", "DEF.CHILD"],
        [],
    ),
    (
        "means-list",
        "Es considera tracta la captació d'una persona mitjançant l'ús de la força, l'amenaça, "
        "l'engany o l'abús d'una situació de vulnerabilitat, amb la finalitat d'explotar-la.",
        ["DEF.MEANS"],
        [],
    ),
    (
        "means-payments",
        "També hi ha tracta quan s'ofereixen pagaments o beneficis a qui té el control sobre la "
        "víctima, amb finalitat d'explotació.",
        ["DEF.MEANS"],
        [],
    ),
    (
        "purpose-other-crimes-begging",
        "El qui trasllada una persona amb la finalitat d'obligar-la a cometre activitats "
        "delictives o a practicar la mendicitat comet delicte de tracta.",
        ["DEF.PURPOSE.OTHER", "CRIM.OFFENCE"],
        [],
    ),
    (
        "purpose-other-marriage",
        "Constitueix tracta de persones la captació d'una persona amb la finalitat de la "
        "celebració de matrimonis forçats.",
        ["DEF.PURPOSE.OTHER", "SDG:5.3"],
        [],
    ),
    (
        "purpose-sexual-list",
        "L'explotació comprèn l'explotació de la prostitució aliena o altres formes "
        "d'explotació sexual, inclosa la pornografia.",
        ["DEF.PURPOSE.SEXUAL"],
        [],
    ),
    # --- general part -------------------------------------------------------------------------
    (
        "accomplice-and",
        "Són còmplices els qui cooperen a l'execució del delicte amb actes anteriors o "
        "simultanis; se'ls imposa la pena inferior en grau.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "accomplice-inductors",
        "També són considerats autors els qui indueixen directament una altra persona a cometre "
        "el delicte.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "organize-member",
        "Els qui formin part d'una organització criminal seran castigats amb la pena de presó "
        "d'un a tres anys.",
        ["CRIM.ORGANIZE", "SDG:16.4"],
        [],
    ),
    (
        "organize-leader",
        "Qui promogui, constitueixi, organitzi, coordini o dirigeixi una organització criminal "
        "serà castigat amb la pena de presó de quatre a vuit anys.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "attempt",
        "La temptativa del delicte de tràfic d'éssers humans és punible.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "attempt-preparatory",
        "La provocació, la conspiració i la proposició per cometre el delicte de tràfic d'éssers "
        "humans s'han de castigar amb la pena inferior en un o dos graus.",
        ["CRIM.ATTEMPT", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "confiscation-es",
        "El jutge ha d'acordar el comís dels béns, mitjans o instruments amb què s'hagi preparat "
        "o executat el delicte, i dels guanys que en provinguin.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "confiscation-and",
        "Els béns, diners i valors obtinguts amb la comissió del delicte seran decomissats.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "legalperson-fine",
        "Quan una persona jurídica sigui responsable dels delictes d'aquest títol, se li imposarà "
        "la pena de multa del triple al quíntuple del benefici obtingut.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "legalperson-closure",
        "El tribunal pot acordar la clausura temporal o definitiva dels establiments on s'hagi "
        "explotat la prostitució de menors.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "useservices-client-minor",
        "El qui, a canvi de remuneració, sol·liciti o accepti relacions sexuals d'un menor "
        "d'edat ha de ser castigat amb pena de presó d'un a quatre anys.",
        ["CRIM.USESERVICES", "CRIM.PENALTY"],
        [],
    ),
    (
        "useservices-knowing",
        "El qui utilitzi els serveis o el treball d'una persona sabent que és víctima de tracta "
        "ha de ser castigat amb pena de presó.",
        ["CRIM.USESERVICES"],
        [],
    ),
    # --- victims ------------------------------------------------------------------------------
    (
        "assistance-generalitat",
        "La Generalitat ha de garantir a les víctimes de tràfic d'éssers humans un allotjament "
        "segur, l'atenció sanitària i psicològica i l'assistència jurídica gratuïta.",
        ["VIC.ASSISTANCE", "VIC.PROCEEDINGS"],
        ["CRIM.OFFENCE"],
    ),
    (
        "assistance-reinsertion",
        "Les administracions públiques han de facilitar la inserció sociolaboral i el suport "
        "econòmic de les víctimes de tracta.",
        ["VIC.ASSISTANCE"],
        [],
    ),
    (
        "vic-child-guardianship",
        "Els menors víctimes de tracta han de ser posats sota la tutela de l'entitat pública de "
        "protecció de menors.",
        ["VIC.CHILD", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "vic-safety",
        "Les autoritats han d'adoptar les mesures necessàries per protegir les víctimes de tracta "
        "i els seus familiars de represàlies.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "vic-privacy",
        "Es preservarà la identitat i la intimitat de les víctimes de tracta i es prohibeix la "
        "difusió de la seva imatge.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "vic-proceedings",
        "La víctima de tracta té dret a ser informada de l'estat del procediment i a comptar amb "
        "un intèrpret.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    # --- near misses --------------------------------------------------------------------------
    (
        "neg-drugs",
        "El qui faci tràfic de drogues tòxiques serà castigat amb pena de presó de tres a sis "
        "anys.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
    ),
    (
        "neg-smuggling",
        "El qui ajudi intencionadament una persona estrangera a entrar il·legalment al territori "
        "serà castigat amb pena de presó d'un any.",
        ["SDG:10.7"],
        ["CRIM.OFFENCE", "CRIM.ACCOMPLICE", "DEF.ACT"],
    ),
    (
        "neg-purpose-clause",
        "Aquesta llei té per objecte prevenir la tracta d'éssers humans i protegir-ne les "
        "víctimes.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
    (
        "neg-orgdef",
        "S'entén per organització criminal l'agrupació formada per més de dues persones amb "
        "caràcter estable.",
        ["SDG:16.4"],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV"],
    ),
    (
        "neg-catalogue",
        "L'ordre d'intervenció es pot acordar per als delictes dels articles 134 bis (tràfic "
        "d'éssers humans), 151 (prostitució de menors) i 152 (pornografia infantil).",
        [],
        ["CRIM.OFFENCE", "DEF.CHILD", "DEF.PURPOSE.SEXUAL"],
    ),
    (
        "neg-easement-farm",
        "La servitud de pas sobre una explotació agrícola s'inscriu en el registre de la "
        "propietat.",
        [],
        ["DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE"],
    ),
    # --- second round ----------------------------------------------------------------------------
    (
        "legalperson-dissolution",
        "Les persones jurídiques que cometin el delicte de tràfic d'éssers humans seran "
        "sancionades amb la dissolució i amb multa.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "nonpunish",
        "Les víctimes de tracta no seran castigades per les infraccions penals que hagin comès "
        "com a conseqüència de la seva situació d'explotació.",
        ["VIC.NONPUNISH"],
        ["CRIM.OFFENCE"],
    ),
    (
        "offence-prostitution-means",
        "El qui, mitjançant violència, obligui una persona a exercir la prostitució serà castigat "
        "amb presó de dos a cinc anys.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.MEANS", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "offence-castigara-begging",
        "Es castigarà amb la pena de presó de dos a quatre anys el qui traslladi una persona per "
        "explotar-la en la mendicitat.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "aggrav-meitat-superior",
        "Les penes del delicte de tracta s'imposen en la seva meitat superior quan la víctima sigui "
        "especialment vulnerable per raó d'edat, malaltia o discapacitat.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["DEF.CHILD"],
    ),
    (
        "neg-forestry",
        "Aquesta llei regula l'explotació dels recursos forestals i el treball dels agents rurals.",
        [],
        ["DEF.PURPOSE.LABOUR", "CRIM.OFFENCE", "DEF.PURPOSE.SEXUAL"],
    ),
    (
        "aggrav-penes-superiors",
        "S'imposaran les penes superiors en grau quan el culpable hagi posat en perill la vida de "
        "la víctima de tracta.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "safety-video",
        "Les declaracions de les víctimes de tracta es poden prendre per videoconferència per "
        "evitar la confrontació visual amb l'inculpat.",
        ["VIC.SAFETY"],
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_ca_drafting_variants(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)
