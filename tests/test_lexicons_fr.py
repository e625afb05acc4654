"""Rule lexicons for French, Catalan and Italian (annotations/lexicons/{fr,ca,it}.yaml).

Table-driven: every sentence here is invented for the test (generic statutory phrasing, never a
quotation of a law).  Each language has positive cases for the main codes and near misses for the
traps of its legal vocabulary (drug trafficking, influence peddling, road traffic, "traite"/"tratta"/
"tracta" used as a verb, migrant smuggling, easements, business "exploitation")."""

from __future__ import annotations

import re

import pytest
from lexicon_checks import GROUP_OF_ID, SDG_CUES

from lexcompare.resources import annotations_dir
from lexcompare.tagging import tag_text
from lexcompare.tagging.ontology import load_ontology
from lexcompare.tagging.rules import Rule, _load

LANGS = ("fr", "ca", "it")


def _own_rules(lang: str) -> list[Rule]:
    lex = _load(annotations_dir() / "lexicons" / f"{lang}.yaml", ())
    return [r for r in lex.rules if r.id.startswith(f"{lang}.")]


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_covers_every_element_and_sdg_cue(lang: str) -> None:
    onto = load_ontology()
    rules = _own_rules(lang)
    codes = {r.code for r in rules}
    missing = set(onto.codes) - codes
    assert not missing, f"{lang}: no rule for {sorted(missing)}"
    cues = {c[4:] for c in codes if c.startswith("SDG:")}
    assert cues >= SDG_CUES, f"{lang}: no cue rule for {sorted(SDG_CUES - cues)}"
    assert codes <= set(onto.codes) | {f"SDG:{t}" for t in onto.target_codes}


@pytest.mark.parametrize("lang", LANGS)
def test_rule_ids_are_stable_and_grouped(lang: str) -> None:
    pattern = re.compile(rf"^{lang}\.[a-z]+\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$")
    for r in _own_rules(lang):
        rid, code = r.id, r.code
        assert pattern.match(rid), rid
        group = GROUP_OF_ID[rid.split(".")[1]]
        assert code.split(".")[0].split(":")[0] == group, f"{rid} tags {code}"


# (language, case id, text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, str, set[str], set[str]]] = [
    # --- French -------------------------------------------------------------------------------
    (
        "fr",
        "definition",
        "Constitue la traite des êtres humains le fait de recruter, de transporter ou d'héberger une "
        "personne, par la menace, la contrainte ou la tromperie, à des fins d'exploitation sexuelle "
        "ou de travail forcé.",
        {"DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "fr",
        "penalty",
        "La traite des êtres humains est punie de dix ans d'emprisonnement et de "
        "100 000 euros d'amende.",
        {"CRIM.PENALTY", "CRIM.OFFENCE"},
        {"CRIM.AGGRAV"},
    ),
    (
        "fr",
        "aggravation",
        "L'infraction de traite des êtres humains est punie de quinze ans de "
        "réclusion criminelle lorsqu'elle est commise à l'égard d'un mineur ou en bande organisée.",
        {"CRIM.AGGRAV", "CRIM.PENALTY", "CRIM.ORGANIZE"},
        {"CRIM.OFFENCE"},
    ),
    (
        "fr",
        "consent",
        "Le consentement de la victime de la traite est indifférent dès lors que "
        "l'un des moyens a été employé.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "fr",
        "child-age",
        "Au sens de la présente loi, on entend par enfant toute personne âgée de "
        "moins de dix-huit ans.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "fr",
        "organs-slavery",
        "L'exploitation comprend la réduction en esclavage, la servitude et le "
        "prélèvement d'organes de la victime de la traite.",
        {"DEF.PURPOSE.SLAVERY", "DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.ORGANS"},
        set(),
    ),
    (
        "fr",
        "attempt",
        "La tentative des délits de traite des êtres humains est punie des mêmes peines.",
        {"CRIM.ATTEMPT"},
        {"CRIM.OFFENCE"},
    ),
    (
        "fr",
        "legal-person",
        "Les personnes morales déclarées pénalement responsables de la traite "
        "des êtres humains encourent une amende et la fermeture de l'établissement.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "fr",
        "confiscation",
        "Le tribunal ordonne la confiscation des biens ayant servi à commettre "
        "l'infraction de traite.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "fr",
        "non-punishment",
        "La victime de la traite n'est pas pénalement responsable des "
        "infractions qu'elle a été contrainte de commettre.",
        {"VIC.NONPUNISH"},
        set(),
    ),
    (
        "fr",
        "residence",
        "Une carte de séjour temporaire est délivrée à l'étranger victime de la "
        "traite qui dépose plainte; il bénéficie d'un délai de réflexion de trente jours.",
        {"VIC.RESIDENCE"},
        {"COOP.BORDER"},
    ),
    (
        "fr",
        "assistance",
        "Les victimes de la traite bénéficient d'un hébergement, de soins "
        "médicaux et d'un accompagnement social.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "fr",
        "unaccented-capitals",
        "LA TRAITE DES ETRES HUMAINS EST PUNIE DE DIX ANS D'EMPRISONNEMENT.",
        {"CRIM.PENALTY", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "fr",
        "african-trafic",
        "Est puni de cinq ans d'emprisonnement quiconque se livre au trafic d'enfants.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "fr",
        "trap-drugs",
        "Le fait de transporter, détenir ou acquérir des stupéfiants est puni de "
        "dix ans d'emprisonnement; le trafic de stupéfiants est un délit.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
    ),
    (
        "fr",
        "trap-influence",
        "Le trafic d'influence commis par une personne dépositaire de "
        "l'autorité publique est puni de dix ans d'emprisonnement.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.AGGRAV"},
    ),
    (
        "fr",
        "trap-road",
        "Le transport de personnes par la route et la circulation routière sont réglés par décret.",
        set(),
        {"DEF.ACT"},
    ),
    (
        "fr",
        "trap-verb",
        "Le présent chapitre traite des personnes morales de droit public.",
        set(),
        {"CRIM.OFFENCE", "CRIM.LEGALPERSON", "DEF.ACT"},
    ),
    (
        "fr",
        "trap-smuggling",
        "Le fait d'aider l'entrée, le transit ou le séjour irréguliers d'un "
        "étranger est puni de cinq ans d'emprisonnement; le trafic illicite de migrants est aggravé "
        "lorsqu'il est commis en bande organisée.",
        set(),
        {"DEF.ACT", "DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "fr",
        "trap-easement",
        "Le propriétaire du fonds servant ne peut rien faire qui diminue l'usage de la servitude.",
        set(),
        {"DEF.PURPOSE.SERVITUDE"},
    ),
    (
        "fr",
        "trap-business",
        "L'exploitation d'un débit de boissons est soumise à une licence d'exploitation.",
        set(),
        {"DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE"},
    ),
    (
        "fr",
        "trap-abroad",
        "Le tribunal peut ordonner la restitution des objets saisis à l'étranger.",
        set(),
        {"CRIM.JURISDICTION", "CRIM.CONFISCATION"},
    ),
    (
        "fr",
        "swiss-trade",
        "Quiconque, en qualité d'offrant, d'intermédiaire ou d'acquéreur, se livre à la traite "
        "d'un être humain à des fins d'exploitation sexuelle est puni d'une peine privative de "
        "liberté ou d'une peine pécuniaire.",
        {"DEF.ACT", "DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "fr",
        "client",
        "Quiconque obtient, moyennant rétribution, les services sexuels d'une personne est "
        "coupable d'un acte criminel.",
        {"CRIM.USESERVICES"},
        {"DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE"},
    ),
    (
        "fr",
        "abroad",
        "Est également punissable l'auteur qui commet l'infraction de traite à l'étranger.",
        {"CRIM.JURISDICTION"},
        {"CRIM.OFFENCE"},
    ),
    # Conventions shared by all languages (lead's list): joint commission and conspiracy are
    # CRIM.ORGANIZE, a group definition is not; child-specific offences are DEF.CHILD, a child
    # victim as a mere aggravation is not; catalogues and purpose clauses carry no CRIM.*/DEF.*.
    (
        "fr",
        "joint-commission",
        "La traite des personnes est punie de vingt ans de réclusion lorsqu'elle est commise par "
        "deux ou plusieurs personnes agissant en qualité d'auteurs ou de complices.",
        {"CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.PENALTY"},
        {"CRIM.OFFENCE"},
    ),
    (
        "fr",
        "several-victims-not-group",
        "La peine est portée au double lorsque l'infraction de traite est commise à l'égard de "
        "plusieurs personnes.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"CRIM.ORGANIZE"},
    ),
    (
        "fr",
        "conspiracy",
        "Quiconque complote avec une autre personne en vue de commettre une infraction de traite "
        "de personnes est coupable d'un acte criminel.",
        {"CRIM.ORGANIZE"},
        set(),
    ),
    (
        "fr",
        "group-definition",
        "Au sens de la présente loi, on entend par groupe criminel organisé un groupe structuré "
        "de trois personnes ou plus agissant de concert dans le but de commettre une infraction.",
        set(),
        {"CRIM.ORGANIZE"},
    ),
    (
        "fr",
        "purpose-clause",
        "La présente loi a pour objet de prévenir et de combattre la traite des personnes, "
        "qu'elle soit ou non liée à la criminalité organisée.",
        set(),
        {"CRIM.ORGANIZE", "CRIM.OFFENCE", "CRIM.AGGRAV"},
    ),
    (
        "fr",
        "child-offence",
        "Est puni de dix ans d'emprisonnement quiconque se livre à la traite d'un enfant ou à "
        "l'exploitation d'un mineur.",
        {"DEF.CHILD", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "fr",
        "child-consent",
        "Le consentement d'un enfant victime de traite est indifférent.",
        {"DEF.CHILD", "DEF.CONSENT"},
        set(),
    ),
    (
        "fr",
        "child-aggravation-only",
        "La traite des personnes est punie de vingt ans de réclusion lorsque la victime est un "
        "enfant.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "fr",
        "child-assistance-only",
        "Les enfants victimes de traite bénéficient d'une prise en charge spécifique adaptée "
        "à leur âge.",
        {"VIC.ASSISTANCE"},
        {"DEF.CHILD"},
    ),
    (
        "fr",
        "offence-catalogue",
        "Le fichier enregistre les condamnations prononcées en application des articles 225-4-1 "
        "(traite des êtres humains), 225-5 (proxénétisme) et 225-14-1 (travail forcé).",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.LABOUR"},
    ),
    (
        "fr",
        "legal-person-debarment",
        "Le contrat conclu avec un entrepreneur qui recourt au travail forcé est résilié de "
        "plein droit et l'entrepreneur est exclu des marchés publics.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "fr",
        "legal-person-passing-mention",
        "La peine est portée au double lorsque l'auteur de la traite est le dirigeant d'une "
        "personne morale.",
        {"CRIM.AGGRAV"},
        {"CRIM.LEGALPERSON"},
    ),
    (
        "fr",
        "means-single-aggravation",
        "La traite des personnes est punie de quinze ans de réclusion lorsqu'elle est commise "
        "avec l'emploi de violences.",
        {"DEF.MEANS", "CRIM.AGGRAV"},
        {"CRIM.OFFENCE"},
    ),
    (
        "fr",
        "demand-course",
        "La juridiction peut prononcer un stage de sensibilisation à la lutte contre l'achat "
        "d'actes sexuels.",
        {"PREV.DEMAND"},
        {"CRIM.USESERVICES"},
    ),
    (
        "fr",
        "pledge-child",
        "Est puni de vingt ans de réclusion quiconque met en gage un enfant ou le vend contre "
        "une rémunération.",
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "fr",
        "legal_aid_in_coordinated_list",
        "Les victimes de la traite ont droit à l'assistance médicale, psychologique et juridique "
        "ainsi qu'à un abri.",
        {"VIC.ASSISTANCE", "VIC.PROCEEDINGS"},
        {"CRIM.PENALTY"},
    ),
    (
        "fr",
        "aggravation_when_offender_used_violence",
        "L'infraction de traite sera punie de la réclusion de dix à quinze ans lorsque l'auteur a "
        "fait usage, de façon directe ou indirecte, de violence ou de menaces.",
        {"CRIM.AGGRAV", "CRIM.PENALTY", "DEF.MEANS"},
        {"CRIM.OFFENCE"},
    ),
    (
        "fr",
        "contact_ban_protects_victim",
        "Le juge peut interdire à l'auteur de la traite d'entrer en contact avec la victime afin de "
        "garantir la sécurité de celle-ci.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "fr",
        "media_ban_is_privacy_not_purpose",
        "Les médias ne peuvent diffuser le nom ou la photographie d'un enfant victime "
        "d'exploitation sexuelle.",
        {"VIC.PRIVACY"},
        {"DEF.PURPOSE.SEXUAL", "PREV.AWARENESS"},
    ),
    (
        "fr",
        "sexually_exploited_persons",
        "Seront punis de cinq à dix ans d'emprisonnement ceux qui auront, en connaissance de cause, "
        "hébergé ou accueilli des personnes exploitées sexuellement.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        {"CRIM.AGGRAV"},
    ),
    (
        "fr",
        "jurisdiction_clause_is_not_aggravation",
        "Lorsque l'infraction de traite est commise à l'étranger par un ressortissant national, la "
        "loi nationale est applicable.",
        {"CRIM.JURISDICTION"},
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
    ),
    (
        "fr",
        "vulnerable_groups_in_assistance_are_not_child_definition",
        "Les services sociaux accordent une attention particulière aux victimes de la traite qui "
        "sont des femmes enceintes, des personnes handicapées ou des mineurs.",
        set(),
        {"DEF.CHILD", "CRIM.AGGRAV"},
    ),
    # --- Catalan ------------------------------------------------------------------------------
    (
        "ca",
        "definition",
        "Serà castigat amb la pena de presó el qui capti, transporti, traslladi o aculli una persona, "
        "emprant violència, intimidació o engany, amb la finalitat d'explotació sexual o de treballs "
        "o serveis forçats, com a reu de tràfic d'éssers humans.",
        {
            "DEF.ACT",
            "DEF.MEANS",
            "DEF.PURPOSE.SEXUAL",
            "DEF.PURPOSE.LABOUR",
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
        },
        set(),
    ),
    (
        "ca",
        "consent",
        "El consentiment de la víctima de tràfic d'éssers humans és irrellevant.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "ca",
        "aggravation",
        "S'imposarà la pena superior en grau quan la víctima sigui menor d'edat "
        "i el fet constitueixi tràfic d'éssers humans.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"CRIM.OFFENCE"},
    ),
    (
        "ca",
        "preparatory",
        "La provocació, la conspiració i la proposició per cometre el delicte "
        "de tràfic d'éssers humans són castigades amb la pena inferior en un grau.",
        {"CRIM.ATTEMPT"},
        {"CRIM.OFFENCE"},
    ),
    (
        "ca",
        "legal-person",
        "Les persones jurídiques responsables del delicte de tràfic d'éssers "
        "humans són castigades amb la pena de multa i la dissolució de la persona jurídica.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "ca",
        "confiscation",
        "Es decretarà el comís dels béns i guanys obtinguts amb el delicte de "
        "tràfic d'éssers humans.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "ca",
        "non-punishment",
        "La víctima de tràfic d'éssers humans queda exempta de pena per les "
        "infraccions penals que hagi comès com a conseqüència de la situació d'explotació.",
        {"VIC.NONPUNISH"},
        set(),
    ),
    (
        "ca",
        "residence",
        "Es concedeix a la víctima de tràfic d'éssers humans un període de "
        "restabliment i reflexió i una autorització de residència.",
        {"VIC.RESIDENCE"},
        set(),
    ),
    (
        "ca",
        "assistance",
        "Les víctimes de tràfic tenen dret a allotjament, atenció sanitària i "
        "psicològica i assistència social.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "ca",
        "unaccented",
        "El qui cometi trafic d'essers humans sera castigat amb pena de preso.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "ca",
        "trap-drugs",
        "El qui transporti drogues tòxiques o estupefaents serà castigat amb la "
        "pena de presó; el tràfic de drogues és delicte.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "ca",
        "trap-influence",
        "El qui cometi tràfic d'influències serà castigat amb la pena de presó.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "ca",
        "trap-verb",
        "Aquest capítol tracta de les persones que tenen dret a prestacions i es "
        "tracta de menors d'edat.",
        set(),
        {"CRIM.OFFENCE", "DEF.ACT", "VIC.CHILD"},
    ),
    (
        "ca",
        "trap-smuggling",
        "El qui afavoreixi la immigració il·legal de migrants serà castigat amb presó.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "ca",
        "trap-road",
        "El tràfic rodat i la circulació de vehicles de transport de persones es "
        "regulen per reglament.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE"},
    ),
    # --- Italian ------------------------------------------------------------------------------
    (
        "it",
        "definition",
        "Chiunque recluta, trasporta, trasferisce o ospita una persona mediante inganno, violenza o "
        "minaccia, al fine di sottoporla a sfruttamento sessuale o lavorativo, è punito con la "
        "reclusione da otto a venti anni.",
        {
            "DEF.ACT",
            "DEF.MEANS",
            "DEF.PURPOSE.SEXUAL",
            "DEF.PURPOSE.LABOUR",
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
        },
        set(),
    ),
    (
        "it",
        "consent",
        "Il consenso della vittima della tratta allo sfruttamento è irrilevante.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "it",
        "aggravation",
        "La pena è aumentata da un terzo alla metà se la persona offesa è minore "
        "degli anni diciotto e il fatto è commesso ai fini della tratta.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"CRIM.OFFENCE"},
    ),
    (
        "it",
        "servitude",
        "Chiunque riduce o mantiene una persona in uno stato di soggezione "
        "continuativa, costringendola a prestazioni lavorative, è punito con la reclusione.",
        {"DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "it",
        "attempt",
        "Il tentativo di tratta di persone è punibile.",
        {"CRIM.ATTEMPT"},
        {"CRIM.OFFENCE"},
    ),
    (
        "it",
        "legal-person",
        "Gli enti sono responsabili per i delitti di tratta di persone; si "
        "applica la sanzione pecuniaria da quattrocento a mille quote.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "it",
        "confiscation",
        "È disposta la confisca dei beni che costituiscono il profitto del "
        "reato di tratta di persone.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "it",
        "residence",
        "Alla vittima della tratta è rilasciato uno speciale permesso di soggiorno "
        "per motivi di protezione sociale.",
        {"VIC.RESIDENCE"},
        set(),
    ),
    (
        "it",
        "assistance",
        "Le vittime della tratta hanno diritto ad alloggio, vitto e assistenza "
        "sanitaria nell'ambito di un programma di assistenza.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "it",
        "unaccented",
        "Chiunque riduce una persona in schiavitu e punito con la reclusione.",
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "it",
        "swiss-trade",
        "Tratta di esseri umani. Chiunque, in veste di offerente, intermediario o acquirente, fa "
        "commercio di un essere umano a scopo di sfruttamento sessuale è punito con una pena "
        "detentiva o con una pena pecuniaria.",
        {"DEF.ACT", "DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "it",
        "legal-entity",
        "L'ente è punito con la sanzione pecuniaria per i delitti di riduzione in schiavitù.",
        {"CRIM.LEGALPERSON"},
        {"CRIM.OFFENCE"},
    ),
    (
        "it",
        "trap-drugs",
        "Chiunque trasporta sostanze stupefacenti è punito con la reclusione; il "
        "traffico di stupefacenti è un delitto.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "it",
        "trap-influence",
        "Chiunque commette traffico di influenze illecite è punito con la reclusione.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "it",
        "trap-verb",
        "Si tratta di persone che hanno diritto a un sussidio; la tratta ferroviaria è soppressa.",
        set(),
        {"CRIM.OFFENCE", "DEF.ACT", "VIC.ASSISTANCE"},
    ),
    (
        "it",
        "trap-smuggling",
        "Chiunque favorisce l'immigrazione clandestina di migranti è punito con la reclusione.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "it",
        "trap-kidnapping",
        "Il sequestro di persona a scopo di estorsione è punito con la reclusione.",
        set(),
        {"CRIM.CONFISCATION"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "name", "text", "must", "must_not"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_rules(lang: str, name: str, text: str, must: set[str], must_not: set[str]) -> None:
    tp = tag_text(text, lang, with_model=False)
    codes = {t.code for t in tp.tags}
    assert must <= codes, f"{lang}/{name}: missing {sorted(must - codes)}"
    assert not (must_not & codes), f"{lang}/{name}: unexpected {sorted(must_not & codes)}"
    for t in tp.tags:
        assert t.evidence, f"{t.code} without evidence"
        for e in t.evidence:
            assert tp.text[e.start : e.end] == e.text
            assert e.pattern.startswith((f"{lang}.", "xx."))


# (language, case id, text, SDG targets that must be cued, targets that must not)
SDG_CASES: list[tuple[str, str, str, set[str], set[str]]] = [
    ("fr", "smuggling", "Le trafic illicite de migrants est réprimé.", {"10.7"}, {"8.7"}),
    ("fr", "marriage", "Nul ne peut être contraint à contracter mariage.", {"5.3"}, set()),
    (
        "fr",
        "workers",
        "L'inspection du travail contrôle les conditions de travail des travailleurs étrangers.",
        {"8.8", "10.7"},
        set(),
    ),
    (
        "fr",
        "laundering",
        "Le blanchiment des produits du crime commis en bande organisée est réprimé.",
        {"16.4"},
        set(),
    ),
    (
        "fr",
        "abroad-not-migration",
        "L'infraction commise à l'étranger est poursuivie.",
        set(),
        {"10.7"},
    ),
    ("fr", "easement", "La servitude de passage grève le fonds servant.", set(), {"8.7"}),
    ("ca", "smuggling", "La immigració il·legal de migrants és castigada.", {"10.7"}, {"8.7"}),
    ("ca", "marriage", "El matrimoni forçat és delicte.", {"5.3"}, set()),
    (
        "ca",
        "women-children",
        "Les dones i els infants víctimes de violència masclista.",
        {"5.2", "16.2"},
        set(),
    ),
    ("ca", "forced-labour", "Els treballs o serveis forçats estan prohibits.", {"8.7"}, set()),
    ("it", "smuggling", "Il traffico di migranti è punito.", {"10.7"}, {"8.7"}),
    (
        "it",
        "caporalato",
        "L'intermediazione illecita e lo sfruttamento del lavoro da parte del datore di lavoro.",
        {"8.7", "8.8"},
        set(),
    ),
    (
        "it",
        "organised",
        "L'associazione per delinquere e il riciclaggio dei proventi del reato.",
        {"16.4"},
        set(),
    ),
    ("it", "minor-amount", "La sanzione è di minore entità.", set(), {"16.2"}),
]


@pytest.mark.parametrize(
    ("lang", "name", "text", "must", "must_not"),
    SDG_CASES,
    ids=[f"{c[0]}-{c[1]}" for c in SDG_CASES],
)
def test_sdg_cues(lang: str, name: str, text: str, must: set[str], must_not: set[str]) -> None:
    tp = tag_text(text, lang, with_model=False)
    targets = {s.target for s in tp.sdg}
    assert must <= targets, f"{lang}/{name}: missing {sorted(must - targets)}"
    assert not (must_not & targets), f"{lang}/{name}: unexpected {sorted(must_not & targets)}"
