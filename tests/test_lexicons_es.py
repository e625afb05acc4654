"""Spanish and Portuguese lexicons (annotations/lexicons/es.yaml, pt.yaml): table-driven checks with
invented sentences (positive cases and near misses for the main codes), lexicon coverage, and a few
development laws of the corpus read at run time.  No sentence here is taken from a statute."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lexcompare.resources import annotations_dir
from lexcompare.tagging import tag_text
from lexcompare.tagging.ontology import load_ontology
from lexcompare.tagging.rules import _load

LANGS = ("es", "pt")
SDG_CUE_TARGETS = ("5.2", "16.2", "5.3", "8.7", "8.8", "10.7", "16.4")

# (case id, language, invented text, codes that must be tagged, codes that must not be tagged)
ELEMENT_CASES: list[tuple[str, str, str, set[str], set[str]]] = [
    # --- Spanish: positives ---------------------------------------------------------------------
    (
        "es-offence-latam",
        "es",
        "Toda persona que capte, traslade o acoja a otra valiéndose de engaño o de amenazas, para "
        "someterla a explotación sexual, comete trata de personas y será sancionada con prisión de "
        "nueve a diecisiete años.",
        {"DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "es-offence-spain",
        "es",
        "A quien alojare, transportare o captare a otra persona recurriendo a la violencia y al "
        "engaño, con la finalidad de imponerle trabajos forzados, se le castigará por trata de seres "
        "humanos con la pena de seis a nueve años de prisión.",
        {"DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "es-slavery",
        "es",
        "Quien mantenga a otro en esclavitud o en servidumbre, o lo obligue a realizar trabajos "
        "forzados en su finca, será reprimido con prisión de siete (7) a trece (13) años.",
        {
            "DEF.PURPOSE.SLAVERY",
            "DEF.PURPOSE.SERVITUDE",
            "DEF.PURPOSE.LABOUR",
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
        },
        set(),
    ),
    (
        "es-organs-other",
        "es",
        "Se entiende por explotación la extracción ilícita de órganos o tejidos, la mendicidad "
        "forzada y el matrimonio forzado de la víctima de trata.",
        {"DEF.PURPOSE.ORGANS", "DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "es-consent",
        "es",
        "Para la condena del tratante será irrelevante el consentimiento que la víctima de trata "
        "haya prestado a la explotación.",
        {"DEF.CONSENT"},
        {"VIC.NONPUNISH"},
    ),
    (
        "es-child-no-means",
        "es",
        "Cuando la víctima sea una niña, niño o adolescente habrá trata de personas aun cuando no se "
        "haya recurrido a ninguno de los medios previstos.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "es-aggravation",
        "es",
        "La pena prevista para la trata de personas se aumentará en un tercio cuando el autor fuere "
        "funcionario público o la víctima fuere menor de dieciocho años.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD", "CRIM.OFFENCE"},
    ),
    (
        "es-attempt-general",
        "es",
        "Hay tentativa cuando el autor comienza la ejecución del delito y no lo consuma por causas "
        "ajenas a su voluntad; la tentativa será castigada con la pena del delito disminuida.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "es-legal-person",
        "es",
        "Cuando el delito de trata de personas se cometa en nombre de una persona jurídica, se "
        "impondrá a ésta multa y la clausura definitiva del establecimiento.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "es-confiscation",
        "es",
        "La sentencia ordenará el decomiso de los instrumentos y de las ganancias provenientes del "
        "delito.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "es-non-punishment",
        "es",
        "Por las faltas migratorias que cometan mientras estén bajo control del tratante, las "
        "víctimas de trata no serán sancionadas.",
        {"VIC.NONPUNISH"},
        set(),
    ),
    (
        "es-non-punishment-caps",
        "es",
        "LAS VICTIMAS DE TRATA NO SERAN PUNIBLES POR LAS INFRACCIONES MIGRATORIAS.",
        {"VIC.NONPUNISH"},
        set(),
    ),
    (
        "es-assistance",
        "es",
        "Las víctimas de trata de personas tendrán derecho a recibir alojamiento, asistencia médica y "
        "psicológica gratuita y asesoría jurídica en su idioma.",
        {"VIC.ASSISTANCE", "VIC.PROCEEDINGS"},
        {"DEF.ACT"},
    ),
    (
        "es-privacy",
        "es",
        "El tribunal resguardará la intimidad de las víctimas de trata y ordenará que su nombre no "
        "sea publicado por la prensa.",
        {"VIC.PRIVACY"},
        {"DEF.MEANS"},
    ),
    (
        "es-residence-return",
        "es",
        "La víctima extranjera de trata podrá obtener un permiso de residencia temporal o solicitar "
        "su repatriación voluntaria y segura.",
        {"VIC.RESIDENCE", "VIC.REPATRIATION"},
        set(),
    ),
    (
        "es-coordination",
        "es",
        "Créase el Consejo Nacional contra la Trata de Personas, que tendrá las siguientes funciones.",
        {"INST.COORDINATION"},
        set(),
    ),
    (
        "es-training",
        "es",
        "El Ministerio capacitará a los funcionarios de migración y a la policía en la detección de "
        "casos de trata de personas.",
        {"COOP.TRAINING"},
        set(),
    ),
    (
        "es-spain-purposes",
        "es",
        "A efectos de esta norma, la trata de seres humanos comprende obligar a la víctima a "
        "trabajos o servicios forzados, a realizar actividades delictivas o a contraer matrimonios "
        "forzados.",
        {"DEF.PURPOSE.LABOUR", "DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "es-exempt-victim",
        "es",
        "Quedará exenta de pena la víctima de trata que, obligada por sus explotadores, haya usado "
        "un pasaporte ajeno.",
        {"VIC.NONPUNISH"},
        set(),
    ),
    (
        "es-client",
        "es",
        "Se impondrá prisión de cinco a once años al adulto que pague dinero a cambio de mantener "
        "relaciones sexuales con un adolescente.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    # --- Spanish: near misses ---------------------------------------------------------------------
    (
        "es-trata-de-obtener",
        "es",
        "El comerciante que engaña o trata de obtener ventajas indebidas será castigado con multa.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.MEANS"},
    ),
    (
        "es-drug-trafficking",
        "es",
        "El que transporte, reciba o venda estupefacientes será castigado con prisión de tres a ocho "
        "años por tráfico de drogas.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
    ),
    (
        "es-influence-peddling",
        "es",
        "El funcionario público que cometa tráfico de influencias será sancionado con prisión de uno "
        "a tres años y multa.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
    ),
    (
        "es-se-trata-de",
        "es",
        "Cuando se trata de personas jurídicas, la multa se duplicará y podrá ordenarse la "
        "disolución de la sociedad.",
        set(),
        {"CRIM.AGGRAV", "CRIM.OFFENCE", "CRIM.LEGALPERSON", "DEF.ACT"},
    ),
    (
        "es-de-que-trata",
        "es",
        "La autoridad de que trata el artículo anterior recibirá y trasladará los expedientes.",
        set(),
        {"DEF.ACT"},
    ),
    (
        "es-smuggling",
        "es",
        "El que con ánimo de lucro facilite la entrada ilegal al país de migrantes comete tráfico "
        "ilícito de migrantes y será castigado con prisión de dos a seis años.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
    ),
    (
        "es-smuggling-with-acts",
        "es",
        "Será sancionado con prisión de cuatro a ocho años el que promueva o facilite la entrada "
        "ilegal al país de migrantes, transportándolos con la finalidad de obtener un beneficio.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.MEANS"},
    ),
    (
        "es-mining",
        "es",
        "El que explote ilegalmente yacimientos mineros o la explotación de recursos forestales será "
        "sancionado con prisión de dos a cinco años.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"},
    ),
    (
        "es-easement",
        "es",
        "La servidumbre de paso se constituye por acuerdo entre los propietarios de los predios.",
        set(),
        {"DEF.PURPOSE.SERVITUDE"},
    ),
    (
        "es-no-embargo",
        "es",
        "Sin embargo, el juez podrá suspender la audiencia por causa justificada.",
        set(),
        {"CRIM.CONFISCATION"},
    ),
    (
        "es-state-organs",
        "es",
        "Los órganos del Estado coordinarán sus acciones con los gobiernos locales.",
        set(),
        {"DEF.PURPOSE.ORGANS"},
    ),
    (
        "es-kidnapping-not-seizure",
        "es",
        "El secuestro de una persona será reprimido con prisión de cinco a quince años.",
        set(),
        {"CRIM.CONFISCATION"},
    ),
    (
        "es-adoption-of-measures",
        "es",
        "Corresponde al Consejo la adopción de medidas contra la trata de personas.",
        set(),
        {"DEF.PURPOSE.OTHER"},
    ),
    # --- Portuguese: positives --------------------------------------------------------------------
    (
        "pt-offence-brazil",
        "pt",
        "Alojar, transportar ou recrutar mulher ou homem, mediante fraude ou grave ameaça, para fins "
        "de exploração sexual em boate: Pena - reclusão, de 3 (três) a 9 (nove) anos, e multa.",
        {"DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "pt-offence-portugal",
        "pt",
        "Quem, por meio de engano ou de violência, acolher, transportar ou recrutar trabalhadores "
        "para fins de exploração do trabalho em plantações é punido com pena de prisão de 4 a 11 "
        "anos.",
        {"DEF.ACT", "DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "pt-slave-like",
        "pt",
        "Manter trabalhadores rurais em condição análoga à de escravo, sujeitando-os a trabalhos "
        "forçados, é punido com pena de prisão de 3 a 9 anos.",
        {"DEF.PURPOSE.SLAVERY", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "pt-organs",
        "pt",
        "Considera-se exploração a remoção de órgãos, tecidos ou células da vítima de tráfico de "
        "pessoas.",
        {"DEF.PURPOSE.ORGANS"},
        set(),
    ),
    (
        "pt-consent",
        "pt",
        "Para a punição do traficante é irrelevante que a vítima de tráfico de pessoas tenha dado o "
        "seu consentimento.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "pt-aggravation",
        "pt",
        "A pena do crime de tráfico de pessoas é aumentada de um terço até a metade se o crime for "
        "cometido por funcionário público.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"CRIM.OFFENCE"},
    ),
    (
        "pt-accomplice-general",
        "pt",
        "O cúmplice de um crime é punido com a pena do autor, especialmente atenuada pelo "
        "tribunal.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "pt-legal-person",
        "pt",
        "Pelos crimes de tráfico de pessoas respondem também as pessoas colectivas, a quem o juiz "
        "pode aplicar multa e a dissolução da sociedade.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "pt-confiscation",
        "pt",
        "O juiz decreta o perdimento dos bens adquiridos com o produto do crime e dos instrumentos "
        "do crime.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "pt-assistance",
        "pt",
        "As vítimas de tráfico de pessoas têm direito a alojamento, assistência médica e psicológica "
        "e assistência jurídica gratuita.",
        {"VIC.ASSISTANCE", "VIC.PROCEEDINGS"},
        {"DEF.ACT"},
    ),
    (
        "pt-residence",
        "pt",
        "À vítima estrangeira de tráfico de pessoas é concedida autorização de residência temporária.",
        {"VIC.RESIDENCE"},
        set(),
    ),
    (
        "pt-secrecy",
        "pt",
        "As audiências em que a vítima for ouvida tramitarão em segredo de justiça.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "pt-offence-preform-spelling",
        "pt",
        "Aceitar, aliciar ou transportar uma jovem, aproveitando-se da sua situação de especial "
        "vulnerabilidade, para fins de escravatura ou de servidão por dívidas, é punido com pena de "
        "prisão de 11 a 17 anos.",
        {"DEF.ACT", "DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "pt-safety-preform-spelling",
        "pt",
        "As vítimas de tráfico de pessoas beneficiam de medidas de protecção e podem prestar "
        "declarações para memória futura.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "pt-client-knowing",
        "pt",
        "O patrão que utilizar os serviços de uma vítima de tráfico de pessoas, sabendo que ela é "
        "explorada, é punido com pena de prisão de 2 a 6 anos.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    # --- Portuguese: near misses ------------------------------------------------------------------
    (
        "pt-de-que-trata",
        "pt",
        "O crime de que trata o artigo anterior é punido com pena de multa.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "pt-drug-trafficking",
        "pt",
        "Quem importar ou transportar drogas para fins de tráfico de entorpecentes é punido com pena "
        "de prisão de 5 a 15 anos.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "pt-influence-peddling",
        "pt",
        "Quem solicitar vantagem a pretexto de influir em ato de funcionário público comete tráfico "
        "de influência e é punido com pena de prisão de 2 a 5 anos.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "pt-smuggling",
        "pt",
        "Quem organizar, mediante pagamento, a entrada ilegal de um estrangeiro no país por via "
        "marítima é punido com pena de prisão de 3 a 7 anos.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
    ),
    (
        "pt-smuggling-with-acts",
        "pt",
        "Quem promover ou facilitar a entrada ilegal de migrantes, transportando-os com a finalidade "
        "de obter vantagem, é punido com pena de prisão de 2 a 8 anos.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
    ),
    (
        "pt-prestige",
        "pt",
        "A exploração de prestígio junto de funcionário é punida com pena de prisão de 1 a 5 anos.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "pt-kidnapping-not-seizure",
        "pt",
        "Quem mantiver outra pessoa fechada num armazém, por meio de sequestro, é punido com pena de "
        "prisão de 2 a 6 anos.",
        set(),
        {"CRIM.CONFISCATION", "CRIM.OFFENCE"},
    ),
    (
        "pt-non-punishable-preparation",
        "pt",
        "Os simples actos preparatórios não são puníveis, salvo disposição legal em contrário.",
        set(),
        {"CRIM.ACCOMPLICE", "CRIM.ATTEMPT", "VIC.NONPUNISH"},
    ),
    # --- Spanish: conventions of the lead (organised commission, child offences, legal persons) --
    (
        "es-organize-gang-aggravation",
        "es",
        "La pena prevista para la trata de personas se aumentará en la mitad cuando el hecho fuere "
        "cometido por una banda o cuando en él intervinieren tres o más personas.",
        {"CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "es-organize-group-member",
        "es",
        "La pena por la explotación sexual será de quince a veinte años de prisión si el agente "
        "actúa como miembro de una organización criminal.",
        {"CRIM.ORGANIZE", "CRIM.AGGRAV"},
        set(),
    ),
    (
        "es-organize-definition-only",
        "es",
        "Para los efectos de esta ley se entenderá por grupo delictivo organizado un grupo "
        "estructurado de tres o más personas que actúe para cometer trata de personas.",
        set(),
        {"CRIM.ORGANIZE", "CRIM.AGGRAV"},
    ),
    (
        "es-organize-association-offence",
        "es",
        "El que fundare una asociación estructurada, organizada de cualquier modo y dirigida a la "
        "comisión de delitos, será castigado con prisión de dos a seis años.",
        {"CRIM.ORGANIZE"},
        set(),
    ),
    (
        "es-organize-law-name",
        "es",
        "Las víctimas de trata de personas serán protegidas conforme a la Ley contra la Delincuencia "
        "Organizada y será sancionado con multa el servidor que revele su identidad.",
        set(),
        {"CRIM.ORGANIZE"},
    ),
    (
        "es-child-offence",
        "es",
        "El que capte, traslade o reciba a un niño, niña o adolescente con fines de explotación "
        "sexual será sancionado con prisión de diez a veinte años.",
        {"DEF.CHILD", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "es-child-offence-heading",
        "es",
        "Explotación laboral de menores\nEl que obligue a otro a trabajar sin paga en una mina será "
        "castigado con prisión de seis a doce años.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "es-child-victim-aggravation-only",
        "es",
        "Si la víctima de la trata de personas fuere un adolescente, la pena será aumentada en un "
        "tercio.",
        {"CRIM.AGGRAV"},
        {"DEF.CHILD"},
    ),
    (
        "es-child-victim-assistance",
        "es",
        "La Secretaría dará alojamiento y atención a las víctimas de trata menores de 18 años en "
        "albergues especializados.",
        set(),
        {"DEF.CHILD"},
    ),
    (
        "es-means-abuse-aggravation",
        "es",
        "La pena por la trata de personas será de doce a veinte años de prisión cuando el autor "
        "abusare de la confianza o de la vulnerabilidad de la víctima.",
        {"DEF.MEANS", "CRIM.AGGRAV"},
        set(),
    ),
    (
        "es-legal-person-setting-only",
        "es",
        "La pena por la explotación laboral será de seis a doce años de prisión cuando el autor "
        "cometa el delito en el marco de la actividad de una persona jurídica.",
        {"CRIM.AGGRAV"},
        {"CRIM.LEGALPERSON"},
    ),
    (
        "es-legal-person-measures",
        "es",
        "Medidas aplicables a las personas jurídicas\nEl juez podrá ordenar la clausura de sus locales "
        "y la disolución de la sociedad.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "pt-easement",
        "pt",
        "A servidão de passagem constitui-se por contrato entre os proprietários.",
        set(),
        {"DEF.PURPOSE.SERVITUDE"},
    ),
]

# (case id, language, invented text, SDG targets that must be given, targets that must not)
SDG_CASES: list[tuple[str, str, str, set[str], set[str]]] = [
    (
        "es-forced-marriage",
        "es",
        "Nadie podrá ser obligado a contraer matrimonio servil.",
        {"5.3"},
        set(),
    ),
    ("es-girls", "es", "Se dará atención especial a las mujeres y niñas.", {"5.2", "16.2"}, set()),
    (
        "es-not-a-minor",
        "es",
        "Será reprimido con pena privativa de libertad no menor de cinco años el que cometa robo.",
        set(),
        {"16.2"},
    ),
    (
        "es-minor-of-age",
        "es",
        "La víctima menor de dieciocho años recibirá tutela especial.",
        {"16.2"},
        set(),
    ),
    (
        "es-migrant-workers",
        "es",
        "Se protegerán los derechos laborales de los trabajadores migrantes.",
        {"8.8", "10.7"},
        set(),
    ),
    (
        "es-smuggling-cue",
        "es",
        "El tráfico ilícito de migrantes será perseguido de oficio.",
        {"10.7"},
        set(),
    ),
    (
        "es-organised-crime",
        "es",
        "La organización criminal y el lavado de activos serán investigados.",
        {"16.4"},
        set(),
    ),
    (
        "es-abroad-not-migration",
        "es",
        "Este Código se aplicará a los delitos cometidos en el extranjero por funcionarios.",
        set(),
        {"10.7"},
    ),
    (
        "es-forced-labour-cue",
        "es",
        "Queda prohibido el trabajo forzoso u obligatorio.",
        {"8.7"},
        set(),
    ),
    ("pt-forced-marriage", "pt", "Ninguém pode ser coagido a contrair casamento.", {"5.3"}, set()),
    (
        "pt-minor-importance",
        "pt",
        "Quando o contributo do cúmplice for de menor importância, o juiz reduz a pena.",
        set(),
        {"16.2"},
    ),
    ("pt-child", "pt", "A criança vítima recebe proteção especial.", {"16.2"}, set()),
    ("pt-foreigner", "pt", "A entrada ilegal de estrangeiro é punida.", {"10.7"}, set()),
    (
        "pt-abroad",
        "pt",
        "Ficam sujeitos à lei brasileira os crimes cometidos no estrangeiro.",
        set(),
        {"10.7"},
    ),
    (
        "pt-workers",
        "pt",
        "O empregador deve respeitar a legislação do trabalho e os trabalhadores.",
        {"8.8"},
        set(),
    ),
    ("pt-organised-crime", "pt", "Integrar organização criminosa é crime.", {"16.4"}, set()),
    ("pt-slave-labour-cue", "pt", "É proibido o trabalho escravo.", {"8.7"}, set()),
]


def _codes(text: str, lang: str) -> tuple[set[str], set[str]]:
    tp = tag_text(text, lang, with_model=False)
    for t in tp.tags:
        assert t.method == "rule"
        assert t.evidence, f"{t.code} without evidence"
        for e in t.evidence:
            assert tp.text[e.start : e.end] == e.text
            assert e.pattern.startswith(f"{lang}."), e.pattern
    return {t.code for t in tp.tags}, {s.target for s in tp.sdg}


@pytest.mark.parametrize(
    ("name", "lang", "text", "must", "must_not"), ELEMENT_CASES, ids=[c[0] for c in ELEMENT_CASES]
)
def test_element_rules(name: str, lang: str, text: str, must: set[str], must_not: set[str]) -> None:
    codes, _ = _codes(text, lang)
    assert must <= codes, f"{name}: missing {sorted(must - codes)} (got {sorted(codes)})"
    assert not (must_not & codes), f"{name}: unexpected {sorted(must_not & codes)}"


@pytest.mark.parametrize(
    ("name", "lang", "text", "must", "must_not"), SDG_CASES, ids=[c[0] for c in SDG_CASES]
)
def test_sdg_cues(name: str, lang: str, text: str, must: set[str], must_not: set[str]) -> None:
    _, targets = _codes(text, lang)
    assert must <= targets, f"{name}: missing {sorted(must - targets)} (got {sorted(targets)})"
    assert not (must_not & targets), f"{name}: unexpected {sorted(must_not & targets)}"


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_covers_every_code(lang: str) -> None:
    lex = _load(annotations_dir() / "lexicons" / f"{lang}.yaml", ())
    onto = load_ontology()
    codes = {r.code for r in lex.rules}
    assert set(onto.codes) <= codes, f"{lang}: no rule for {sorted(set(onto.codes) - codes)}"
    assert {f"SDG:{t}" for t in SDG_CUE_TARGETS} <= codes
    allowed = set(onto.codes) | {f"SDG:{t}" for t in onto.target_codes}
    for r in lex.rules:
        assert r.id.startswith(f"{lang}."), r.id
        assert len(r.id.split(".")) >= 3, r.id
        assert r.code in allowed, r.id
        assert 0.5 <= r.weight <= 1.0, r.id


@pytest.mark.parametrize("lang", LANGS)
def test_sdg_reasons_are_stated(lang: str) -> None:
    text = {
        "es": "La niña víctima de trata fue explotada sexualmente en la prostitución.",
        "pt": "A criança vítima de tráfico de pessoas foi submetida à prostituição.",
    }[lang]
    tp = tag_text(text, lang, with_model=False)
    by_target = {s.target: s.because for s in tp.sdg}
    assert "16.2" in by_target and any("cue" in b for b in by_target["16.2"])
    assert "5.2" in by_target


# --- development laws of the corpus, read at run time --------------------------------------------

CORPUS = os.environ.get("LEXCOMPARE_CORPUS", "")

# (law id, provision num, codes that must be tagged): provisions whose elements any reader of the
# law would agree on; development laws only (never one listed under `test:` in splits.yaml).
CORPUS_CASES = [
    ("arg/ley-26364", "5", {"VIC.NONPUNISH"}),
    ("arg/ley-26364", "8", {"VIC.PRIVACY"}),
    ("col/ley-985-2005", "3", {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"}),
    (
        "bra/codigo-penal-planalto",
        "149-A",
        {"DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.ORGANS", "DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE"},
    ),
    ("bra/codigo-penal-planalto", "91", {"CRIM.CONFISCATION"}),
]


@pytest.mark.skipif(not CORPUS or not Path(CORPUS).is_dir(), reason="LEXCOMPARE_CORPUS not set")
@pytest.mark.parametrize(
    ("law_id", "num", "must"), CORPUS_CASES, ids=[f"{c[0]}:{c[1]}" for c in CORPUS_CASES]
)
def test_development_law_provisions(law_id: str, num: str, must: set[str]) -> None:
    import yaml

    from lexcompare.corpus import load_law
    from lexcompare.tagging.pipeline import tag_provisions

    held_out = set(yaml.safe_load((annotations_dir() / "splits.yaml").read_text())["test"])
    assert law_id not in held_out
    law = load_law(law_id, CORPUS)
    p = law.find(num)
    assert p is not None, f"{law_id}: provision {num} not found"
    tagged = tag_provisions(law, [p], with_model=False)[0]
    codes = {t.code for t in tagged.tags}
    assert must <= codes, f"{law_id} {num}: missing {sorted(must - codes)} (got {sorted(codes)})"
