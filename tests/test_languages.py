"""Which language an article is in: the language layer's data, declarations and detection.

Every article here is written by the test: short news texts as the foreign press prints them.
"""

from __future__ import annotations

import json

import pytest

from pipeline import languages
from pipeline.build import Options
from pipeline.commands import clean
from pipeline.config import default_config, load_config
from pipeline.errors import PipelineError
from pipeline.languages.detect import decide

NEWS = {
    "ar": "أكد وزير الخارجية الكازاخستاني أن بلاده تسعى إلى تعزيز التعاون مع دول الخليج في مجالات "
          "الطاقة والنقل والاستثمار، مشيرا إلى أن حجم التبادل التجاري ارتفع العام الماضي.",
    "fa": "وزیر امور خارجه قزاقستان گفت کشورش خواهان گسترش همکاری‌های اقتصادی با ایران است و "
          "حجم مبادلات تجاری دو کشور در سال گذشته افزایش یافته است.",
    "ur": "قازقستان کے وزیر خارجہ نے کہا ہے کہ ان کا ملک پاکستان کے ساتھ تجارتی تعلقات کو فروغ "
          "دینا چاہتا ہے اور دونوں ممالک کے درمیان تجارت میں اضافہ ہوا ہے۔",
    "tr": "Kazakistan Dışişleri Bakanı, ülkesinin Türkiye ile enerji ve ulaştırma alanlarında "
          "işbirliğini geliştirmek istediğini ve iki ülke arasındaki ticaretin arttığını söyledi.",
    "ru": "Министр иностранных дел Казахстана заявил, что страна стремится расширить "
          "сотрудничество с государствами Персидского залива в области энергетики и транспорта.",
    "fr": "Le ministre kazakh des Affaires étrangères a déclaré que son pays souhaitait renforcer "
          "sa coopération avec les pays du Golfe dans les domaines de l'énergie et des transports.",
    "en": "Kazakhstan's foreign minister said his country wants to expand cooperation with the "
          "Gulf states in energy and transport, adding that trade grew sharply last year.",
    "de": "Der kasachische Außenminister sagte, sein Land wolle die Zusammenarbeit mit den "
          "Golfstaaten in den Bereichen Energie und Verkehr ausbauen, der Handel sei gewachsen.",
    "es": "El ministro de Asuntos Exteriores kazajo afirmó que su país quiere ampliar la "
          "cooperación con los países del Golfo en energía y transporte, y que el comercio creció.",
}


@pytest.mark.parametrize("code", sorted(NEWS))
def test_each_language_has_its_own_file_and_is_detected(code):
    lang, how = decide("a.txt", NEWS[code], None, "", default_config())
    assert (lang.code, lang.generic) == (code, False)
    assert how.startswith("detected by lingua")
    assert lang.direction == ("rtl" if code in ("ar", "fa", "ur") else "ltr")
    assert lang.argos == code and lang.name and lang.native


def test_layer_holds_what_each_stage_needs():
    fa, ur, ru = languages.get("fa"), languages.get("ur"), languages.get("ru")
    assert fa.normalize["keep_zwnj"] and not languages.get("ar").normalize["keep_zwnj"]
    assert "۔" in ur.sentence_ends and "۔" not in ru.sentence_ends
    assert "Автор" in ru.structure["byline_prefixes"]
    assert "نویسنده" in fa.structure["byline_prefixes"]
    assert ru.structure["months"]["марта"] == 3
    assert (fa.script.font, ru.script.font) == ("arabic", "cyrillic")


def test_a_language_without_a_file_takes_the_generic_rules_in_its_script():
    ky = languages.get("ky")
    assert (ky.generic, ky.name, ky.script.name, ky.tag) == (True, "Kyrgyz", "Cyrillic", "ky")
    # Uyghur written in Cyrillic letters (as in Kazakhstan): the same language, left to right,
    # tagged with its script so the renderer and the next build know it.
    ug = languages.get("ug", script="Cyrillic")
    assert (ug.generic, ug.direction, ug.tag) == (True, "ltr", "ug-Cyrl")
    assert languages.get("ug-Cyrl").direction == "ltr" and languages.get("ug").rtl


def test_a_language_with_a_file_in_another_script_keeps_its_rules():
    # Kazakh in Arabic letters (as in China): Kazakh's rules, right to left, tagged kk-Arab.
    kk_arab = languages.get("kk", script="Arabic")
    assert (kk_arab.generic, kk_arab.direction, kk_arab.tag) == (False, "rtl", "kk-Arab")
    assert languages.get("kk-Arab").direction == "rtl"


def test_text_in_a_script_no_expected_language_uses_keeps_that_script():
    lang, how = decide("g.txt", "საქართველოს საგარეო საქმეთა მინისტრმა განაცხადა", None, "",
                       default_config())
    assert (lang.tag, lang.script.name, lang.script.font) == ("und-Geor", "Georgian", "")
    assert "no expected language is written in Georgian script" in how


def test_adding_a_language_is_adding_a_file(tmp_path):
    (tmp_path / "languages").mkdir()
    (tmp_path / "languages" / "kk.toml").write_text(
        'code = "kk"\nname = "Kazakh"\nnative = "Қазақ тілі"\nscript = "Cyrillic"\n'
        'argos = "kk"\n[structure]\nbyline_prefixes = ["Авторы"]\n', encoding="utf-8")
    kk = languages.get("kk", str(tmp_path))
    assert (kk.generic, kk.native, kk.structure["byline_prefixes"]) == (
        False, "Қазақ тілі", ["Авторы"])
    assert kk.sentence_ends == languages.get("und").sentence_ends  # the rest from generic.toml


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def _cleaned(src, tmp_path):
    out = tmp_path / "out"
    clean(Options(src, out))
    data = json.loads((out / "stages" / "clean.json").read_text(encoding="utf-8"))
    return {a["source_file"]: (a["language"], a["language_source"]) for a in data["articles"]}


def test_declared_detected_and_configured_languages(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "persian.md", f"---\ntitle: همکاری‌های تازه\nlang: fa\n---\n\n{NEWS['fa']}\n")
    # A site template's lang="en" around an Arabic article is not believed.
    _write(src, "page.html", f'<html lang="en"><body><article><h1>عنوان الخبر</h1>'
                             f'<p>{NEWS["ar"]}</p><p>{NEWS["ar"]}</p></article></body></html>')
    _write(src, "russian.txt", f"Заголовок статьи\n\n{NEWS['ru']}\n")
    _write(src, "urdu.txt", f"سرخی\n\n{NEWS['ur']}\n")
    _write(src, "dossier.toml", '[languages.files]\n"urdu.txt" = "ur"\n')
    found = _cleaned(src, tmp_path)
    assert found["persian.md"] == ("fa", "declared by the Markdown front matter")
    lang, how = found["page.html"]
    assert lang == "ar" and how.startswith("detected by lingua")
    assert "the page's lang attribute says 'en', but the text is in Arabic script" in how
    assert found["russian.txt"][0] == "ru"
    assert found["urdu.txt"] == ("ur", "set for this file in dossier.toml [languages.files]")


def test_folder_wide_language_yields_to_the_letters(tmp_path):
    cfg = default_config()
    cfg["languages"]["default"] = "ar"
    assert decide("x.txt", NEWS["ar"], None, "", cfg)[0].code == "ar"
    lang, how = decide("x.txt", NEWS["en"], None, "", cfg)
    assert lang.code == "en"
    assert "dossier.toml [languages] default says 'ar', but the text is in Latin script" in how


def test_a_bad_language_code_in_dossier_toml_is_one_clear_error(tmp_path):
    (tmp_path / "dossier.toml").write_text('[languages.files]\n"a.txt" = "Persian"\n',
                                           encoding="utf-8")
    with pytest.raises(PipelineError, match="ISO 639-1 code"):
        load_config(tmp_path)


def test_the_report_says_which_language_and_how(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", f"Titre de l'article\n\n{NEWS['fr']}\n")
    out = tmp_path / "out"
    from pipeline.commands import build

    build(Options(src, out))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (art,) = report["articles"]
    assert (art["language"], art["language_name"]) == ("fr", "French")
    assert art["language_source"].startswith("detected by lingua")
