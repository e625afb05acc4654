"""Catalan lexicon (annotations/lexicons/ca.yaml): invented sentences in the drafting styles of
the language's penal codes, anti-trafficking, victim-protection and migration laws (positive cases for
every code, the lead's conventions on organised groups, child definitions, offence catalogues,
purpose clauses and legal persons, and near misses).  No sentence here is taken from a statute."""

from __future__ import annotations

import pytest
from lexicon_checks import check_case, check_covers_every_code

LANG = "ca"

# (case id, invented text, codes that must be tagged, codes that must not be tagged);
# "SDG:<target>" stands for an SDG target of the provision.
CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "ca-offence-es",
        "Ha de ser castigat amb presó de cinc a vuit anys qui, emprant violència o engany o "
        "abusant de la vulnerabilitat d'una persona, la capti, la traslladi o l'aculli per "
        "imposar-li treballs forçats, sotmetre-la a esclavitud, a servitud o a la mendicitat, o "
        "per a la seva explotació sexual o l'extracció dels seus òrgans.",
        [
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
            "DEF.ACT",
            "DEF.MEANS",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.ORGANS",
            "DEF.PURPOSE.OTHER",
            "DEF.PURPOSE.SERVITUDE",
            "DEF.PURPOSE.SEXUAL",
            "DEF.PURPOSE.SLAVERY",
        ],
        [],
    ),
    (
        "ca-offence-and",
        "Qui, amb la finalitat d'explotar sexualment una persona, la capti, la transporti o "
        "l'acolleixi mitjançant violència, intimidació o engany, ha de ser castigat amb pena de "
        "presó de quatre a dotze anys.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "ca-org-aggrav",
        "S'imposa la pena superior en grau per al tràfic d'éssers humans quan el culpable formi "
        "part d'una organització dedicada a aquestes activitats.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "ca-org-aggrav-and",
        "La pena del delicte de tràfic d'éssers humans s'agreuja en la meitat superior si el "
        "fet és comès per un grup organitzat o per dues o més persones.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "ca-org-participation",
        "Qui dirigeixi o financi una organització criminal ha de ser castigat amb presó de "
        "quatre a vuit anys.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "ca-org-def",
        "Als efectes d'aquest Codi s'entén per organització criminal l'agrupació formada per "
        "més de dues persones amb caràcter estable que es reparteixin diverses tasques amb la "
        "finalitat de cometre delictes.",
        [],
        ["CRIM.OFFENCE", "CRIM.ORGANIZE"],
    ),
    (
        "ca-conspiracy",
        "Es castiga també, amb una pena inferior en grau, la conspiració i la proposició per "
        "cometre tràfic d'éssers humans.",
        ["CRIM.ATTEMPT", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "ca-child-aggrav",
        "S'imposa la pena superior en grau pel tràfic d'éssers humans quan la víctima sigui "
        "menor d'edat.",
        ["CRIM.AGGRAV", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "ca-child-nomeans",
        "Quan la persona captada sigui menor d'edat amb la finalitat d'explotar-la, hi ha "
        "tràfic d'éssers humans encara que no s'hagi emprat cap mitjà coercitiu.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "ca-child-define",
        "Als efectes d'aquesta llei, s'entén per infant tota persona menor de divuit anys.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "ca-child-prost",
        "Qui determini un menor d'edat a prostituir-se, o se'n lucri, ha de ser castigat amb "
        "presó de dos a cinc anys.",
        ["CRIM.OFFENCE", "DEF.CHILD", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "ca-child-assist",
        "Els infants víctimes de tràfic tenen dret a una assistència adequada i a un "
        "allotjament protegit.",
        ["VIC.ASSISTANCE"],
        ["DEF.CHILD"],
    ),
    (
        "ca-catalogue",
        "La intervenció de les comunicacions és possible per als delictes dels articles 134 bis "
        "(tràfic d'éssers humans), 151 (prostitució de menors) i 152 (explotació sexual).",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.SEXUAL"],
    ),
    (
        "ca-purpose",
        "Aquesta llei té per objecte la prevenció i la lluita contra el tràfic d'éssers humans "
        "i la protecció de les víctimes.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "VIC.ASSISTANCE"],
    ),
    (
        "ca-legal-person",
        "La persona jurídica responsable d'un delicte de tràfic d'éssers humans ha de pagar una "
        "multa proporcional al benefici obtingut i pot ser dissolta.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "ca-legal-person-passing",
        "S'imposa la pena superior en grau pel tràfic d'éssers humans quan el culpable actuï "
        "com a administrador d'una persona jurídica.",
        ["CRIM.AGGRAV"],
        ["CRIM.LEGALPERSON"],
    ),
    (
        "ca-attempt",
        "La temptativa del delicte de tràfic d'éssers humans és punible.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "ca-accomplice",
        "Els còmplices del delicte de tràfic d'éssers humans són castigats amb una pena "
        "inferior en grau a la dels autors.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "ca-useserv",
        "El client que obtingui relacions sexuals d'una persona menor d'edat a canvi de diners "
        "ha de ser castigat amb presó d'un a quatre anys.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "ca-documents",
        "Qui, per facilitar el tràfic d'éssers humans, destrueixi, oculti o retingui els "
        "documents d'identitat o el passaport de la víctima ha de ser castigat amb pena de "
        "presó fins a tres anys.",
        ["CRIM.DOCUMENTS"],
        [],
    ),
    (
        "ca-jurisdiction",
        "La jurisdicció andorrana és competent per conèixer dels delictes de tràfic d'éssers "
        "humans comesos fora del territori per nacionals andorrans.",
        ["CRIM.JURISDICTION"],
        [],
    ),
    (
        "ca-confiscation",
        "En tots els casos s'ha d'acordar el comís dels béns, mitjans i instruments del delicte "
        "de tràfic.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "ca-nonpunish",
        "La víctima de tràfic d'éssers humans no pot ser castigada per les infraccions que hagi "
        "comès obligada pels traficants.",
        ["VIC.NONPUNISH"],
        [],
    ),
    (
        "ca-identify",
        "Quan hi hagi indicis raonables que una persona és víctima de tràfic, les autoritats "
        "han de procedir a la seva identificació.",
        ["VIC.IDENTIFY"],
        [],
    ),
    (
        "ca-privacy",
        "Es prohibeix la difusió de dades que permetin la identificació de la víctima de tràfic "
        "i es protegeix la seva intimitat.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "ca-proceed",
        "La víctima té dret a ser informada dels seus drets i a l'assistència jurídica gratuïta "
        "i a un intèrpret.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    (
        "ca-safety",
        "S'adopten mesures de protecció de la víctima de tràfic i dels seus familiars contra "
        "les represàlies.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "ca-compens",
        "Les víctimes de tràfic tenen dret a la indemnització dels danys i perjudicis soferts.",
        ["VIC.COMPENSATION"],
        [],
    ),
    (
        "ca-residence",
        "A la víctima estrangera de tràfic d'éssers humans se li concedeix un període de "
        "restabliment i reflexió de noranta dies i una autorització de residència i treball.",
        ["VIC.RESIDENCE"],
        [],
    ),
    (
        "ca-repatr",
        "S'assegura el retorn assistit i voluntari de la víctima de tràfic al seu país d'origen.",
        ["VIC.REPATRIATION"],
        [],
    ),
    (
        "ca-vic-child",
        "En la declaració del menor víctima de tràfic s'ha de tenir en compte l'interès "
        "superior del menor.",
        ["VIC.CHILD"],
        [],
    ),
    (
        "ca-policy",
        "El Govern aprova el Pla d'acció nacional contra el tràfic d'éssers humans.",
        ["PREV.POLICY"],
        [],
    ),
    (
        "ca-awareness",
        "Es promouen campanyes de sensibilització sobre els riscos del tràfic d'éssers humans.",
        ["PREV.AWARENESS"],
        [],
    ),
    (
        "ca-rootcauses",
        "Les polítiques de prevenció del tràfic han d'abordar la pobresa i l'exclusió social.",
        ["PREV.ROOTCAUSES"],
        [],
    ),
    (
        "ca-demand",
        "S'adopten mesures per desencoratjar la demanda que afavoreix l'explotació de les "
        "víctimes de tràfic.",
        ["PREV.DEMAND"],
        [],
    ),
    (
        "ca-info",
        "Les autoritats intercanvien informació amb les autoritats estrangeres competents sobre "
        "el tràfic d'éssers humans.",
        ["COOP.INFOEXCHANGE"],
        [],
    ),
    (
        "ca-training",
        "S'assegura la formació específica dels agents de policia i dels fiscals en matèria de "
        "tràfic d'éssers humans.",
        ["COOP.TRAINING"],
        [],
    ),
    (
        "ca-border",
        "Es reforcen els controls fronterers per prevenir el tràfic d'éssers humans.",
        ["COOP.BORDER"],
        [],
    ),
    (
        "ca-docs",
        "L'Estat garanteix la seguretat i la integritat dels documents de viatge i d'identitat "
        "que expedeix.",
        ["COOP.DOCUMENTS"],
        [],
    ),
    (
        "ca-coord",
        "Es crea la Comissió Nacional de coordinació contra el tràfic d'éssers humans.",
        ["INST.COORDINATION"],
        [],
    ),
    (
        "ca-data",
        "La Comissió recull dades estadístiques sobre el tràfic d'éssers humans i elabora un "
        "informe anual.",
        ["INST.DATA"],
        [],
    ),
    (
        "ca-fund",
        "Es crea un fons especial per a les víctimes de tràfic d'éssers humans.",
        ["INST.FUND"],
        [],
    ),
    (
        "ca-saving",
        "El que disposa aquesta llei s'entén sense perjudici de l'estatut de refugiat i del "
        "principi de no devolució.",
        ["GEN.SAVING"],
        [],
    ),
    (
        "ca-smuggling-org",
        "Qui ajudi intencionadament una persona estrangera a entrar il·legalment al territori, "
        "quan els fets es cometin en el si d'una organització criminal, ha de ser castigat amb "
        "pena de presó de quatre a vuit anys.",
        ["SDG:10.7", "SDG:16.4"],
        ["CRIM.OFFENCE", "CRIM.ORGANIZE", "DEF.ACT"],
    ),
    (
        "ca-tracta-verb",
        "Aquest article es tracta de la responsabilitat de les persones jurídiques, que tracta "
        "de manera general.",
        [],
        ["CRIM.OFFENCE", "DEF.ACT"],
    ),
    (
        "ca-purpose-coop",
        "Aquesta llei té per objecte prevenir i combatre el tràfic d'éssers humans, protegir i "
        "assistir les víctimes i promoure la cooperació internacional.",
        [],
        ["COOP.INFOEXCHANGE", "CRIM.OFFENCE", "VIC.ASSISTANCE"],
    ),
    (
        "ca-desistance",
        "Queda exempt de responsabilitat penal qui eviti voluntàriament la consumació del "
        "delicte desistint de l'execució ja iniciada.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "ca-client-rem",
        "Qui, a canvi d'un pagament, mantingui una relació sexual amb un menor d'edat ha de ser "
        "castigat amb presó d'un a quatre anys.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "ca-labour",
        "Qui imposi a una persona treballs o serveis forçats mitjançant violència o intimidació "
        "ha de ser castigat amb pena de presó de dos a sis anys.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.MEANS", "DEF.PURPOSE.LABOUR"],
        [],
    ),
    (
        "ca-legal-general",
        "Les persones jurídiques responen penalment dels delictes de tràfic que els seus "
        "administradors cometin en benefici de l'entitat.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "ca-residence-and",
        "La víctima de tràfic que col·labori amb les autoritats pot obtenir una autorització de "
        "residència i treball per circumstàncies excepcionals.",
        ["VIC.RESIDENCE"],
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_ca_cases(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)


def test_ca_lexicon_covers_every_code() -> None:
    check_covers_every_code(LANG)
