"""relevant(law): finding the trafficking provisions inside a whole code, in every corpus language.

Every sentence below is invented for these tests (no statute text): each language gets one
provision that must be found and one near miss that must not ("drug trafficking", "trafic de
stupéfiants", "tráfico de influencias", "se trata de personas jurídicas"...).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lexcompare.model import Law, Provision
from lexcompare.relevant import (
    explain_relevant,
    find_references,
    fold,
    load_lexicon,
    mention_references,
    mentioned,
    num_key,
    relevant,
)
from lexcompare.tree import Node, freeze

# ---------------------------------------------------------------------------------------------
# factories


def art(num: str, text: str = "", heading: str = "", label: str = "Article") -> Node:
    return Node("article", label=label, num=num, heading=heading, text=text)


def chapter(heading: str, *children: Node, num: str = "") -> Node:
    return Node("chapter", num=num, heading=heading, children=list(children))


def make_law(nodes: list[Node], lang: str = "en", country: str = "") -> Law:
    return Law(
        id="test/law",
        country=country,
        title="Test law",
        year=None,
        language=lang,
        format="test",
        source_url="",
        sha256="",
        provisions=freeze(nodes),
    )


def filler(n: int) -> list[Node]:
    """Neutral provisions, so that a handful of relevant ones stay a small share."""
    return [
        art(str(1000 + i), f"Provision {i} on a neutral matter of procedure.", f"Matter {i}")
        for i in range(n)
    ]


def nums(provisions: tuple[Provision, ...]) -> list[str]:
    return [p.num for p in provisions]


# ---------------------------------------------------------------------------------------------
# terms, per language


@dataclass(frozen=True)
class Case:
    lang: str
    text: str
    heading: str = ""


FOUND = [
    Case(
        "en",
        "A person who recruits or harbours another person for the purpose of exploitation "
        "commits an offence.",
        "Trafficking in persons",
    ),
    Case(
        "en",
        "Whoever holds a person in servitude or subjects a person to forced labour is "
        "liable to imprisonment.",
    ),
    Case(
        "fr",
        "Quiconque se livre à la traite des êtres humains est puni de sept ans d'emprisonnement.",
    ),
    Case("es", "Quien cometa el delito de trata de personas será sancionado con prisión."),
    Case("es", "El que captare o acogiere personas con fines de explotación será reprimido."),
    Case("pt", "Agenciar ou recrutar pessoa para fins de exploração sexual: pena de reclusão."),
    Case("ca", "Qui cometi tràfic d'éssers humans serà castigat amb presó."),
    Case(
        "de",
        "Wer eine Person unter Ausnutzung ihrer Zwangslage anwirbt, wird wegen "
        "Menschenhandels bestraft.",
    ),
    Case("de", "Wer einen Menschen in Sklaverei hält, wird bestraft."),
    Case("nl", "Hij die zich schuldig maakt aan mensenhandel wordt gestraft met gevangenisstraf."),
    Case("da", "For menneskehandel straffes med fængsel den, der hverver en person."),
    Case("no", "For menneskehandel straffes den som tvinger en person til tvangsarbeid."),
    Case("sv", "För människohandel döms den som rekryterar en person."),
    Case("is", "Hver sem gerist sekur um mansal skal sæta fangelsi."),
    Case("cs", "Kdo se dopustí obchodování s lidmi, bude potrestán odnětím svobody."),
    Case("sk", "Kto sa dopustí obchodovania s ľuďmi, potrestá sa odňatím slobody."),
    Case("pl", "Kto dopuszcza się handlu ludźmi, podlega karze pozbawienia wolności."),
    Case("pl", "Kto uprawia handel ludźmi, podlega karze."),
    Case("ro", "Recrutarea unei persoane constituie infracțiunea de trafic de persoane."),
    Case("hu", "Aki emberkereskedelmet követ el, bűntett miatt büntetendő."),
    Case("lt", "Tas, kas užsiėmė prekyba žmonėmis, baudžiamas laisvės atėmimu."),
    Case("lv", "Par cilvēku tirdzniecību soda ar brīvības atņemšanu."),
    Case("uk", "Торгівля людьми карається позбавленням волі."),
    Case("sr", "Ко се бави трговином људима казниће се затвором."),
    Case("hr", "Tko počini trgovanje ljudima kaznit će se kaznom zatvora."),
    Case("sl", "Kdor se ukvarja s trgovino z ljudmi, se kaznuje z zaporom."),
    Case("el", "Όποιος διαπράττει εμπορία ανθρώπων τιμωρείται με κάθειρξη."),
    Case("tr", "İnsan ticareti suçunu işleyen kişiye hapis cezası verilir."),
    Case("tr", "Zorla çalıştırmak maksadıyla bir kişiyi tedarik eden cezalandırılır."),
    Case("ar", "يعاقب كل من ارتكب جريمة الاتجار بالبشر بالسجن."),
    # the same words as a PDF extraction renders them, lam-alef swapped
    Case("ar", "يعاقب كل من ارتكب جريمة االتجار بالبشر بالسجن."),
    Case("ka", "ადამიანით ვაჭრობა ისჯება თავისუფლების აღკვეთით."),
    Case("ja", "人身売買をした者は、懲役に処する。"),
    Case("zh", "從事人口販運者，處有期徒刑。"),
    Case("vi", "Người nào mua bán người thì bị phạt tù."),
    # words glued by a PDF conversion
    Case("vi", "Người nào muabán người thì bị phạt tù."),
]

NEAR_MISSES = [
    Case("en", "A person who sells controlled substances commits an offence.", "Drug trafficking"),
    Case("en", "A driver who exceeds the speed limit commits an offence.", "Traffic offences"),
    Case("en", "A person who traffics in property obtained by crime commits an offence."),
    Case("en", "The sentence may be imprisonment or penal servitude."),
    Case(
        "en",
        "A person who organises the illegal entry of a person commits an offence.",
        "Smuggling of migrants",
    ),
    Case("fr", "Le trafic de stupéfiants est puni de dix ans d'emprisonnement."),
    Case("fr", "La traite tirée sur le débiteur est payable à vue."),
    Case("es", "Cuando se trata de personas jurídicas, la multa se duplicará."),
    Case("es", "El tráfico de influencias será sancionado con prisión."),
    Case("pt", "Tráfico de drogas: pena de reclusão de cinco anos."),
    Case("ca", "El tràfic de drogues serà castigat amb presó."),
    Case(
        "de",
        "Wer im öffentlichen Verkehr ein Fahrzeug führt, obwohl er nicht fahrtüchtig ist, "
        "wird bestraft.",
    ),
    Case("de", "Wer mit Betäubungsmitteln Handel treibt, wird bestraft."),
    Case("nl", "Drugshandel wordt gestraft met gevangenisstraf."),
    Case("da", "For narkotikahandel straffes med fængsel."),
    Case("no", "For narkotikaforbrytelse straffes den som selger narkotika."),
    Case("sv", "För narkotikabrott döms den som säljer narkotika."),
    Case("is", "Hver sem selur fíkniefni skal sæta fangelsi."),
    Case("cs", "Kdo neoprávněně obchoduje s omamnými látkami, bude potrestán."),
    Case("sk", "Kto neoprávnene obchoduje s omamnými látkami, potrestá sa."),
    Case("pl", "Kto prowadzi handel narkotykami, podlega karze."),
    Case("ro", "Traficul de influență se pedepsește cu închisoare."),
    Case("hu", "Aki kábítószer-kereskedelmet folytat, bűntett miatt büntetendő."),
    Case("lt", "Tas, kas užsiėmė prekyba narkotikais, baudžiamas laisvės atėmimu."),
    Case("lv", "Par narkotiku tirdzniecību soda ar brīvības atņemšanu."),
    Case(
        "uk",
        "Порушення правил експлуатації транспортних засобів карається штрафом.",
        "Порушення правил експлуатації транспорту",
    ),
    Case("sr", "Ко се бави трговином оружјем казниће се затвором."),
    Case("hr", "Tko neovlašteno trguje drogom kaznit će se kaznom zatvora."),
    Case("sl", "Kdor se ukvarja s trgovino z orožjem, se kaznuje z zaporom."),
    Case("el", "Η εμπορία ναρκωτικών τιμωρείται με κάθειρξη."),
    Case("tr", "Uyuşturucu ticareti yapan kişiye hapis cezası verilir."),
    Case("ar", "يعاقب كل من ارتكب جريمة الاتجار في المخدرات بالسجن."),
    Case("ka", "ნარკოტიკით ვაჭრობა ისჯება თავისუფლების აღკვეთით."),
    Case("ja", "麻薬の売買をした者は、懲役に処する。"),
    Case("zh", "販賣毒品者，處有期徒刑。"),
    Case("vi", "Người nào mua bán trái phép chất ma túy thì bị phạt tù."),
]


def _ids(cases: list[Case]) -> list[str]:
    return [f"{c.lang}:{(c.heading or c.text)[:28]}" for c in cases]


@pytest.mark.parametrize("case", FOUND, ids=_ids(FOUND))
def test_found(case: Case) -> None:
    law = make_law([*filler(30), art("7", case.text, case.heading)], lang=case.lang)
    assert nums(relevant(law)) == ["7"]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=_ids(NEAR_MISSES))
def test_near_miss(case: Case) -> None:
    law = make_law([*filler(30), art("7", case.text, case.heading)], lang=case.lang)
    assert relevant(law) == ()


def test_every_corpus_language_has_a_lexicon_and_a_case() -> None:
    corpus_languages = {
        "en",
        "es",
        "fr",
        "de",
        "ar",
        "el",
        "pt",
        "ka",
        "pl",
        "ro",
        "uk",
        "ca",
        "cs",
        "da",
        "hr",
        "hu",
        "is",
        "ja",
        "lt",
        "lv",
        "nl",
        "no",
        "sr",
        "sk",
        "sl",
        "sv",
        "tr",
        "zh",
        "vi",
    }
    lex = load_lexicon()
    assert corpus_languages <= set(lex.languages)
    assert corpus_languages <= {c.lang for c in FOUND}
    assert corpus_languages <= {c.lang for c in NEAR_MISSES}
    for code in corpus_languages:
        roles = {t.role for t in lex.languages[code].terms}
        assert {"core", "supporting"} <= roles, code


def test_evidence_points_at_the_words() -> None:
    p_text = "Whoever engages in trafficking in persons is punished."
    law = make_law([*filler(30), art("7", p_text)])
    (r,) = explain_relevant(law)
    assert r.reason == "term"
    assert "en.trafficking.in_persons" in r.pattern
    assert any(p_text[s:e] == "trafficking in persons" for s, e in r.evidence)


def test_heading_reason_and_spans_index_the_heading() -> None:
    law = make_law(
        [
            *filler(30),
            art("7", "Whoever recruits a person is punished.", "Traite des êtres humains"),
        ],
        lang="fr",
    )
    (r,) = explain_relevant(law)
    assert r.reason == "heading"
    ((s, e),) = r.evidence
    assert r.provision.heading[s:e] == "Traite des êtres humains"


def test_supporting_terms_need_a_heading_or_a_second_term() -> None:
    one = make_law([*filler(30), art("7", "Prostitution in a public place is fined.")])
    assert relevant(one) == ()
    two = make_law(
        [
            *filler(30),
            art(
                "7",
                "Whoever profits from the exploitation of the prostitution of another is punished.",
            ),
        ]
    )
    assert nums(relevant(two)) == ["7"]
    head = make_law(
        [*filler(30), art("7", "Whoever keeps such a house is punished.", "Keeping a brothel")]
    )
    assert nums(relevant(head)) == ["7"]


def test_ambiguous_word_in_a_heading_is_not_enough() -> None:
    law = make_law(
        [
            *filler(30),
            art("7", "The operator shall keep the machine safe.", "Exploitation of mines"),
        ]
    )
    assert relevant(law) == ()


def test_unknown_language_uses_every_lexicon() -> None:
    law = make_law([*filler(30), art("7", "Menschenhandel wird bestraft.")], lang="")
    assert nums(relevant(law)) == ["7"]


# ---------------------------------------------------------------------------------------------
# containers


def test_small_container_about_trafficking_makes_its_articles_relevant() -> None:
    law = make_law(
        [
            *filler(60),
            chapter(
                "De la traite des êtres humains",
                art("225-4-1", "Le fait de recruter une personne est puni."),
                art("225-4-2", "L'infraction est punie de dix ans."),
                art("225-4-3", "La tentative est punie des mêmes peines."),
            ),
        ],
        lang="fr",
    )
    rs = explain_relevant(law)
    assert nums(tuple(r.provision for r in rs)) == ["225-4-1", "225-4-2", "225-4-3"]
    assert rs[1].reason.startswith("container heading")


def test_container_listing_several_offences_is_not_about_trafficking() -> None:
    law = make_law(
        [
            *filler(60),
            chapter(
                "Kidnapping, trafficking in persons, hostage taking and abduction",
                art("279", "Every person who kidnaps a person is guilty of an offence."),
                art("279.1", "Every person who takes a hostage is guilty of an offence."),
                art(
                    "279.01",
                    "Every person who recruits a person for the purpose of exploiting "
                    "them is guilty of an offence.",
                    "Trafficking in persons",
                ),
            ),
        ]
    )
    assert nums(relevant(law)) == ["279.01"]


def test_large_container_is_not_used() -> None:
    many = [art(str(i), "A neutral rule.") for i in range(1, 40)]
    law = make_law([*filler(300), chapter("Trafficking in persons", *many)])
    assert relevant(law) == ()


# ---------------------------------------------------------------------------------------------
# references


@pytest.mark.parametrize(
    ("lang", "text", "expected_nums", "expected_ranges"),
    [
        ("fr", "conformément aux articles 225-4-1 à 225-4-9", [], [("225-4-1", "225-4-9")]),
        ("fr", "prévues à l'article L. 425-1", ["l. 425-1"], []),
        ("en", "under sections 279.01 to 279.04", [], [("279.01", "279.04")]),
        ("en", "an offence under section 279.011 or 279.02", ["279.011", "279.02"], []),
        ("es", "los artículos 145 bis y 145 ter", ["145 bis", "145 ter"], []),
        ("es", "del artículo 129-A al 129-P", [], [("129-a", "129-p")]),
        ("de", "nach den §§ 232 bis 233a", [], [("232", "233a")]),
        ("de", "nach §§ 232, 232a oder 233", ["232", "232a", "233"], []),
        ("da", "efter § 262 a og § 5", ["262 a", "5"], []),
        ("cs", "podle § 168 a 169", ["168", "169"], []),
        ("hu", "a 192. § szerint", ["192"], []),
        ("is", "samkvæmt 227. gr. a", ["227 a"], []),
        ("lt", "147 ir 157 straipsniuose", ["147", "157"], []),
        ("lv", "154.1 un 154.2 pantā", ["154.1", "154.2"], []),
        ("uk", "статтею 149, 303 цього Кодексу", ["149", "303"], []),
        ("el", "του άρθρου 323Α και 351", ["323α", "351"], []),
        ("tr", "80 inci maddesinde", ["80"], []),
        ("ka", "143¹ მუხლით", ["143^1"], []),
        ("ar", "الفصل 448-1 إلى 448-14", [], [("448-1", "448-14")]),
        ("vi", "theo Điều 150, 151", ["150", "151"], []),
        ("ja", "第二百二十六条の二から第二百二十八条まで", [], [("226-2", "228")]),
        # subdivisions inside lists
        (
            "nl",
            "de artikelen 240b, eerste lid, 247 tot en met 250 en 273f",
            ["240b", "273f"],
            [("247", "250")],
        ),
        ("fr", "aux articles 225-4-1, alinéa 2, et 225-4-2", ["225-4-1", "225-4-2"], []),
        ("en", "under section 279.01(1)(a) or 279.02", ["279.01", "279.02"], []),
    ],
)
def test_find_references(
    lang: str, text: str, expected_nums: list[str], expected_ranges: list[tuple[str, str]]
) -> None:
    refs = find_references(text, lang)
    assert [n for r in refs for n in r.nums] == expected_nums
    assert [x for r in refs for x in r.ranges] == expected_ranges


@pytest.mark.parametrize(
    ("lang", "text", "subdivision"),
    [
        ("de", "nach § 25 Absatz 4a Satz 1", "4a"),
        ("en", "under section 279.01(1)(a)", "1"),
        ("fr", "à l'article 225-4-1, alinéa 2", "2"),
        ("de", "nach §§ 232, 233 Abs. 1", ""),
        ("de", "nach § 25 Abs. 4a oder 4b", "4a"),
    ],
)
def test_subdivision_of_a_single_reference(lang: str, text: str, subdivision: str) -> None:
    (ref,) = find_references(text, lang)
    assert ref.subdivision == subdivision


def test_swedish_chapter_qualifier() -> None:
    (ref,) = find_references("enligt 4 kap. 1 a §", "sv")
    assert (ref.chapter, ref.nums) == ("4", ("1 a",))


@pytest.mark.parametrize(
    "text",
    [
        "A fine of 5000 and imprisonment for 5 years.",
        "In 2009, 232 persons were heard.",
        "Le délai est de 225 jours.",
    ],
)
def test_bare_numbers_are_not_references(text: str) -> None:
    assert find_references(text, "en") == ()
    assert find_references(text, "fr") == ()


def _code_with_trafficking(lang: str = "en") -> list[Node]:
    return [
        *filler(80),
        art(
            "5",
            "Whoever recruits a person for the purpose of exploitation is punished.",
            "Trafficking in persons",
        ),
        art("5A", "The consent of the victim is irrelevant.", "Consent"),
        art("6", "An attempt is punished as the completed offence.", "Attempt"),
        art("7", "Whoever sells a stolen bicycle is punished.", "Receiving"),
        art(
            "9",
            "The penalty for an offence under section 5 is doubled when the victim is a child.",
            "Aggravation",
        ),
        art(
            "10",
            "Property used in the commission of an offence under sections 5 to 7 shall be "
            "confiscated.",
            "Confiscation",
        ),
        art("11", "A fine of 5 units applies to breaches of section 50 of the Road Act.", "Fines"),
        art("12", "Section 5 of the Immigration Act applies to victims.", "Other law"),
    ]


def test_cross_references_lists_and_ranges() -> None:
    rs = explain_relevant(make_law(_code_with_trafficking()))
    by_num = {r.provision.num: r for r in rs}
    assert sorted(by_num) == ["10", "5", "9"]
    assert by_num["9"].reason == "cross-reference to 5"
    assert by_num["10"].reason == "cross-reference to 5"  # range 5 to 7 covers 5, 5A, 6, 7


def test_reference_to_another_law_is_not_resolved_here() -> None:
    law = make_law(
        [
            *filler(80),
            art("6", "Whoever commits trafficking in persons abroad is punished.", "Trafficking"),
            art(
                "8",
                "Genocide under section 6 of the International Crimes Act is punished.",
                "Genocide",
            ),
            art("9", "Art. 6 StGB applies.", "Application"),
        ]
    )
    assert nums(relevant(law)) == ["6"]


def test_citing_a_general_provision_does_not_spread() -> None:
    law = make_law(
        [
            *filler(80),
            art(
                "4",
                "This Act applies to offences committed abroad, including murder, robbery, "
                "trafficking in persons, piracy and forgery.",
                "Jurisdiction",
            ),
            art("8", "Section 4 does not apply to minors.", "Exception"),
            art(
                "20",
                "Whoever recruits a person for the purpose of exploitation is punished.",
                "Trafficking in persons",
            ),
        ]
    )
    assert nums(relevant(law)) == ["4", "20"]


def test_headingless_code_spreads_from_text() -> None:
    law = make_law(
        [
            *[art(str(i), f"Neutral rule {i}.") for i in range(100, 180)],
            art("262a", "For menneskehandel straffes med fængsel den, der hverver en person."),
            art("263", "Straffen efter § 262 a kan stige til 12 år."),
        ],
        lang="da",
    )
    assert nums(relevant(law)) == ["262a", "263"]


def test_citation_of_the_penal_code_trafficking_offence_from_another_law() -> None:
    law = make_law(
        [
            *[
                art(str(i), f"Eine neutrale Regel {i}.", f"Regel {i}", label="§")
                for i in range(1, 60)
            ],
            art(
                "25",
                "Einem Ausländer, der Opfer einer Straftat nach den §§ 232 bis 233a des "
                "Strafgesetzbuches wurde, soll eine Aufenthaltserlaubnis erteilt werden.",
                "Aufenthalt aus humanitären Gründen",
                label="§",
            ),
            art(
                "26",
                "Einem Ausländer, der Opfer einer Straftat nach § 263 des Strafgesetzbuches "
                "wurde, wird nichts erteilt.",
                "Betrug",
                label="§",
            ),
        ],
        lang="de",
        country="DEU",
    )
    rs = explain_relevant(law)
    assert nums(tuple(r.provision for r in rs)) == ["25"]
    assert rs[0].pattern == "ref:external:DEU"


def _residence_act(subsections: list[Node]) -> list[Node]:
    permit = Node(
        "section",
        label="§",
        num="25",
        heading="Aufenthalt aus humanitären Gründen",
        children=subsections,
    )
    return [
        *[
            art(str(i), f"Eine neutrale Regel {i}.", f"Regel {i}", label="§")
            for i in range(100, 160)
        ],
        permit,
        art(
            "59",
            "Die Frist entfällt, wenn der Ausländer nach § 25 Absatz 4a Satz 1 bleibt.",
            "Androhung",
            label="§",
        ),
        art(
            "60",
            "Die Frist entfällt, wenn der Ausländer nach § 25 Absatz 4 Satz 1 bleibt.",
            "Verbot",
            label="§",
        ),
    ]


def _sub(num: str, text: str) -> Node:
    return Node("subsection", num=num, text=text)


def test_reference_to_the_relevant_subdivision_only() -> None:
    law = make_law(
        _residence_act(
            [
                _sub("1", "Einem Ausländer wird eine Erlaubnis erteilt, wenn er verfolgt wird."),
                _sub("4", "Einem Ausländer kann ein vorübergehender Aufenthalt erlaubt werden."),
                _sub(
                    "4a",
                    "Einem Ausländer, der Opfer einer Straftat nach den §§ 232 bis 233a des "
                    "Strafgesetzbuches wurde, soll eine Erlaubnis erteilt werden.",
                ),
            ]
        ),
        lang="de",
        country="DEU",
    )
    rs = {r.provision.num: r.reason for r in explain_relevant(law)}
    assert rs == {
        "25": "cross-reference to 232-233a of the penal code",
        "59": "cross-reference to 25 (4a)",
    }


def test_inserted_subdivision_left_inside_its_predecessor() -> None:
    # a reader that did not split "(4a)" leaves it inside "(4)"
    law = make_law(
        _residence_act(
            [
                _sub("1", "Einem Ausländer wird eine Erlaubnis erteilt, wenn er verfolgt wird."),
                _sub(
                    "4",
                    "Einem Ausländer kann ein vorübergehender Aufenthalt erlaubt werden.\n"
                    "(4a) Einem Ausländer, der Opfer einer Straftat nach den §§ 232 bis 233a des "
                    "Strafgesetzbuches wurde, soll eine Erlaubnis erteilt werden.",
                ),
            ]
        ),
        lang="de",
        country="DEU",
    )
    assert nums(relevant(law)) == ["25", "59"]


def test_swedish_per_chapter_numbering() -> None:
    def kap(n: str, *children: Node) -> Node:
        return Node("chapter", num=n, heading=f"Kapitel {n}", children=list(children))

    law = make_law(
        [
            kap("3", *[art(f"3:{i}", f"Regel {i}.", label="§") for i in range(1, 40)]),
            kap(
                "4",
                art("4:1", "Neutral regel.", label="§"),
                art("4:1 a", "För människohandel döms den som rekryterar en person.", label="§"),
                art("4:2", "För försök till brott som avses i 1 a § döms.", label="§"),
                *[art(f"4:{i}", f"Regel {i}.", label="§") for i in range(3, 40)],
            ),
        ],
        lang="sv",
    )
    assert nums(relevant(law)) == ["4:1 a", "4:2"]


# ---------------------------------------------------------------------------------------------
# mentions (manifest notes)


def _law_for_mentions() -> Law:
    return make_law(
        [
            art("224-1"),
            art("225-4-1"),
            art("225-4-2"),
            art("225-4-3"),
            art("225-4-9"),
            art("225-4-10"),
            art("225-4-11"),
            art("225-5"),
            art("225-13"),
            art("225-14"),
            art("225-14-1"),
            art("225-16"),
            art("226-1"),
        ],
        lang="fr",
    )


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "whole code containing articles 225-4-1 to 225-4-9 (traite des êtres humains)",
            ["225-4-1", "225-4-2", "225-4-3", "225-4-9"],
        ),
        (
            "whole code containing arts. 225-4-10 ff. and 225-13 to 225-16 (travail forcé)",
            ["225-4-10", "225-4-11", "225-13", "225-14", "225-14-1", "225-16"],
        ),
        ("whole code containing art. 225-5 (proxénétisme) and 226-1", ["225-5", "226-1"]),
        (
            "whole code (text of 2019; does NOT include art. 225-5) containing art. 225-13",
            ["225-13"],
        ),
        ("whole code, 2.5 MB, version 2026-01-01, see line 12776", []),
    ],
)
def test_mentioned(note: str, expected: list[str]) -> None:
    assert nums(mentioned(note, _law_for_mentions())) == expected


@pytest.mark.parametrize(
    ("lang", "note", "expected"),
    [
        ("hu", "whole code containing 192. § (emberkereskedelem)", [("192",)]),
        ("sv", "whole code containing 4 kap. 1 a § (människohandel)", [("1 a",)]),
        ("is", "whole code containing 227. gr. a (mansal)", [("227 a",)]),
        ("lt", "whole code containing 147 straipsnis (prekyba) and 157", [("147", "157")]),
        ("da", "whole code containing § 262 a (menneskehandel)", [("262 a",)]),
        ("ja", "whole code containing 第226条の2 (人身売買)", [("226-2",)]),
        ("ka", "whole code containing მუხლი 143^1-143^3", [("143^1-143^3",)]),
        (
            "es",
            "whole code containing articles 145 bis and 145 ter (trata), 140 (servidumbre)",
            [("145 bis", "145 ter", "140")],
        ),
    ],
)
def test_mention_references(lang: str, note: str, expected: list[tuple[str, ...]]) -> None:
    assert [r.nums for r in mention_references(note, lang)] == expected


# ---------------------------------------------------------------------------------------------
# helpers


def test_num_key() -> None:
    assert num_key("143^1") == num_key("143¹") == num_key("143-1") == num_key("143_1")
    assert num_key("145 bis") == num_key("145-BIS") == num_key("145bis")
    assert num_key("232 a") == num_key("232a") == num_key("232-A")
    assert num_key("L. 425-1") == num_key("L425-1")
    assert num_key("4:1 a") == num_key("4.1a")


def test_fold_keeps_offsets() -> None:
    text = "Straße ÉTRANGER 143¹ الاتجار"
    folded, index = fold(text)
    assert folded.startswith("strasse etranger 143^1")
    assert len(index) == len(folded)
    assert text[index[folded.index("etranger")]] == "É"


# ---------------------------------------------------------------------------------------------
# the corpus: acceptance criterion of the issue (a quality figure, not a speed assertion)

# Verified by reading the code: the manifest's "225-4-10 ff." names articles on forced face
# covering, virginity tests and conversion practices, not trafficking (benchmarks/relevant.py
# keeps the same list).
ERRATA = {"fra/code-penal": {"225-4-10", "225-4-11", "225-4-12", "225-4-13"}}


def test_whole_codes_recall_and_share(corpus: object) -> None:
    from lexcompare.corpus import load_law, load_manifest
    from lexcompare.errors import LexcompareError

    expected = found = kept = citable = 0
    read = 0
    for entry in load_manifest():
        if not entry.is_whole_code:
            continue
        try:
            law = load_law(entry)
        except (LexcompareError, ImportError):
            continue
        read += 1
        keep = {p.eid for p in relevant(law)}
        wanted = [
            p
            for p in mentioned(entry.completeness, law)
            if p.num not in ERRATA.get(entry.id, set())
        ]
        expected += len(wanted)
        found += sum(1 for p in wanted if p.eid in keep)
        kept += len(keep)
        citable += sum(1 for _ in law.citable())
    if not read:
        pytest.skip("no whole code could be read")
    assert expected and found / expected >= 0.95, (found, expected)
    assert kept / citable <= 0.05, (kept, citable)
