"""Drafting-variant suite for the Italian lexicon (annotations/lexicons/it.yaml).

Short provisions invented for this test (no statute text) in the drafting styles of Italy ("È
punito con la reclusione da ... a ... anni chiunque ...", "La pena è aumentata da un terzo alla
metà se ...", "All'ente si applica la sanzione pecuniaria ..."), Italian-language Swiss federal law
("Chiunque, come offerente, intermediario o acquirente ...", "pena detentiva o pecuniaria") and San
Marino; near misses: drugs, smuggling, purpose clauses and the verb "tratta".

Before the lexicon changes: 20 of 30 cases passed (20 of the first 28, then 0 of 2 added
later); after: 30 of 30.
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

LANG = "it"

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "offence-it",
        "È punito con la reclusione da otto a venti anni chiunque recluta, trasferisce o accoglie "
        "una persona al fine di sottoporla a sfruttamento sessuale.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "offence-ch",
        "Chiunque, come offerente, intermediario o acquirente, fa commercio di un essere umano a "
        "scopo di sfruttamento sessuale è punito con una pena detentiva o pecuniaria.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
        [],
    ),
    (
        "offence-sanzionato",
        "Il reato di tratta di persone è sanzionato con la reclusione da sei a dodici anni.",
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-minor",
        "La pena è aumentata da un terzo alla metà se i fatti di tratta sono commessi in danno di "
        "minore degli anni diciotto.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "aggrav-group",
        "Le pene per la tratta di persone sono aumentate se il fatto è commesso da tre o più "
        "persone riunite o da un'associazione per delinquere.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-death",
        "Se dal fatto di riduzione in schiavitù deriva la morte della persona offesa, la pena è "
        "della reclusione da venti a trenta anni.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-circumstance",
        "Costituisce circostanza aggravante del delitto di tratta l'aver esposto la vittima a grave "
        "pericolo per la vita.",
        ["CRIM.AGGRAV"],
        [],
    ),
    (
        "child-no-means",
        "Quando la vittima è minore, il delitto di tratta sussiste anche se non è stato fatto "
        "ricorso ad alcuno dei mezzi indicati al comma precedente.",
        ["DEF.CHILD", "SDG:16.2"],
        [],
    ),
    (
        "child-age",
        "Ai fini della presente legge, per minore si intende ogni persona di età inferiore agli "
        "anni diciotto.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "means-list",
        "Commette il delitto di tratta chi recluta una persona mediante inganno, violenza, minaccia, abuso di "
        "autorità o approfittamento di una situazione di vulnerabilità.",
        ["DEF.MEANS", "CRIM.OFFENCE"],
        [],
    ),
    (
        "means-payments",
        "Il reato sussiste anche quando la persona è ceduta mediante promessa o dazione di denaro o "
        "di altri vantaggi a chi su di essa ha autorità, al fine di sfruttarla.",
        ["DEF.MEANS"],
        [],
    ),
    (
        "purpose-other",
        "È punito chiunque trasporta una persona al fine di indurla all'accattonaggio o al "
        "compimento di attività illecite.",
        ["DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "accomplice-aid",
        "Chiunque aiuta intenzionalmente altri a commettere un crimine o un delitto è punito con "
        "pena attenuata.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "accomplice-instigation",
        "Chiunque determina intenzionalmente altri a commettere un crimine o un delitto è punito "
        "secondo la comminatoria applicabile all'autore.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "organize-association",
        "Quando tre o più persone si associano allo scopo di commettere più delitti, coloro che "
        "promuovono o costituiscono od organizzano l'associazione sono puniti con la reclusione da "
        "tre a sette anni.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "attempt",
        "Chi compie atti idonei, diretti in modo non equivoco a commettere un delitto, risponde di "
        "delitto tentato se l'azione non si compie.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "confiscation",
        "In caso di condanna per i delitti di tratta è sempre ordinata la confisca dei beni che "
        "costituiscono il prodotto o il profitto del reato.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "legalperson",
        "In relazione alla commissione dei delitti di tratta, all'ente si applica la sanzione "
        "pecuniaria da quattrocento a mille quote e la sanzione interdittiva per almeno un anno.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "useservices-minor",
        "Chiunque compie atti sessuali con un minore in cambio di denaro è punito con la reclusione "
        "da uno a sei anni.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "assistance",
        "Alle vittime di tratta è assicurato un programma di assistenza che garantisce alloggio, "
        "vitto e assistenza sanitaria.",
        ["VIC.ASSISTANCE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "vic-child",
        "Il minore straniero non accompagnato vittima di tratta è affidato a un tutore e riceve "
        "un'assistenza adeguata.",
        ["VIC.CHILD", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "vic-privacy",
        "È vietata la pubblicazione delle generalità e dell'immagine della persona offesa dal "
        "delitto di tratta.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "vic-safety",
        "Il questore adotta misure di protezione per la vittima di tratta esposta a pericolo di "
        "ritorsioni.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "vic-proceedings",
        "La vittima di tratta ha diritto all'assistenza di un interprete e al patrocinio a spese "
        "dello Stato.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    (
        "neg-drugs",
        "Chiunque fa traffico di sostanze stupefacenti è punito con la reclusione da sei a venti "
        "anni.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
    ),
    (
        "neg-smuggling",
        "Chiunque promuove o favorisce l'ingresso illegale di stranieri nel territorio dello Stato "
        "è punito con la reclusione da uno a cinque anni.",
        ["SDG:10.7"],
        ["CRIM.OFFENCE", "CRIM.ACCOMPLICE", "DEF.ACT"],
    ),
    (
        "neg-purpose-clause",
        "La presente legge ha lo scopo di prevenire e contrastare la tratta di esseri umani.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
    (
        "neg-verb-tratta",
        "La presente sezione tratta delle misure di sostegno al reddito delle famiglie.",
        [],
        ["CRIM.OFFENCE", "DEF.ACT", "VIC.ASSISTANCE"],
    ),
    (
        "slavery-powers-offence",
        "Chiunque esercita su una persona poteri corrispondenti a quelli del diritto di proprietà "
        "è punito con la reclusione da otto a venti anni.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SLAVERY"],
        [],
    ),
    (
        "useservices-victim-carveout",
        "Chiunque, fuori dei casi di concorso nel reato, si avvale delle prestazioni di una vittima "
        "di tratta è punito con la reclusione.",
        ["CRIM.USESERVICES", "CRIM.PENALTY"],
        ["CRIM.ACCOMPLICE"],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_it_drafting_variants(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)
