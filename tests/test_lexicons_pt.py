"""Portuguese lexicon (annotations/lexicons/pt.yaml): invented sentences in the drafting styles of
the language's penal codes, anti-trafficking, victim-protection and migration laws (positive cases for
every code, the lead's conventions on organised groups, child definitions, offence catalogues,
purpose clauses and legal persons, and near misses).  No sentence here is taken from a statute."""

from __future__ import annotations

import pytest
from lexicon_checks import check_case, check_covers_every_code

LANG = "pt"

# (case id, invented text, codes that must be tagged, codes that must not be tagged);
# "SDG:<target>" stands for an SDG target of the provision.
CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "pt-org-aggrav-br",
        "A pena do tráfico de pessoas é aumentada de metade se o crime for cometido por "
        "organização criminosa ou por duas ou mais pessoas.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "pt-org-aggrav-pt",
        "As penas previstas no artigo anterior são agravadas de um terço se o agente actuar "
        "como membro de associação criminosa dedicada ao tráfico de pessoas.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "pt-org-aggrav-grupo",
        "Se o tráfico de pessoas for praticado por grupo criminoso organizado, a pena é de "
        "prisão de 5 a 15 anos.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        [],
    ),
    (
        "pt-org-participation",
        "Quem fundar ou dirigir uma associação destinada à prática de crimes é punido com pena "
        "de prisão de 1 a 5 anos.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "pt-org-def",
        "Para efeitos da presente lei, considera-se grupo criminoso organizado o grupo "
        "estruturado de três ou mais pessoas que actue concertadamente com o propósito de "
        "cometer crimes graves.",
        [],
        ["CRIM.OFFENCE", "CRIM.ORGANIZE"],
    ),
    (
        "pt-conspiracy",
        "A associação de duas ou mais pessoas para a prática do crime de tráfico de pessoas é "
        "punida com a pena de prisão de 1 a 3 anos.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "pt-child-aggrav",
        "A pena do crime de tráfico de pessoas é agravada de metade se a vítima for menor de 18 "
        "anos.",
        ["CRIM.AGGRAV", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "pt-child-aggrav2",
        "Nos casos de tráfico de pessoas, quando a vítima for criança ou adolescente, a pena é "
        "aumentada de um terço.",
        ["CRIM.AGGRAV"],
        ["DEF.CHILD"],
    ),
    (
        "pt-child-define",
        "Para efeitos da presente lei, entende-se por criança toda a pessoa com idade inferior "
        "a 18 anos.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "pt-child-offence-pt",
        "Quem aliciar ou transportar um menor e o alojar numa pensão, para fins de exploração "
        "sexual, é punido com pena de prisão de 3 a 10 anos.",
        ["CRIM.OFFENCE", "DEF.ACT", "DEF.CHILD"],
        [],
    ),
    (
        "pt-child-nomeans",
        "Há tráfico de pessoas quando a vítima for menor, ainda que não se verifique nenhum dos "
        "meios referidos no número anterior.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "pt-child-assist",
        "As crianças vítimas de tráfico têm direito a assistência médica, psicológica e a "
        "acolhimento adequado.",
        ["VIC.ASSISTANCE"],
        ["DEF.CHILD"],
    ),
    (
        "pt-catalogue",
        "Constitui crime de catálogo para efeitos de intercepção de comunicações: a) tráfico de "
        "pessoas (artigo 160.º); b) lenocínio (artigo 169.º); c) escravidão (artigo 159.º).",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.SLAVERY"],
    ),
    (
        "pt-purpose",
        "A presente lei tem por objecto a prevenção e repressão do tráfico de pessoas, em "
        "especial de mulheres e crianças, e a protecção das vítimas.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "PREV.POLICY", "VIC.ASSISTANCE"],
    ),
    (
        "pt-legal-person",
        "As pessoas colectivas são responsáveis pelos crimes de tráfico de pessoas cometidos em "
        "seu nome e no seu interesse, sendo-lhes aplicáveis as penas de multa e de dissolução.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "pt-legal-person-br",
        "A pessoa jurídica que explorar trabalho escravo terá cassado o registro e ficará "
        "proibida de contratar com o poder público pelo prazo de dez anos.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "pt-legal-person-passing",
        "A pena é aumentada se o agente se aproveitar da qualidade de administrador de pessoa "
        "jurídica para praticar o tráfico de pessoas.",
        ["CRIM.AGGRAV"],
        ["CRIM.LEGALPERSON"],
    ),
    (
        "pt-offence-ang",
        "Quem aliciar, transportar e alojar uma pessoa, recorrendo a violência, rapto ou ameaça "
        "grave, a fim de a sujeitar a exploração sexual, a trabalho forçado ou à extracção de "
        "órgãos, é punido com pena de prisão de 3 a 10 anos.",
        [
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
            "DEF.ACT",
            "DEF.MEANS",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.ORGANS",
            "DEF.PURPOSE.SEXUAL",
        ],
        [],
    ),
    (
        "pt-offence-moz",
        "Quem, sob pretexto de emprego ou de formação, recrutar ou transportar uma pessoa e a "
        "fornecer a terceiros para fins de prostituição, trabalho forçado, escravatura ou "
        "servidão por dívida é punido com pena de prisão maior de 12 a 16 anos.",
        [
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
            "DEF.ACT",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.SERVITUDE",
            "DEF.PURPOSE.SEXUAL",
            "DEF.PURPOSE.SLAVERY",
        ],
        [],
    ),
    (
        "pt-nonpunish",
        "A vítima de tráfico de pessoas não é punível pela prática de infracções que tenha sido "
        "forçada a cometer como consequência directa da sua situação de vítima.",
        ["VIC.NONPUNISH"],
        [],
    ),
    (
        "pt-attempt",
        "A tentativa é punível.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "pt-accomplice-instig",
        "Também é punível como autor aquele que determinar outra pessoa à prática do crime, "
        "desde que haja execução.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "pt-useserv-pt",
        "O empregador que, sabendo que se trata de pessoa traficada, utilizar os serviços da "
        "vítima é punido com pena de prisão de 1 a 5 anos.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "pt-documents",
        "Quem confiscar ou destruir o passaporte ou outros documentos de viagem da vítima, para "
        "a manter sob seu controlo, é punido com pena de prisão até 3 anos.",
        ["CRIM.DOCUMENTS"],
        [],
    ),
    (
        "pt-jurisdiction",
        "A lei penal moçambicana é aplicável aos factos praticados fora do território nacional "
        "por cidadão moçambicano, quando constituam crime de tráfico de pessoas.",
        ["CRIM.JURISDICTION"],
        [],
    ),
    (
        "pt-confiscation",
        "São declarados perdidos a favor do Estado os objectos, instrumentos e produtos que "
        "tiverem servido para a prática do crime de tráfico de pessoas.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "pt-identify",
        "Compete ao órgão de polícia criminal proceder à identificação da vítima de tráfico de "
        "pessoas logo que haja indícios.",
        ["VIC.IDENTIFY"],
        [],
    ),
    (
        "pt-privacy",
        "É proibida a divulgação da identidade da vítima de tráfico de pessoas ou de quaisquer "
        "elementos que permitam a sua identificação.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "pt-proceed",
        "A vítima tem direito a ser informada sobre os seus direitos e o andamento do processo, "
        "numa língua que compreenda, e a beneficiar de apoio judiciário.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    (
        "pt-safety",
        "As autoridades asseguram a protecção da vítima e dos seus familiares contra eventuais "
        "represálias dos traficantes.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "pt-compens",
        "A vítima de tráfico de pessoas tem direito a indemnização pelos danos sofridos, a "
        "pagar pelo agente.",
        ["VIC.COMPENSATION"],
        [],
    ),
    (
        "pt-residence",
        "Enquanto decorre o prazo de reflexão concedido à vítima estrangeira de tráfico de "
        "pessoas, a sua expulsão fica suspensa.",
        ["VIC.RESIDENCE"],
        [],
    ),
    (
        "pt-repatr",
        "O Estado assegura o regresso voluntário e seguro da vítima de tráfico ao seu país de "
        "origem.",
        ["VIC.REPATRIATION"],
        [],
    ),
    (
        "pt-vic-child",
        "Na audição da criança vítima de tráfico deve ser tido em conta o seu superior interesse.",
        ["VIC.CHILD"],
        [],
    ),
    (
        "pt-policy",
        "O Governo aprova o Plano Nacional de Prevenção e Combate ao Tráfico de Pessoas.",
        ["PREV.POLICY"],
        [],
    ),
    (
        "pt-awareness",
        "O Estado promove campanhas de sensibilização sobre os riscos do tráfico de pessoas.",
        ["PREV.AWARENESS"],
        [],
    ),
    (
        "pt-rootcauses",
        "As medidas de prevenção do tráfico de pessoas devem combater a pobreza e a falta de "
        "oportunidades.",
        ["PREV.ROOTCAUSES"],
        [],
    ),
    (
        "pt-demand",
        "O Estado adopta medidas para desencorajar a procura que fomenta a exploração de pessoas.",
        ["PREV.DEMAND"],
        [],
    ),
    (
        "pt-info",
        "As autoridades cooperam com autoridades estrangeiras na troca de informações sobre o "
        "tráfico de pessoas.",
        ["COOP.INFOEXCHANGE"],
        [],
    ),
    (
        "pt-training",
        "O Estado assegura a formação dos magistrados e agentes policiais em matéria de tráfico "
        "de pessoas.",
        ["COOP.TRAINING"],
        [],
    ),
    (
        "pt-border",
        "Os controlos de fronteira são reforçados para prevenir e detectar o tráfico de pessoas.",
        ["COOP.BORDER"],
        [],
    ),
    (
        "pt-docs",
        "O Estado garante a segurança e o controlo dos documentos de viagem e de identidade que "
        "emite.",
        ["COOP.DOCUMENTS"],
        [],
    ),
    (
        "pt-coord",
        "É criada a Comissão Nacional de Combate ao Tráfico de Pessoas, com funções de "
        "coordenação.",
        ["INST.COORDINATION"],
        [],
    ),
    (
        "pt-data",
        "A Comissão recolhe dados estatísticos sobre o tráfico de pessoas e apresenta um "
        "relatório anual.",
        ["INST.DATA"],
        [],
    ),
    (
        "pt-fund",
        "É criado um fundo especial de apoio às vítimas de tráfico de pessoas.",
        ["INST.FUND"],
        [],
    ),
    (
        "pt-saving",
        "O disposto na presente lei não prejudica os direitos dos requerentes de asilo nem o "
        "princípio de não repulsão.",
        ["GEN.SAVING"],
        [],
    ),
    (
        "pt-offence-forced-marriage-other",
        "Comete o crime de tráfico de pessoas quem recrutar ou transportar pessoa para fins de "
        "casamento forçado ou de mendicidade é punido com pena de prisão de 2 a 8 anos.",
        ["CRIM.OFFENCE", "DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "pt-child-sending-abroad",
        "Enviar adolescente para o exterior, sem as formalidades legais e com o fito de obter "
        "lucro: Pena - reclusão, de 2 a 6 anos, e multa.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.CHILD"],
        [],
    ),
    (
        "pt-smuggling-org",
        "Quem, mediante pagamento, facilitar a entrada ilegal de estrangeiros, actuando como "
        "membro de associação criminosa, é punido com pena de prisão de 2 a 8 anos.",
        ["SDG:10.7", "SDG:16.4"],
        ["CRIM.OFFENCE", "CRIM.ORGANIZE", "DEF.ACT"],
    ),
    (
        "pt-catalogue-br",
        "O juiz pode autorizar a interceptação telefónica na investigação dos crimes dos arts. "
        "149 (redução a condição análoga à de escravo), 149-A (tráfico de pessoas) e 231 "
        "(exploração sexual).",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.SLAVERY"],
    ),
    (
        "pt-purpose-coop",
        "A presente lei tem por objecto prevenir e reprimir o tráfico de pessoas, proteger e "
        "assistir as vítimas e promover a cooperação internacional.",
        [],
        ["COOP.INFOEXCHANGE", "CRIM.OFFENCE", "VIC.ASSISTANCE"],
    ),
    (
        "pt-desistance",
        "A tentativa deixa de ser punível quando o agente voluntariamente desistir de "
        "prosseguir na execução do crime.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "pt-legal-general",
        "As pessoas colectivas, incluindo as entidades equiparadas, são penalmente responsáveis "
        "pelos crimes de tráfico de pessoas cometidos em seu nome.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "pt-useserv-org",
        "Quem, tendo conhecimento de que se trata de vítima de tráfico, utilizar os serviços de "
        "pessoa explorada é punido com pena de prisão até 3 anos.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "pt-assist-no-crim",
        "O Estado presta às vítimas de tráfico de pessoas apoio psicológico, alojamento seguro "
        "e assistência médica.",
        ["VIC.ASSISTANCE"],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.CHILD"],
    ),
    (
        "pt-quadrilha-generic",
        "Associarem-se quatro ou mais pessoas com o fim de cometer crimes de forma estável: "
        "Pena - reclusão, de 2 a 4 anos.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "pt-victims-two-or-more",
        "A pena do tráfico de pessoas é aumentada de um terço se o crime for praticado contra "
        "duas ou mais vítimas.",
        ["CRIM.AGGRAV"],
        ["CRIM.ORGANIZE"],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_pt_cases(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)


def test_pt_lexicon_covers_every_code() -> None:
    check_covers_every_code(LANG)
