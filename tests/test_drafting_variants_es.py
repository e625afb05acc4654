"""Spanish drafting variants: invented provisions in the styles of different Spanish-speaking
legislatures (Spain, Mexico, Argentina, Colombia, Chile, Peru, Guatemala, Costa Rica, Paraguay,
Bolivia, Uruguay, Honduras, Venezuela, Ecuador, Dominican Republic, Cuba...), with the codes the
annotation guidelines would give them and near misses that must not get a code.

Every sentence below was written for this test; none is taken from a statute.  The cases drive the
generalisation of annotations/lexicons/es.yaml: they vary penalty formulae ("será reprimido /
castigado / sancionado / penado", "incurrirá en", "se impondrá ... al que", "privación de
libertad", "reclusión mayor en su grado medio"), tenses (future subjunctive "captare", present
subjunctive "capte", future "será"), voices and word order.

Pass counts (115 cases; a case passes when every expected code is tagged and no forbidden one):
- with the lexicon as it was before this work: 61/115 (the first 66 cases, written before any rule
  was changed: 51/66; the later rounds, each written before its own rule changes: 10/49);
- after the rule changes: 115/115.
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

LANG = "es"

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, set[str], set[str]]] = [
    # --- offence + penalty in different national formulae ---------------------------------------
    (
        "offence-bolivia-privacion",
        "Quien capte, traslade o reciba a una persona con fines de explotación sexual o laboral "
        "será sancionado con privación de libertad de diez a quince años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "offence-chile-grados",
        "El que mediante violencia o engaño trasladare a una persona para que sea objeto de "
        "explotación sexual será castigado con reclusión mayor en sus grados mínimo a medio y multa "
        "de cincuenta unidades tributarias mensuales.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.MEANS", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "offence-mexico-al-que",
        "Se impondrá pena de cinco a quince años de prisión y de un mil a veinte mil días multa al "
        "que obtenga un beneficio de la explotación de una o más personas a través de la "
        "prostitución ajena.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "offence-colombia-meses",
        "El que capte, traslade o acoja a una persona con fines de explotación incurrirá en prisión "
        "de ciento cincuenta y seis (156) a doscientos setenta y seis (276) meses y multa de "
        "ochocientos (800) a mil quinientos (1.500) salarios mínimos legales mensuales vigentes.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "offence-peru-no-menor",
        "El que recluta o transporta a otro con la finalidad de someterlo a trabajos forzados será "
        "reprimido con pena privativa de libertad no menor de ocho ni mayor de quince años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"},
        set(),
    ),
    (
        "offence-spain-castigado",
        "Será castigado con la pena de cinco a ocho años de prisión como reo de trata de seres "
        "humanos quien, empleando violencia, intimidación o engaño, captare o alojare a una persona "
        "con la finalidad de explotarla sexualmente.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.MEANS", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "offence-uruguay-penitenciaria",
        "Quien reclutare o acogiere a personas para someterlas a servidumbre o explotación laboral "
        "será castigado con una pena de cuatro a dieciséis años de penitenciaría.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "offence-dominicana-plural",
        "Los que recluten, transporten o alberguen personas con fines de explotación sexual serán "
        "castigados con penas de quince a veinte años de reclusión y multa de ciento setenta y cinco "
        "salarios mínimos.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "offence-cuba-incurre",
        "Incurre en sanción de privación de libertad de siete a quince años el que promueva u "
        "organice la prostitución de otra persona.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "offence-venezuela-penado",
        "Quien mantenga a una persona en condición de esclavitud o servidumbre será penado con "
        "prisión de diez a veinte años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SLAVERY"},
        set(),
    ),
    (
        "offence-comete-delito",
        "Comete el delito de trata de personas la persona que, con fines de explotación, promueva, "
        "capte, transporte o reciba a otra persona. Este delito se sancionará con prisión de ocho a "
        "dieciocho años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "offence-ecuador-pena-privativa",
        "La persona que, en beneficio propio o de terceros, explote a otra mediante la mendicidad "
        "forzada será sancionada con pena privativa de libertad de trece a dieciséis años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "offence-paraguay-hasta",
        "El que, mediante coacción, sometiere a otro a matrimonio servil será castigado con pena "
        "privativa de libertad de hasta ocho años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER", "DEF.MEANS"},
        set(),
    ),
    # --- aggravations -----------------------------------------------------------------------------
    (
        "aggrav-mitad-superior",
        "Se impondrán las penas del delito de trata de personas en su mitad superior cuando la "
        "víctima sea una persona especialmente vulnerable por razón de enfermedad o discapacidad.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "aggrav-superior-grado",
        "Se impondrá la pena superior en grado a la prevista para la trata de seres humanos cuando "
        "el culpable se hubiera prevalido de su condición de autoridad o funcionario público.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "aggrav-sera-de",
        "La pena será de doce a veinte años de prisión cuando la víctima de la trata sea menor de "
        "dieciocho años o mayor de sesenta.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD", "CRIM.OFFENCE"},
    ),
    (
        "aggrav-incrementara-mitad",
        "Las penas previstas para el delito de explotación sexual se incrementarán hasta en una "
        "mitad si el autor fuera cónyuge, conviviente o pariente de la víctima.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "aggrav-circunstancias-list",
        "Son circunstancias agravantes del delito de trata de personas: a) que la víctima se "
        "encuentre embarazada; b) que el hecho ponga en peligro la vida de la víctima; c) que el "
        "autor sea ascendiente o tutor de la víctima.",
        {"CRIM.AGGRAV"},
        {"DEF.CHILD"},
    ),
    (
        "aggrav-sancion-duplicara",
        "La sanción prevista para la trata de personas se duplicará cuando el delito se cometa "
        "contra un niño, niña o adolescente.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "aggrav-maximo-elevara",
        "El máximo de la pena establecida para la trata se elevará en un tercio si como consecuencia "
        "del hecho la víctima sufriere lesiones graves.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "aggrav-numbered-plain",
        "La pena de prisión por trata de personas será de quince a veinticinco años en los casos "
        "siguientes: 1. Cuando se utilice violencia. 2. Cuando resulte la muerte de la víctima.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    # --- organised commission ---------------------------------------------------------------------
    (
        "organize-aggrav-grupo",
        "La pena de la trata de personas se agravará en un tercio cuando el delito sea cometido por "
        "un grupo delictivo organizado.",
        {"CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "organize-aggrav-dos-o-mas",
        "Las penas de la explotación laboral se aumentarán en la mitad cuando en la comisión del "
        "hecho intervengan dos o más personas.",
        {"CRIM.ORGANIZE", "CRIM.AGGRAV"},
        set(),
    ),
    (
        "organize-aggrav-perteneciere",
        "Se impondrá la pena en su mitad superior al autor de trata de personas que perteneciere a "
        "una organización dedicada a la realización de tales actividades.",
        {"CRIM.ORGANIZE", "CRIM.AGGRAV"},
        set(),
    ),
    (
        "organize-conspiracy",
        "La provocación, la conspiración y la proposición para cometer el delito de trata de seres "
        "humanos serán castigadas con la pena inferior en uno o dos grados.",
        {"CRIM.ORGANIZE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "organize-definition-only",
        "Para los efectos de esta ley se entiende por grupo delictivo organizado un grupo "
        "estructurado de tres o más personas que actúe concertadamente con el propósito de cometer "
        "delitos de trata.",
        set(),
        {"CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.OFFENCE"},
    ),
    # --- attempt ----------------------------------------------------------------------------------
    (
        "attempt-castigara",
        "Se castigará también la tentativa del delito de trata de personas.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "attempt-reduce",
        "En caso de tentativa de trata de personas, la pena se reducirá en un tercio.",
        {"CRIM.ATTEMPT", "CRIM.PENALTY"},
        set(),
    ),
    (
        "attempt-grado",
        "Los delitos de explotación sexual previstos en esta ley serán punibles en grado de "
        "tentativa.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    # --- accomplices ------------------------------------------------------------------------------
    (
        "accomplice-misma-pena",
        "Con la misma pena será sancionado quien financie, facilite o colabore de cualquier forma en "
        "la trata de personas.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "accomplice-complices-inferior",
        "Los cómplices del delito de trata serán castigados con la pena inferior en grado a la "
        "señalada para los autores.",
        {"CRIM.ACCOMPLICE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "accomplice-instigue",
        "Quien instigue o induzca a otro a cometer el delito de explotación sexual será sancionado "
        "como autor.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "accomplice-near-miss-leniency",
        "La pena del partícipe en la trata de personas que colabore eficazmente con la investigación "
        "podrá reducirse a la mitad.",
        {"CRIM.PENALTY"},
        {"CRIM.ACCOMPLICE"},
    ),
    # --- children ---------------------------------------------------------------------------------
    (
        "child-no-means-required",
        "Cuando la víctima sea menor de dieciocho años no será necesario que concurra ninguno de los "
        "medios señalados para que exista trata de personas.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "child-consent-menor",
        "En el caso de trata de personas menores de edad, el consentimiento otorgado por la víctima "
        "no tendrá efecto alguno.",
        {"DEF.CHILD", "DEF.CONSENT"},
        set(),
    ),
    (
        "child-definition",
        "A efectos de la presente ley de prevención de la trata, se entenderá por niño o niña toda "
        "persona menor de dieciocho años de edad.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "child-specific-offence",
        "El que promueva, facilite o favorezca la explotación sexual de niños, niñas o adolescentes "
        "será sancionado con prisión de diez a veinte años.",
        {"DEF.CHILD", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "child-near-miss-register",
        "El registro de víctimas de trata consignará el número de personas atendidas, su sexo y si "
        "son menores de dieciocho años.",
        set(),
        {"DEF.CHILD", "CRIM.AGGRAV"},
    ),
    # --- means ------------------------------------------------------------------------------------
    (
        "means-spain-style",
        "Se entiende por trata la captación de una persona con abuso de una situación de "
        "superioridad o de necesidad de la víctima, con fines de explotación.",
        {"DEF.MEANS"},
        set(),
    ),
    (
        "means-protocol-list",
        "Existe trata de personas cuando se recurre a la amenaza, al uso de la fuerza u otras formas "
        "de coacción, al rapto, al fraude o al engaño para captar a una persona con fines de "
        "explotación.",
        {"DEF.MEANS"},
        set(),
    ),
    (
        "means-near-miss-victim-report",
        "Las víctimas de trata podrán denunciar ante la policía las amenazas que reciban.",
        set(),
        {"DEF.MEANS", "CRIM.OFFENCE"},
    ),
    # --- purposes ---------------------------------------------------------------------------------
    (
        "purpose-other-list",
        "Para los fines de esta ley sobre trata de personas, constituyen explotación la mendicidad "
        "forzada, la adopción irregular, el embarazo forzado y la utilización de personas en "
        "actividades delictivas.",
        {"DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "purpose-sexual-turismo",
        "Se entiende por explotación sexual el turismo sexual, la pornografía y toda otra actividad "
        "sexual remunerada impuesta a una persona víctima de trata.",
        {"DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "purpose-near-miss-adopcion-medidas",
        "El Estado promoverá la adopción de medidas legislativas contra la trata de personas.",
        set(),
        {"DEF.PURPOSE.OTHER", "CRIM.OFFENCE"},
    ),
    (
        "purpose-near-miss-sexual-victims",
        "Las víctimas de delitos sexuales podrán solicitar que su declaración se reciba por personal "
        "especializado.",
        set(),
        {"DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE"},
    ),
    # --- victims ----------------------------------------------------------------------------------
    (
        "assist-estado-garantizara",
        "El Estado garantizará a las personas víctimas de trata alojamiento adecuado, atención "
        "médica y psicológica gratuita y programas de reinserción social y laboral.",
        {"VIC.ASSISTANCE"},
        {"CRIM.OFFENCE"},
    ),
    (
        "assist-proveeran-servicios",
        "Las instituciones competentes proveerán a las víctimas de explotación servicios de "
        "acogida, manutención, vestido y acceso a la educación.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "assist-near-miss-reparacion",
        "La reparación del daño a la víctima de trata comprenderá, por lo menos, el pago de los "
        "tratamientos médicos y psicológicos.",
        {"VIC.COMPENSATION"},
        {"VIC.ASSISTANCE"},
    ),
    (
        "child-victim-interest",
        "En todas las medidas relativas a niñas, niños y adolescentes víctimas de trata se atenderá "
        "primordialmente a su interés superior.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "child-victim-interview",
        "Las entrevistas a víctimas menores de edad se realizarán en espacios adecuados y por "
        "personal especializado en protección de la infancia.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "safety-represalias",
        "Las autoridades adoptarán las medidas necesarias para proteger la integridad física de "
        "las víctimas de trata y de sus familiares frente a intimidaciones o represalias.",
        {"VIC.SAFETY"},
        {"DEF.MEANS"},
    ),
    (
        "safety-testigos",
        "Las víctimas y testigos de los delitos de trata podrán ser incorporados al programa de "
        "protección de testigos cuando exista riesgo para su vida.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "privacy-divulgar",
        "Queda prohibido divulgar el nombre, la imagen o cualquier dato que permita identificar a "
        "una víctima de trata de personas.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "privacy-confidencialidad",
        "Se garantizará la confidencialidad de la identidad de las víctimas de trata durante todo "
        "el proceso.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "proceedings-informada-interprete",
        "La víctima de trata tendrá derecho a ser informada del estado del proceso, a contar con "
        "un intérprete y a constituirse como querellante.",
        {"VIC.PROCEEDINGS"},
        set(),
    ),
    (
        "proceedings-patrocinio",
        "Las víctimas de explotación contarán con patrocinio jurídico gratuito en las causas "
        "penales.",
        {"VIC.PROCEEDINGS"},
        set(),
    ),
    # --- confiscation, legal persons, users ------------------------------------------------------
    (
        "confiscation-perdida",
        "Los bienes utilizados para cometer el delito de trata y los productos del mismo serán "
        "objeto de comiso y pasarán a favor del Estado.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "confiscation-incautacion",
        "El juez ordenará la incautación y el embargo de los bienes del imputado por trata de "
        "personas.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "confiscation-near-miss",
        "Sin embargo, las víctimas de trata podrán solicitar su regreso voluntario.",
        set(),
        {"CRIM.CONFISCATION"},
    ),
    (
        "legalperson-morales",
        "Las personas morales que resulten responsables del delito de trata de personas serán "
        "sancionadas con multa y suspensión de sus actividades.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "legalperson-empresas",
        "Cuando una empresa se beneficie del trabajo forzoso, el juez ordenará la cancelación de su "
        "licencia y la clausura del establecimiento.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "legalperson-near-miss-setting",
        "La pena por trata de personas se aumentará cuando el autor actúe en el marco de una "
        "persona jurídica.",
        {"CRIM.AGGRAV"},
        {"CRIM.LEGALPERSON"},
    ),
    (
        "useservices-sabiendas",
        "Quien, a sabiendas de que una persona es víctima de trata, utilice sus servicios sexuales "
        "será sancionado con prisión de dos a seis años.",
        {"CRIM.USESERVICES"},
        {"CRIM.OFFENCE"},
    ),
    (
        "useservices-trabajo",
        "Será castigado con prisión de uno a cuatro años quien se beneficie del trabajo de una "
        "persona, conociendo que es víctima de explotación laboral.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    # --- general near misses --------------------------------------------------------------------
    (
        "near-miss-purpose-clause",
        "La presente ley tiene por objeto prevenir, sancionar y erradicar la trata de personas y "
        "proteger a sus víctimas.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.AGGRAV"},
    ),
    (
        "near-miss-catalogue",
        "Los delitos de trata de personas serán investigados de oficio y la acción penal no "
        "prescribirá.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    # --- second round (written after the first rule changes) ---------------------------------
    (
        "offence-honduras-debe-ser",
        "Incurre en el delito de trata de personas quien facilite el reclutamiento de una persona "
        "con fines de explotación y debe ser sancionado con reclusión de diez a quince años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "offence-mexico-impondran-palabras",
        "A quien someta a una persona a trabajo forzoso se le impondrán de diez a veinte años de "
        "prisión y multa de cinco mil a cincuenta mil días.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"},
        set(),
    ),
    (
        "offence-spain-prostitucion-ajena",
        "Será castigado con las penas de prisión de dos a cinco años y multa de doce a veinticuatro "
        "meses el que, empleando intimidación, determine a una persona mayor de edad a ejercer la "
        "prostitución.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "aggrav-chile-si-victima",
        "Si la víctima de la trata fuere menor de edad, se impondrá la pena de reclusión mayor en su "
        "grado máximo.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "aggrav-agravaran-de-tercio",
        "Las penas previstas para la explotación laboral se agravarán de un tercio a la mitad "
        "cuando el autor sea empleador de la víctima.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "attempt-se-castiga-grado",
        "El delito de trata de personas se castiga también en grado de tentativa.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "privacy-audiencia-privada",
        "La declaración de la víctima de trata se recibirá en audiencia privada.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "confiscation-extincion-derecho-dominio",
        "Sobre los bienes vinculados a la explotación sexual procederá la extinción del derecho de "
        "dominio.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "legalperson-sociedad-disolucion",
        "Cuando en la comisión del delito de trata participe una sociedad mercantil, el juez "
        "decretará su disolución.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "useservices-child-client",
        "El que solicite u obtenga, a cambio de una remuneración, una relación sexual con una "
        "persona menor de edad será sancionado con prisión de cuatro a diez años.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        set(),
    ),
    (
        "child-consent-carece",
        "El consentimiento de la víctima de trata menor de dieciocho años carece de validez.",
        {"DEF.CHILD", "DEF.CONSENT"},
        set(),
    ),
    (
        "safety-medidas-proteccion-vida",
        "Las víctimas de trata que lo soliciten tendrán derecho a medidas de protección de su vida e "
        "integridad durante el proceso.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "aggrav-peru-present-es",
        "La pena privativa de libertad es no menor de doce ni mayor de veinte años cuando el agente "
        "explota a la víctima en el marco de la trata de personas y es su tutor.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "attempt-withdrawal-spain",
        "Quedará exento de responsabilidad penal por el delito intentado de trata de personas quien "
        "evite voluntariamente la consumación del delito.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "attempt-near-miss-desistimiento-querella",
        "El desistimiento de la querella por la víctima de trata no extinguirá la acción penal.",
        set(),
        {"CRIM.ATTEMPT"},
    ),
    # --- third round --------------------------------------------------------------------------
    (
        "useservices-haga-uso",
        "Quien haga uso de los servicios sexuales de una víctima de trata será sancionado con "
        "prisión de tres a seis años.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        {"CRIM.OFFENCE"},
    ),
    (
        "proceedings-intervenir-como-parte",
        "La víctima de explotación podrá intervenir como parte en el proceso penal y será oída "
        "antes de cada decisión.",
        {"VIC.PROCEEDINGS"},
        set(),
    ),
    (
        "offence-guatemala-en-cualquier-forma",
        "Quien en cualquier forma promueva o facilite la explotación de una persona en trabajos "
        "forzados será sancionado con prisión de ocho a dieciocho años y multa de cien mil a "
        "quinientos mil quetzales.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"},
        set(),
    ),
    (
        "legalperson-cuando-se-trate",
        "Cuando el delito de trata sea cometido por personas jurídicas, la sanción será la multa y "
        "la prohibición de contratar con el Estado.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    # --- fourth round ---------------------------------------------------------------------------
    (
        "offence-explote-mendicidad-child",
        "El que explote la mendicidad de una persona menor de edad será sancionado con prisión de "
        "dos a cuatro años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER", "DEF.CHILD"},
        set(),
    ),
    (
        "safety-seguridad-en-riesgo",
        "La autoridad garantizará la protección de la víctima de trata y de sus familiares cuando "
        "su seguridad se encuentre en riesgo.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "accomplice-arriende-inmueble",
        "Al que a sabiendas arriende un inmueble para que en él se cometa el delito de trata de "
        "personas se le impondrá prisión de dos a cuatro años.",
        {"CRIM.ACCOMPLICE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "attempt-intente-cometer",
        "Incurrirá en la misma pena quien intente cometer el delito de trata de personas.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "safety-sistema-proteccion-testigos",
        "Existirá un sistema de protección y asistencia a víctimas y testigos de los delitos de trata "
        "a cargo de la fiscalía.",
        {"VIC.SAFETY"},
        set(),
    ),
    # --- fifth round --------------------------------------------------------------------------
    (
        "penalty-benefits-near-miss-aggrav",
        "Las penas por trata de personas no podrán ser objeto de suspensión condicional.",
        {"CRIM.PENALTY"},
        {"CRIM.AGGRAV"},
    ),
    (
        "offence-forced-marriage",
        "El que, mediante engaño o violencia, obligue a otro a contraer matrimonio será sancionado "
        "con prisión de cuatro a ocho años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "child-victim-presumption",
        "Se presume que la víctima de trata es menor de edad cuando exista duda sobre su edad.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "client-not-purpose-sexual",
        "El que, a cambio de una ventaja económica, tenga acceso carnal con una víctima de "
        "explotación sexual será sancionado con prisión de seis a diez años.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        {"CRIM.OFFENCE", "DEF.PURPOSE.SEXUAL"},
    ),
    (
        "aggrav-graduated-list",
        "La trata de personas será sancionada: 1. Con pena privativa de libertad de trece a "
        "dieciséis años. 2. Con pena privativa de libertad de dieciséis a diecinueve años, si la "
        "infracción recae en personas especialmente vulnerables o si existe vínculo de autoridad "
        "entre la víctima y el agresor.",
        {"CRIM.AGGRAV", "CRIM.PENALTY", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "offence-illegal-adoption-child",
        "El que, eludiendo los procedimientos legales de adopción, entregue a un niño a un tercero "
        "a cambio de un beneficio económico será sancionado con prisión de dos a seis años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER", "DEF.CHILD"},
        set(),
    ),
    (
        "near-miss-adoption-procedure",
        "La adopción de niños se tramitará ante el juez de familia conforme a la ley de la materia.",
        set(),
        {"CRIM.OFFENCE", "DEF.PURPOSE.OTHER", "DEF.CHILD"},
    ),
    # --- sixth round: rarer penalty formulae --------------------------------------------------
    (
        "offence-sufrira-pena",
        "El que reclute a una persona con fines de explotación sexual sufrirá la pena de ocho a "
        "doce años de prisión.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "offence-acreedor-pena",
        "Quien capte a una persona con fines de explotación laboral será acreedor a una pena de "
        "seis a doce años de prisión.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "offence-se-castigara-con-al-que",
        "Se castigará con pena de cinco a diez años de presidio al que acoja a una víctima de trata "
        "con fines de servidumbre.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "offence-tendra-pena",
        "Quien mantenga a otra persona en servidumbre doméstica tendrá pena de cuatro a diez años "
        "de prisión.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SERVITUDE"},
        set(),
    ),
    (
        "offence-forced-criminality",
        "Será sancionado con prisión de diez a veinte años quien utilice a personas menores de "
        "dieciocho años en actividades delictivas.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "offence-someter-mendicidad",
        "La persona que se beneficie al someter a mendicidad a otra persona será sancionada con "
        "pena privativa de libertad de diez a trece años.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"},
        set(),
    ),
    # --- seventh round: victim-side variants ---------------------------------------------------
    (
        "safety-resguardar-integridad",
        "Se adoptarán medidas para resguardar la integridad física y psicológica de las víctimas "
        "de trata.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "child-victim-tutor-oidos",
        "En los procedimientos que involucren a niñas, niños y adolescentes víctimas de trata se "
        "garantizará su derecho a ser oídos y se designará un tutor.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "legalperson-sociedad-multa-disolucion",
        "Si en la trata de personas interviene una sociedad, se le impondrá la pena de multa del "
        "triple del beneficio obtenido y su disolución.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    # --- eighth round: single means in other wordings -----------------------------------------
    (
        "means-payments-to-controller",
        "El que, mediante la concesión de pagos o beneficios a quien tenga autoridad sobre la "
        "víctima, la entregue para su explotación será sancionado con prisión de cinco a diez años.",
        {"DEF.MEANS", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "means-con-enganos",
        "Quien, con engaños o falsas promesas de empleo, traslade a una persona al extranjero para "
        "someterla a trabajos forzosos será sancionado con prisión de ocho a quince años.",
        {"DEF.MEANS", "DEF.PURPOSE.LABOUR"},
        set(),
    ),
    (
        "means-privacion-libertad",
        "El que retenga a una persona mediante la privación de su libertad con fines de explotación "
        "laboral será sancionado con prisión de cinco a diez años.",
        {"DEF.MEANS"},
        set(),
    ),
    (
        "means-near-miss-penalty-privacion",
        "Quien traslade a una persona con fines de explotación sexual será sancionado con "
        "privación de libertad de diez a quince años y, si hubiere engaño, con quince a veinte.",
        {"CRIM.PENALTY"},
        set(),
    ),
    # --- ninth round: organised crime, maximum penalty, seizure, aiding ------------------------
    (
        "organize-integrante-red-pena-maxima",
        "Se impondrá la pena máxima cuando el autor de la trata actúe como integrante de una red "
        "dedicada a la explotación.",
        {"CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "organize-dirija-grupo-dedicado",
        "Será sancionado con prisión de cinco a diez años quien financie o dirija un grupo "
        "dedicado a la trata de personas.",
        {"CRIM.ORGANIZE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "aggrav-pena-en-su-maximo",
        "El juez impondrá la pena en su máximo cuando la víctima de trata sea una mujer embarazada.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "confiscation-aseguramiento",
        "Se ordenará el aseguramiento de los bienes del imputado por trata de personas.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "accomplice-ayude-mitad",
        "Quien ayude a cometer el delito de trata de personas será sancionado con la mitad de la "
        "pena.",
        {"CRIM.ACCOMPLICE", "CRIM.PENALTY"},
        {"CRIM.AGGRAV"},
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_drafting_variant(name: str, text: str, must: set[str], must_not: set[str]) -> None:
    check_case(name, text, LANG, sorted(must), sorted(must_not))


def test_case_ids_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
