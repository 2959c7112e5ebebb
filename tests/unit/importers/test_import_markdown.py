"""Markdown: markup stripped to readable text, front matter read as metadata."""

import pytest

from reader.core.importers import import_bytes
from reader.core.importers.markdown import inline, markdown_to_text, split_front_matter

DOC = """---
title: "البنك المركزي يثبت أسعار الفائدة"
source: صحيفة الاقتصاد اليوم
date: 2024-03-10
authors:
  - ليلى حسن
  - عمر خالد
url: https://news.example.com/rates
---
# قرار **البنك المركزي**

أبقى البنك المركزي أسعار الفائدة دون تغيير
للمرة الثالثة على *التوالي*، وفقا لـ[بيان رسمي](https://cb.example.com/statement).

![صورة المقر](https://images.example.com/hq.jpg)

## ردود الفعل

- رحب المستثمرون بالقرار
- تراجع `الدولار` قليلا
1. أولا
2. ثانيا

> قال المحافظ: "سنراقب التضخم عن كثب".

```
rate = 5.25
print(rate)
```

| المؤشر | القيمة |
|---|---|
| الفائدة | 5.25% |

***

[1]: https://example.com/ref
سطر أخير مع نجمة مهربة \\* و__خط عريض__.
"""


@pytest.fixture
def md_doc():
    return import_bytes(DOC.encode("utf-8"), "rates.md")


def test_front_matter_is_metadata_not_text(md_doc):
    assert md_doc.title == "البنك المركزي يثبت أسعار الفائدة"
    assert md_doc.outlet == "صحيفة الاقتصاد اليوم"
    assert md_doc.date == "2024-03-10"
    assert md_doc.author == "ليلى حسن, عمر خالد"
    assert md_doc.url == "https://news.example.com/rates"
    assert "title:" not in md_doc.text and "---" not in md_doc.text
    assert md_doc.format == "md"


def test_markup_is_stripped(md_doc):
    paragraphs = md_doc.text.split("\n\n")
    assert paragraphs[0] == "قرار البنك المركزي"
    # a soft-wrapped paragraph is one line; emphasis and link markup go, link text stays
    assert (
        "أبقى البنك المركزي أسعار الفائدة دون تغيير للمرة الثالثة على التوالي، "
        "وفقا لـبيان رسمي." in paragraphs
    )
    assert "ردود الفعل" in paragraphs
    text = md_doc.text
    for gone in ("**", "](", "![", "https://images", "صورة المقر", "```", "|---|", "[1]:", "#"):
        assert gone not in text, gone
    assert "• رحب المستثمرون بالقرار\n• تراجع الدولار قليلا\n1. أولا\n2. ثانيا" in text
    assert 'قال المحافظ: "سنراقب التضخم عن كثب".' in paragraphs
    assert "rate = 5.25\nprint(rate)" in text  # code kept as text
    assert "المؤشر | القيمة\nالفائدة | 5.25%" in text
    assert paragraphs[-1] == "سطر أخير مع نجمة مهربة * وخط عريض."


def test_title_from_first_heading_without_front_matter():
    doc = import_bytes("مقدمة قصيرة\n\n## العنوان الحقيقي\n\nنص.".encode(), "a.markdown")
    assert doc.title == "العنوان الحقيقي"
    doc = import_bytes("سطر أول بلا عنوان\n\nنص آخر.".encode(), "b.md")
    assert doc.title == "سطر أول بلا عنوان"


def test_setext_heading_and_hard_break():
    text, heading = markdown_to_text("العنوان\n=======\n\nسطر أول  \nسطر ثان\\\nسطر ثالث\n")
    assert heading == "العنوان"
    assert text == "العنوان\n\nسطر أول\nسطر ثان\nسطر ثالث"


def test_underscores_inside_words_are_not_emphasis():
    assert inline("snake_case_name و _مائل_") == "snake_case_name و مائل"


def test_unclosed_front_matter_is_text():
    meta, body = split_front_matter("---\ntitle: x\nno closing fence")
    assert meta == {} and body.startswith("---")


def test_toml_front_matter():
    meta, body = split_front_matter('+++\ntitle = "عنوان"\npublisher = "وكالة"\n+++\nنص')
    assert meta == {"title": "عنوان", "outlet": "وكالة"}
    assert body == "نص"


def test_markdown_in_windows_1256():
    md = "# عنوان الخبر\n\nأعلنت الحكومة اليوم عن **خطة** جديدة لدعم الطاقة في البلاد.\n"
    doc = import_bytes(md.encode("cp1256"), "a.md")
    assert doc.encoding == "cp1256"
    assert doc.text == "عنوان الخبر\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم الطاقة في البلاد."
