"""The output guards and glossary masking on hand-made strings (no model needed)."""

from __future__ import annotations

import pytest

from pipeline.glossary import Term
from pipeline.translate import guards
from pipeline.translate.glossary import Masker, placeholder

AR = "بعد استقلالها عن الاتحاد السوفيتي عام 1991، ورثت كازاخستان رابع أكبر ترسانة نووية."
EN = "After its independence from the Soviet Union in 1991, Kazakhstan inherited the " \
     "fourth-largest nuclear arsenal."


def codes(source: str, output: str) -> set[str]:
    return {p.code for p in guards.check(source, output)}


def test_a_good_translation_passes():
    assert codes(AR, EN) == set()


@pytest.mark.parametrize(
    ("output", "code"),
    [
        (AR, guards.ECHO),
        ("After independence in 1991 the the the the Soviet Union.", guards.LOOP),
        ("In 1991 the nuclear arsenal, the nuclear arsenal, the nuclear arsenal, "
         "the nuclear arsenal.", guards.LOOP),
        ("In 1991.", guards.DROPPED),
        (EN.replace("1991", "1919"), guards.NUMBERS),
        (EN.replace(" in 1991", ""), guards.NUMBERS),
        (EN.replace("Kazakhstan", "كازاخستان"), guards.ARABIC),
        ("", guards.DROPPED),
    ],
    ids=["echo", "loop-word", "loop-phrase", "dropped", "number-changed", "number-lost",
         "arabic-left", "empty"],
)
def test_guards_fire_on_bad_output(output, code):
    assert code in codes(AR, output)


def test_numbers_compare_by_value():
    assert guards.numbers("عام ١٩٩١ و2017-2018 بنسبة 15% و٣٫٥ مليار و1,000") == \
        guards.numbers("in 1991, in 2017-2018, 15 percent, 3.5 billion and 1000")
    assert codes("ارتفعت بنسبة ١٥٪ عام ٢٠١٧", "rose by 15% in 2017") == set()
    assert guards.NUMBERS in codes("ارتفعت بنسبة ١٥٪ عام ٢٠١٧", "rose by 51% in 2017")
    # A small number written out in English is not "lost".
    assert codes("التقى 3 وزراء في العاصمة", "three ministers met in the capital") == set()


def test_best_prefers_fewer_problems_then_the_first():
    assert guards.best([("a", [guards.Problem("x", "")]), ("b", [])]) == 1
    assert guards.best([("a", []), ("b", [])]) == 0


def test_masking_keeps_proclitics_and_restores_the_english():
    terms = [Term("كازاخستان", "Kazakhstan", ["قازاقستان"]),
             Term("قاسم جومارت توكاييف", "Kassym-Jomart Tokayev"),
             Term("توكاييف", "Tokayev")]
    masker = Masker(terms)
    masked, found = masker.mask("زار قاسم جومارت توكاييف وقازاقستان، ثم قال توكاييف")
    assert "كازاخستان" not in masked and "توكاييف" not in masked
    assert f"و {placeholder(0)}" in masked
    assert {t.en for t in found} == {"Kassym-Jomart Tokayev", "Tokayev", "Kazakhstan"}
    # A model may glue an ending on; the placeholder is still found.
    out = f"{placeholder(1)} visited and {placeholder(0)}es, then {placeholder(2)} said"
    text, problems = masker.restore(out, found)
    assert text == "Kassym-Jomart Tokayev visited and Kazakhstanes, then Tokayev said"
    assert problems == []
    text, problems = masker.restore("visited, then said", found)
    assert len(problems) == 3


def test_placeholders_are_unique_letters():
    marks = [placeholder(i) for i in range(60)]
    assert len(set(marks)) == 60 and all(p.isalpha() and p.isupper() for p in marks)


FA = "در سال ۲۰۲۴ قزاقستان ۱۵٬۰۰۰ تن غلات به ۱۲ کشور همسایه صادر کرد."
RU = "В 2024 году Казахстан экспортировал 15 000 тонн зерна в 12 соседних стран."
FR = "En 2024, le Kazakhstan a exporté 15 000 tonnes de céréales vers 12 pays voisins."
EN_GRAIN = "In 2024, Kazakhstan exported 15,000 tonnes of grain to 12 neighbouring countries."


@pytest.mark.parametrize("source", [FA, RU, FR], ids=["persian", "russian", "french"])
def test_a_good_translation_passes_from_every_script(source):
    # Persian digits (۰-۹, ٬ for thousands) and spaced thousands (15 000) are the same numbers.
    assert codes(source, EN_GRAIN) == set()


@pytest.mark.parametrize("source", [FA, RU, FR], ids=["persian", "russian", "french"])
def test_echo_is_caught_in_every_script(source):
    assert guards.ECHO in codes(source, source)


def test_source_script_left_in_the_english():
    left = guards.check(RU, EN_GRAIN.replace("Kazakhstan", "Казахстан"))
    assert [p.code for p in left] == [guards.SCRIPT] and "Cyrillic" in left[0].message
    assert guards.SCRIPT in codes(FA, EN_GRAIN.replace("grain", "غلات"))
    # A Latin-script source shares its letters with English: a French name left as it is
    # ("Kazakhstan" in both) is no fault.
    assert codes(FR, EN_GRAIN.replace("tonnes", "tonnes (céréales)")) == set()


def test_persian_digits_changed_are_caught():
    assert guards.NUMBERS in codes(FA, EN_GRAIN.replace("2024", "2042"))
    assert guards.numbers("۱۵٬۰۰۰ و ۳٫۵") == guards.numbers("15,000 and 3.5")


def test_masking_uses_the_forms_of_the_blocks_language():
    term = Term("كازاخستان", "Kazakhstan", ["كازخستان"], forms={"ru": ["Казахстан"]},
                inflections={"ru": ["Казахстана"]})
    masked, found = Masker([term], "ru").mask("Президент Казахстана посетил Казахстан.")
    assert "Казахстан" not in masked and found == [term]
    # No Arabic proclitics outside Arabic, and no Arabic forms in a Russian block.
    assert Masker([term], "ru").mask("كازاخستان")[1] == []
    assert Masker([term], "fa").mask("Казахстан")[1] == []
    assert f"و {placeholder(0)}" in Masker([term], "ar").mask("وكازاخستان")[0]
