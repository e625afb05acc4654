from __future__ import annotations

import pytest

from lexcompare.langdetect import detect_language

# Invented sentences in the style of statutes.
SAMPLES = {
    "en": "Any person who recruits another person for the purpose of exploitation shall be liable to imprisonment.",
    "fr": "Toute personne qui recrute une autre personne aux fins de son exploitation est punie de dix ans.",
    "es": "La persona que capte a otra con fines de explotación será sancionada con prisión de cinco años.",
    "pt": "A pessoa que recrutar outra com a finalidade de exploração será punida com reclusão, e não terá pena.",
    "de": "Wer eine andere Person zum Zweck der Ausbeutung anwirbt, wird mit Freiheitsstrafe bis zu zehn Jahren bestraft.",
    "nl": "Degene die een ander persoon werft met het oog op uitbuiting wordt gestraft met een gevangenisstraf.",
    "ca": "La persona que capti una altra persona amb finalitat d'explotació és castigada amb la pena de presó dels anys.",
    "ar": "يعاقب بالسجن كل من جند شخصا بقصد الاستغلال.",
    "el": "Όποιος στρατολογεί άλλο πρόσωπο με σκοπό την εκμετάλλευση τιμωρείται με κάθειρξη.",
    "uk": "Особа, яка вербує іншу особу з метою експлуатації, карається позбавленням волі.",
    "ja": "人を買い受けた者は、三月以上五年以下の懲役に処する。",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items(), ids=list(SAMPLES))
def test_detect(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_undecidable_is_empty() -> None:
    assert detect_language("") == ""
    assert detect_language("12 34") == ""
