"""Drafting-variant suite for the Portuguese lexicon (annotations/lexicons/pt.yaml).

Short provisions invented for this test (no statute text) in the drafting styles of Brazil
(infinitive offence + "Pena - reclusão, de 4 (quatro) a 8 (oito) anos, e multa", "A pena é
aumentada de um terço até a metade se ..."), Portugal ("Quem ... é punido com pena de prisão de
... a ... anos", "pessoas colectivas", "perdidos a favor do Estado"), Mozambique, Angola and Cape
Verde ("Aquele que ...", "pena de prisão maior", "é sancionado com"); near misses: drugs,
smuggling, purpose clauses, a definition of an organised group, offence catalogues and
"exploração" of a business.

Before the lexicon changes: 40 of 51 cases passed (35 of the first 43, then 5 of 6, 0 of 1 and
0 of 1 added in later rounds); after: 51 of 51.
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

LANG = "pt"

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- offences and penalties ---------------------------------------------------------------
    (
        "offence-br",
        "Agenciar, aliciar, recrutar, transportar ou alojar pessoa, mediante grave ameaça, "
        "violência ou fraude, com a finalidade de submetê-la a trabalho em condições análogas à "
        "de escravo. Pena - reclusão, de 4 (quatro) a 8 (oito) anos, e multa.",
        [
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
            "DEF.ACT",
            "DEF.MEANS",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.SLAVERY",
        ],
        [],
    ),
    (
        "offence-pt",
        "Quem oferecer, entregar, recrutar, transportar ou acolher pessoa para fins de exploração "
        "sexual, por meio de violência ou ameaça grave, é punido com pena de prisão de três a dez "
        "anos.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "offence-moz",
        "Aquele que recrutar ou transportar pessoa para fins de exploração do trabalho é punido com "
        "a pena de prisão maior de dezasseis a vinte anos.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
        [],
    ),
    (
        "offence-ang-sancionado",
        "O tráfico de pessoas é sancionado com pena de prisão de oito a doze anos.",
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
        [],
    ),
    (
        "offence-comete-crime",
        "Comete o crime de tráfico de pessoas quem alicia uma criança para fins de exploração "
        "sexual.",
        ["CRIM.OFFENCE", "DEF.CHILD"],
        [],
    ),
    # --- aggravations -------------------------------------------------------------------------
    (
        "aggrav-br-official",
        "A pena é aumentada de um terço até a metade se o crime de tráfico de pessoas for cometido "
        "por funcionário público no exercício de suas funções.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-pt-minor",
        "As penas previstas para o tráfico de pessoas são agravadas de um terço nos seus limites "
        "mínimo e máximo se a vítima for menor.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "aggrav-group",
        "A pena de prisão é de cinco a quinze anos se o tráfico de pessoas for praticado por grupo "
        "criminoso organizado.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY", "SDG:16.4"],
        [],
    ),
    (
        "aggrav-death",
        "Se do tráfico de pessoas resultar a morte da vítima, a pena é de prisão de doze a vinte e "
        "cinco anos.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-elevadas-dobro",
        "As penas do crime de exploração sexual de outrem são elevadas ao dobro quando a vítima for "
        "pessoa com deficiência.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-circumstances-list",
        "São circunstâncias agravantes do crime de tráfico de pessoas: a) ser a vítima criança; "
        "b) ser o agente funcionário público.",
        ["CRIM.AGGRAV", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "same-penalty-client",
        "Na mesma pena incorre quem, sabendo da situação de exploração, utiliza os serviços "
        "sexuais da vítima de tráfico de pessoas.",
        ["CRIM.OFFENCE", "CRIM.USESERVICES"],
        [],
    ),
    # --- definitions --------------------------------------------------------------------------
    (
        "child-define-pt",
        "Para efeitos da presente lei, considera-se criança toda a pessoa com idade inferior a "
        "dezoito anos.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "child-no-means",
        "Quando a vítima for criança, o crime de tráfico de pessoas verifica-se ainda que não tenha "
        "sido utilizado nenhum dos meios referidos no número anterior.",
        ["DEF.CHILD", "SDG:16.2"],
        [],
    ),
    (
        "child-object-br",
        "Enviar criança ou adolescente para o exterior com o fito de obter lucro, sem observância "
        "das formalidades legais. Pena - reclusão, de 4 (quatro) a 6 (seis) anos, e multa.",
        ["DEF.CHILD", "CRIM.OFFENCE", "CRIM.PENALTY"],
        [],
    ),
    (
        "child-consent",
        "O consentimento da vítima menor de dezoito anos à exploração sexual é irrelevante.",
        ["DEF.CONSENT", "DEF.CHILD"],
        [],
    ),
    (
        "means-payments",
        "Considera-se também tráfico o recrutamento de pessoa mediante a entrega de pagamentos ou "
        "benefícios a quem tenha autoridade sobre ela, para fins de exploração sexual.",
        ["DEF.MEANS"],
        [],
    ),
    (
        "means-vulnerability",
        "Quem, aproveitando-se da situação de especial vulnerabilidade da vítima, a alojar para "
        "fins de exploração do trabalho é punido com pena de prisão de dois a oito anos.",
        ["DEF.MEANS", "CRIM.OFFENCE"],
        [],
    ),
    (
        "purpose-other",
        "Constitui tráfico de pessoas o transporte de pessoa para fins de exploração da mendicidade "
        "ou da prática de actividades criminosas.",
        ["DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "purpose-organs",
        "Quem recrutar pessoa com a finalidade de remover-lhe órgãos, tecidos ou partes do corpo é "
        "punido com pena de prisão de quatro a doze anos.",
        ["DEF.PURPOSE.ORGANS", "CRIM.OFFENCE"],
        [],
    ),
    # --- general part -------------------------------------------------------------------------
    (
        "accomplice-pt",
        "É punível como cúmplice quem, dolosamente e por qualquer forma, prestar auxílio material "
        "ou moral à prática por outrem de um facto doloso.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "accomplice-br",
        "Quem, de qualquer modo, concorre para o crime incide nas penas a este cominadas, na medida "
        "de sua culpabilidade.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "organize-br",
        "Associarem-se 3 (três) ou mais pessoas, para o fim específico de cometer crimes. Pena - "
        "reclusão, de 1 (um) a 3 (três) anos.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "organize-pt",
        "Quem promover ou fundar grupo, organização ou associação cuja finalidade ou actividade "
        "seja dirigida à prática de crimes é punido com pena de prisão de um a cinco anos.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "attempt-pt",
        "A tentativa é punível.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "attempt-br",
        "Diz-se o crime tentado quando, iniciada a execução, não se consuma por circunstâncias "
        "alheias à vontade do agente.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "confiscation-pt",
        "São declarados perdidos a favor do Estado os objectos, direitos e vantagens obtidos "
        "através da prática do crime de tráfico de pessoas.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "confiscation-br",
        "O juiz determinará o perdimento dos bens, direitos e valores relacionados à prática do "
        "crime, e a apreensão dos instrumentos.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "legalperson-pt",
        "As pessoas colectivas são responsáveis pelos crimes de tráfico de pessoas quando "
        "cometidos em seu nome e no seu interesse.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "legalperson-closure-br",
        "Constitui efeito obrigatório da condenação a cassação da licença de localização e de "
        "funcionamento do estabelecimento onde ocorreu a exploração sexual de criança.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "useservices-minor",
        "Quem pratica conjunção carnal com pessoa menor de 18 anos em situação de prostituição é "
        "punido com pena de reclusão de quatro a dez anos.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "useservices-knowing",
        "Quem utilizar os serviços ou o trabalho de pessoa, sabendo que é vítima de tráfico de "
        "pessoas, é punido com pena de prisão de um a cinco anos.",
        ["CRIM.USESERVICES"],
        [],
    ),
    # --- victims ------------------------------------------------------------------------------
    (
        "assistance-moz",
        "O Estado assegura às vítimas de tráfico de pessoas abrigo, assistência médica e "
        "psicológica e apoio na reintegração social.",
        ["VIC.ASSISTANCE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "vic-child-br",
        "As crianças e adolescentes vítimas de tráfico de pessoas terão atendimento especializado, "
        "observado o seu superior interesse.",
        ["VIC.CHILD", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "vic-safety",
        "As autoridades adoptam as medidas necessárias para garantir a protecção da vítima de "
        "tráfico e dos seus familiares contra represálias e intimidação.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "vic-privacy",
        "É garantida a confidencialidade da identidade da vítima de tráfico e é proibida a "
        "divulgação da sua imagem.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "vic-proceedings",
        "A vítima de tráfico tem direito a assistência jurídica gratuita e a intérprete durante o "
        "processo penal.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    # --- near misses --------------------------------------------------------------------------
    (
        "neg-drugs",
        "Quem traficar substâncias estupefacientes é punido com pena de prisão de quatro a doze "
        "anos.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
    ),
    (
        "neg-smuggling",
        "Quem favorecer ou facilitar a entrada ilegal de cidadão estrangeiro em território "
        "nacional é punido com pena de prisão até três anos.",
        ["SDG:10.7"],
        ["CRIM.OFFENCE", "CRIM.ACCOMPLICE", "DEF.ACT"],
    ),
    (
        "neg-purpose-clause",
        "A presente lei tem por objecto a prevenção e repressão do tráfico de pessoas.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
    (
        "neg-orgdef",
        "Considera-se grupo criminoso organizado o grupo estruturado de três ou mais pessoas.",
        ["SDG:16.4"],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV"],
    ),
    (
        "neg-catalogue",
        "A intercepção é admitida para os crimes de tráfico de pessoas (artigo 160.º), lenocínio "
        "(artigo 169.º) e pornografia de menores (artigo 176.º).",
        [],
        ["CRIM.OFFENCE", "DEF.CHILD", "DEF.PURPOSE.SEXUAL"],
    ),
    (
        "neg-business",
        "A exploração de jogos de fortuna ou azar depende de concessão.",
        [],
        ["DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE"],
    ),
    # --- second round ----------------------------------------------------------------------------
    (
        "useservices-pt-knowledge",
        "Quem, tendo conhecimento da prática do crime de tráfico de pessoas, utilizar os serviços "
        "ou órgãos da vítima é punido com pena de prisão de um a cinco anos.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "nonpunish-ang",
        "A vítima de tráfico de pessoas não é punida pela prática de infracções que tenha sido "
        "obrigada a cometer.",
        ["VIC.NONPUNISH"],
        ["CRIM.OFFENCE"],
    ),
    (
        "assistance-br-list",
        "A proteção e o atendimento à vítima de tráfico de pessoas compreendem assistência "
        "jurídica, social e de saúde, acolhimento e abrigo provisório.",
        ["VIC.ASSISTANCE", "VIC.PROCEEDINGS"],
        ["CRIM.OFFENCE"],
    ),
    (
        "aggrav-cv-association",
        "A pena do crime de tráfico de pessoas é agravada de metade nos seus limites quando o "
        "agente actuar como membro de associação criminosa.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"],
        [],
    ),
    (
        "legalperson-br-registry",
        "A empresa que se beneficiar de trabalho escravo terá cassada a sua inscrição no cadastro "
        "de contribuintes.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "neg-seizure-property",
        "O sequestro de bens do arguido é decretado pelo juiz a requerimento do Ministério Público.",
        [],
        ["DEF.MEANS", "DEF.ACT", "CRIM.OFFENCE"],
    ),
    (
        "penalty-reduced",
        "A pena do tráfico de pessoas é reduzida de um a dois terços se o agente for primário e "
        "não integrar organização criminosa.",
        ["CRIM.PENALTY"],
        ["CRIM.ORGANIZE"],
    ),
    (
        "vic-child-tutor",
        "A criança vítima de tráfico é acompanhada por um tutor nomeado pelo tribunal.",
        ["VIC.CHILD", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_pt_drafting_variants(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)
