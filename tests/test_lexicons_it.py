"""Italian lexicon (annotations/lexicons/it.yaml): invented sentences in the drafting styles of
the language's penal codes, anti-trafficking, victim-protection and migration laws (positive cases for
every code, the lead's conventions on organised groups, child definitions, offence catalogues,
purpose clauses and legal persons, and near misses).  No sentence here is taken from a statute."""

from __future__ import annotations

import pytest
from lexicon_checks import check_case, check_covers_every_code

LANG = "it"

# (case id, invented text, codes that must be tagged, codes that must not be tagged);
# "SDG:<target>" stands for an SDG target of the provision.
CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "it-offence-it",
        "Chiunque recluta, trasporta o ospita una persona, mediante inganno, violenza o abuso "
        "di autorità, al fine di costringerla a prestazioni lavorative o sessuali, "
        "all'accattonaggio o al prelievo di organi, è punito con la reclusione da otto a venti "
        "anni.",
        [
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
            "DEF.ACT",
            "DEF.MEANS",
            "DEF.PURPOSE.ORGANS",
            "DEF.PURPOSE.OTHER",
            "DEF.PURPOSE.SEXUAL",
        ],
        [],
    ),
    (
        "it-offence-ch",
        "Chiunque fa commercio di un essere umano, in veste di intermediario o di acquirente, a "
        "scopo di sfruttamento del lavoro o di sfruttamento sessuale, oppure per il prelievo di "
        "un organo, è punito con una pena detentiva.",
        [
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
            "DEF.ACT",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.ORGANS",
            "DEF.PURPOSE.SEXUAL",
        ],
        [],
    ),
    (
        "it-slavery",
        "Il padrone che tratti il lavoratore come oggetto di proprietà, esercitando su di lui "
        "poteri corrispondenti a quelli del diritto di proprietà, e lo mantenga in soggezione "
        "continuativa è punito con la reclusione da otto a venti anni.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.SLAVERY"],
        [],
    ),
    (
        "it-org-aggrav",
        "La pena per la tratta di persone è aumentata da un terzo alla metade se il fatto è "
        "commesso da tre o più persone riunite o da un'associazione per delinquere.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "it-org-aggrav-ch",
        "Se il colpevole fa mestiere della tratta di esseri umani o agisce come membro di una "
        "banda, la pena è una pena detentiva non inferiore a un anno.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "it-org-participation",
        "Coloro che costituiscono o dirigono un'associazione diretta a commettere delitti sono "
        "puniti con la reclusione da tre a sette anni.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "it-org-def",
        "Ai fini della presente legge si intende per gruppo criminale organizzato un gruppo "
        "strutturato, esistente per un periodo di tempo, composto da tre o più persone che "
        "agiscono di concerto al fine di commettere reati gravi.",
        [],
        ["CRIM.OFFENCE", "CRIM.ORGANIZE"],
    ),
    (
        "it-child-aggrav",
        "La pena per la tratta di persone è aumentata se la persona offesa è minore degli anni "
        "diciotto.",
        ["CRIM.AGGRAV", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "it-child-aggrav2",
        "Le pene previste per la tratta di persone sono aumentate da un terzo alla metà se i "
        "fatti sono commessi in danno di un minore di anni 18.",
        ["CRIM.AGGRAV"],
        ["DEF.CHILD"],
    ),
    (
        "it-child-nomeans",
        "Se le condotte descritte sono rivolte a un minore di età allo scopo di sfruttarlo, il "
        "reato sussiste anche al di fuori delle modalità indicate nel comma precedente.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "it-child-prost",
        "Chiunque induce alla prostituzione una persona di età inferiore agli anni diciotto, "
        "traendone profitto, è punito con la reclusione da sei a dodici anni.",
        ["CRIM.OFFENCE", "DEF.CHILD", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "it-child-define",
        "Ai fini della presente legge, per minore si intende ogni persona di età inferiore a "
        "diciotto anni.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "it-child-assist",
        "Ai minori vittime di tratta è garantita un'assistenza adeguata e un alloggio protetto.",
        ["VIC.ASSISTANCE"],
        ["DEF.CHILD"],
    ),
    (
        "it-catalogue",
        "Le intercettazioni sono consentite per i delitti di cui agli articoli 600 (riduzione "
        "in schiavitù), 601 (tratta di persone) e 602 (acquisto e alienazione di schiavi) del "
        "codice penale.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.SLAVERY"],
    ),
    (
        "it-purpose",
        "La presente legge ha per oggetto la prevenzione e la repressione della tratta di "
        "persone e la protezione delle vittime.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "VIC.ASSISTANCE"],
    ),
    (
        "it-legal-person",
        "Per i delitti di tratta commessi nel suo interesse, l'ente è punito con una sanzione "
        "pecuniaria fino a mille quote e con le sanzioni interdittive.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "it-legal-person-passing",
        "La pena per la tratta è aumentata se il fatto è commesso dall'amministratore di una "
        "società nell'esercizio delle sue funzioni.",
        ["CRIM.AGGRAV"],
        ["CRIM.LEGALPERSON"],
    ),
    (
        "it-attempt",
        "Il tentativo di tratta di persone è punibile.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "it-accomplice",
        "Ciascuno di coloro che concorrono nel medesimo reato di tratta è punito con la pena "
        "prevista per l'autore.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "it-useserv",
        "Il cliente che, dietro compenso, ottiene atti sessuali da un minore di sedici anni è "
        "punito con la reclusione da uno a sei anni.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "it-documents",
        "Chiunque, al fine di agevolare la tratta di persone, distrugge, occulta o trattiene i "
        "documenti di identità o il passaporto della vittima è punito con la reclusione fino a "
        "tre anni.",
        ["CRIM.DOCUMENTS"],
        [],
    ),
    (
        "it-jurisdiction",
        "Il cittadino che commette all'estero il delitto di tratta di persone è punito secondo "
        "la legge italiana anche senza richiesta del Ministro.",
        ["CRIM.JURISDICTION"],
        [],
    ),
    (
        "it-confiscation",
        "Il giudice dispone la confisca del denaro e degli altri beni ricavati dal reato di "
        "tratta, anche per equivalente.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "it-nonpunish",
        "Le vittime di tratta non sono punibili per i reati che sono state costrette a "
        "commettere come conseguenza diretta della loro condizione.",
        ["VIC.NONPUNISH"],
        [],
    ),
    (
        "it-identify",
        "Le autorità provvedono alla tempestiva identificazione delle vittime di tratta e al "
        "loro invio ai servizi di assistenza.",
        ["VIC.IDENTIFY"],
        [],
    ),
    (
        "it-privacy",
        "È vietata la pubblicazione delle generalità e dell'immagine della persona offesa dal "
        "reato di tratta.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "it-proceed",
        "La vittima di tratta ha diritto all'assistenza di un interprete e al patrocinio a "
        "spese dello Stato.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    (
        "it-safety",
        "Sono adottate misure di protezione della vittima e dei suoi familiari contro le "
        "ritorsioni.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "it-compens",
        "Le vittime di tratta hanno diritto al risarcimento del danno e a un indennizzo a "
        "carico del Fondo.",
        ["VIC.COMPENSATION"],
        [],
    ),
    (
        "it-residence",
        "Alla vittima straniera della tratta che aderisce a un programma di assistenza viene "
        "rilasciato uno speciale permesso di soggiorno.",
        ["VIC.RESIDENCE"],
        [],
    ),
    (
        "it-repatr",
        "È assicurato il rimpatrio assistito e volontario delle vittime di tratta nel paese di "
        "origine.",
        ["VIC.REPATRIATION"],
        [],
    ),
    (
        "it-vic-child",
        "Nell'audizione del minore vittima di tratta si tiene conto del superiore interesse del "
        "minore.",
        ["VIC.CHILD"],
        [],
    ),
    (
        "it-policy",
        "Il Governo adotta il Piano nazionale d'azione contro la tratta e il grave sfruttamento "
        "degli esseri umani.",
        ["PREV.POLICY"],
        [],
    ),
    (
        "it-awareness",
        "Sono promosse campagne di sensibilizzazione sui rischi della tratta di persone.",
        ["PREV.AWARENESS"],
        [],
    ),
    (
        "it-rootcauses",
        "Le politiche di prevenzione della tratta affrontano la povertà e la mancanza di pari "
        "opportunità.",
        ["PREV.ROOTCAUSES"],
        [],
    ),
    (
        "it-demand",
        "Lo Stato adotta misure per scoraggiare la domanda che favorisce lo sfruttamento delle "
        "vittime di tratta.",
        ["PREV.DEMAND"],
        [],
    ),
    (
        "it-info",
        "Le autorità scambiano informazioni con le autorità estere competenti in materia di "
        "tratta di persone.",
        ["COOP.INFOEXCHANGE"],
        [],
    ),
    (
        "it-training",
        "È assicurata la formazione specifica degli operatori delle forze di polizia e dei "
        "magistrati in materia di tratta.",
        ["COOP.TRAINING"],
        [],
    ),
    (
        "it-border",
        "Sono rafforzati i controlli alle frontiere per prevenire la tratta di persone.",
        ["COOP.BORDER"],
        [],
    ),
    (
        "it-docs",
        "Lo Stato garantisce la sicurezza e l'integrità dei documenti di viaggio e di identità "
        "che rilascia.",
        ["COOP.DOCUMENTS"],
        [],
    ),
    (
        "it-coord",
        "È istituito il Comitato nazionale di coordinamento delle azioni contro la tratta di "
        "persone.",
        ["INST.COORDINATION"],
        [],
    ),
    (
        "it-data",
        "Il Comitato cura la raccolta dei dati statistici sulla tratta e presenta una relazione "
        "annuale al Parlamento.",
        ["INST.DATA"],
        [],
    ),
    (
        "it-fund",
        "È istituito il Fondo per le misure anti-tratta destinato al finanziamento dei "
        "programmi di assistenza alle vittime.",
        ["INST.FUND"],
        [],
    ),
    (
        "it-saving",
        "Restano salvi gli obblighi derivanti dalla Convenzione di Ginevra sullo status di "
        "rifugiato e il divieto di respingimento.",
        ["GEN.SAVING"],
        [],
    ),
    (
        "it-smuggling-org",
        "Chi organizza il viaggio di stranieri verso il territorio dello Stato in violazione "
        "delle norme sull'immigrazione clandestina, in concorso con tre o più persone, è punito "
        "con la reclusione da sei a sedici anni.",
        ["SDG:10.7"],
        ["CRIM.OFFENCE", "CRIM.ORGANIZE", "DEF.ACT"],
    ),
    (
        "it-tratta-verb",
        "Il presente articolo si tratta di una disposizione che tratta delle persone giuridiche "
        "e della loro responsabilità.",
        [],
        ["CRIM.OFFENCE", "DEF.ACT"],
    ),
    (
        "it-purpose-coop",
        "La presente legge ha lo scopo di prevenire e combattere la tratta di persone, di "
        "proteggere e assistere le vittime e di promuovere la cooperazione internazionale.",
        [],
        ["COOP.INFOEXCHANGE", "CRIM.OFFENCE", "PREV.POLICY", "VIC.ASSISTANCE"],
    ),
    (
        "it-catalogue-names",
        "La responsabilità dell'ente sussiste per la tratta di persone (art. 601), la riduzione "
        "in schiavitù (art. 600) e l'acquisto di schiavi (art. 602).",
        ["CRIM.LEGALPERSON"],
        ["CRIM.OFFENCE", "DEF.ACT", "DEF.PURPOSE.SLAVERY"],
    ),
    (
        "it-desistance",
        "Il colpevole che volontariamente desiste dall'azione soggiace soltanto alla pena per "
        "gli atti già compiuti.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "it-organs-tratta",
        "Chiunque vende o procura a terzi organi prelevati da persona vivente, a scopo di "
        "lucro, è punito con la reclusione da tre a dodici anni.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.ORGANS"],
        [],
    ),
    (
        "it-ch-client",
        "È punito con una pena detentiva sino a tre anni chi ottiene atti sessuali da una "
        "persona minorenne contro rimunerazione.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "it-client-reverse",
        "Chiunque, in cambio di denaro, compie atti sessuali con una persona minore di età è "
        "punito con la reclusione da uno a sei anni.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "it-ch-reflection",
        "Il periodo di recupero e di riflessione concesso alla vittima della tratta dura almeno "
        "trenta giorni.",
        ["VIC.RESIDENCE"],
        [],
    ),
    (
        "it-ch-prost",
        "Chi sospinge un minorenne a prostituirsi per trarne un vantaggio patrimoniale è punito "
        "con una pena detentiva sino a dieci anni.",
        ["CRIM.OFFENCE", "DEF.CHILD", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "it-caporalato",
        "Chi assume braccianti tramite intermediari e li impiega in condizioni di sfruttamento, "
        "approfittando del loro stato di bisogno, è punito con la reclusione da uno a sei anni.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.MEANS"],
        [],
    ),
    (
        "it-bandalarga",
        "Il gestore della rete a banda larga è punito con la sanzione amministrativa per la "
        "violazione degli obblighi.",
        [],
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
    ),
    (
        "it-assoc-416",
        "Quando l'associazione è diretta a commettere delitti di tratta o di riduzione in "
        "schiavitù, i promotori sono puniti con la reclusione da cinque a quindici anni.",
        ["CRIM.ORGANIZE"],
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_it_cases(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)


def test_it_lexicon_covers_every_code() -> None:
    check_covers_every_code(LANG)
