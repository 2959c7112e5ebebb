"""Web pages: main text, metadata, encodings; nothing executed or fetched."""

import json

import pytest

from reader.core.errors import DocumentError
from reader.core.importers import import_bytes, import_file

P1 = "أعلنت وزارة المالية يوم الأحد عن حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة في مواجهة ارتفاع أسعار الفائدة."
P2 = "وقال وزير المالية في مؤتمر صحفي إن الحزمة تتضمن قروضا ميسرة بقيمة ملياري دولار وإعفاءات ضريبية مؤقتة."
P3 = "وأضاف الوزير أن البنوك المحلية ستبدأ في تلقي الطلبات اعتبارا من الشهر المقبل، على أن تصرف الدفعة الأولى قبل نهاية العام."
P4 = "ورحب اتحاد الصناعات بالقرار، معتبرا أنه خطوة ضرورية لحماية الوظائف في القطاع الخاص خلال الأشهر الصعبة المقبلة."

LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "#org", "name": "صحيفة الاقتصاد اليوم"},
        {
            "@type": "NewsArticle",
            "headline": "عنوان من JSON-LD",
            "datePublished": "2024-03-10T08:30:00+03:00",
            "author": [{"@type": "Person", "name": "ليلى حسن"}, {"@type": "Person", "name": "عمر خالد"}],
            "publisher": {"@id": "#org"},
        },
    ],
}


def page(head: str = "", body: str = "", lang: str = "ar") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


FULL_BODY = f"""
<header><nav><a href="/">الرئيسية</a> | <a href="/eco">اقتصاد</a> | <a href="/sport">رياضة</a></nav></header>
<article>
  <h1>الحكومة تطلق حزمة دعم للشركات الصغيرة</h1>
  <div class="share-buttons"><a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a></div>
  <p>{P1}</p>
  <img src="http://images.example.com/photo.jpg" alt="وصف الصورة">
  <h2>تفاصيل الحزمة</h2>
  <p>{P2}<br>السطر الثاني من الفقرة &amp; رمز &quot;مقتبس&quot; &#1575;&#1604;&#1593;&#1583;&#1583;&nbsp;كامل.</p>
  <ul><li>قروض ميسرة</li><li>إعفاءات ضريبية</li></ul>
  <script>document.write("SCRIPT_TEXT_MUST_NOT_APPEAR");</script>
  <style>.x {{ content: "STYLE_TEXT_MUST_NOT_APPEAR"; }}</style>
  <p>{P3}</p>
  <iframe src="http://ads.example.com/frame">IFRAME_TEXT_MUST_NOT_APPEAR</iframe>
  <form action="http://example.com/subscribe"><input value="FORM_TEXT_MUST_NOT_APPEAR"><button>BUTTON_TEXT</button></form>
  <div>{P4}</div>
  <noscript>NOSCRIPT_TEXT</noscript>
</article>
<aside>ASIDE_TEXT مقالات ذات صلة</aside>
<footer>FOOTER_TEXT جميع الحقوق محفوظة</footer>
<script src="http://cdn.example.com/app.js"></script>
"""

FULL_HEAD = f"""
<title>الحكومة تطلق حزمة دعم للشركات الصغيرة - صحيفة الاقتصاد اليوم</title>
<meta property="og:title" content="الحكومة تطلق حزمة دعم للشركات الصغيرة | صحيفة الاقتصاد اليوم">
<meta property="og:site_name" content="صحيفة الاقتصاد اليوم">
<meta property="article:published_time" content="2024-03-10T08:30:00+03:00">
<meta name="author" content="ليلى حسن">
<link rel="canonical" href="https://news.example.com/2024/03/10/support-package">
<link rel="stylesheet" href="http://cdn.example.com/style.css">
<script type="application/ld+json">{json.dumps(LD, ensure_ascii=False)}</script>
"""


@pytest.fixture
def full_page() -> bytes:
    return page(FULL_HEAD, FULL_BODY).encode("utf-8")


def test_main_text_without_scripts_forms_or_furniture(full_page, no_network):
    doc = import_bytes(full_page, "article.html")
    for absent in ("SCRIPT_TEXT", "STYLE_TEXT", "IFRAME_TEXT", "FORM_TEXT", "BUTTON_TEXT",
                   "NOSCRIPT_TEXT", "ASIDE_TEXT", "FOOTER_TEXT", "الرئيسية", "وصف الصورة"):
        assert absent not in doc.text, absent
    for present in (P1, P2, P3, P4):
        assert present in doc.text
    assert doc.format == "html"


def test_blocks_become_lines(full_page, no_network):
    doc = import_bytes(full_page, "article.html")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "الحكومة تطلق حزمة دعم للشركات الصغيرة"
    assert "تفاصيل الحزمة" in paragraphs  # a heading is its own paragraph
    assert P1 in paragraphs and P3 in paragraphs and P4 in paragraphs
    # <br> is a line break inside the paragraph; entities are decoded
    # (&nbsp; may come out as a no-break or a plain space, depending on the extractor)
    assert f'{P2}\nالسطر الثاني من الفقرة & رمز "مقتبس" العدد كامل.' in doc.text.replace("\xa0", " ")
    # list items are consecutive lines
    assert "• قروض ميسرة\n• إعفاءات ضريبية" in doc.text


def test_metadata(full_page, no_network):
    doc = import_bytes(full_page, "article.html")
    assert doc.title == "الحكومة تطلق حزمة دعم للشركات الصغيرة"  # og:title minus outlet
    assert doc.outlet == "صحيفة الاقتصاد اليوم"
    assert doc.date == "2024-03-10"
    assert doc.author == "ليلى حسن، عمر خالد"  # JSON-LD authors first
    assert doc.url == "https://news.example.com/2024/03/10/support-package"


def test_json_ld_and_time_element_when_meta_tags_are_missing(no_network):
    head = (
        "<title>الوزارة تعلن حزمة دعم جديدة - الموقع الإخباري</title>"
        f'<script type="application/ld+json">{json.dumps(LD)}</script>'
    )
    body = f"<article><p>{P1}</p><p>{P2}</p><time datetime='2020-01-02'>2 يناير</time></article>"
    doc = import_bytes(page(head, body).encode(), "a.html")
    assert doc.outlet == "صحيفة الاقتصاد اليوم"  # publisher by @id reference
    assert doc.date == "2024-03-10"  # JSON-LD before <time>
    assert doc.title == "الوزارة تعلن حزمة دعم جديدة"
    body_time = f"<article><p>{P1}</p><time datetime='2020-01-02T10:00'>2 يناير</time></article>"
    doc = import_bytes(page("<title>خبر</title>", body_time).encode(), "a.html")
    assert doc.date == "2020-01-02"


def test_title_suffix_without_known_outlet_and_title_on_top(no_network):
    body = f"<main><p>{P1}</p><p>{P2}</p></main>"
    doc = import_bytes(page("<title>الوزارة تعلن حزمة دعم جديدة | الموقع</title>", body).encode(), "a.html")
    assert doc.title == "الوزارة تعلن حزمة دعم جديدة"
    assert doc.text.split("\n\n")[0] == doc.title  # headline put at the top, like a .txt
    assert doc.outlet == ""


def test_dash_inside_a_title_is_kept(no_network):
    body = f"<article><p>{P1}</p></article>"
    doc = import_bytes(page("<title>الصين - الهند: توتر</title>", body).encode(), "a.html")
    assert doc.title == "الصين - الهند: توتر"


def test_short_page_keeps_its_paragraphs_apart(no_network):
    body = (
        "<div><h1>عنوان قصير</h1><p>فقرة أولى قصيرة.</p><p>فقرة ثانية.</p>"
        "<iframe src='http://x.example/'>IFRAME_FALLBACK</iframe><button>زر</button></div>"
    )
    doc = import_bytes(page("", body).encode(), "short.html")
    assert doc.text == "عنوان قصير\n\nفقرة أولى قصيرة.\n\nفقرة ثانية."


def test_windows_1256_page_with_meta_charset(no_network):
    html = page("<title>خبر اقتصادي</title>", f"<article><p>{P1}</p><p>{P2}</p></article>")
    html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    doc = import_bytes(html.encode("cp1256"), "a.htm")
    assert P1 in doc.text and doc.encoding == "cp1256"
    html = html.replace(
        '<meta charset="windows-1256">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
    )
    assert P2 in import_bytes(html.encode("cp1256"), "a.htm").text


def test_page_that_lies_about_its_charset(no_network):
    html = page("", f"<article><p>{P1}</p><p>{P2}</p></article>")
    html = html.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    doc = import_bytes(html.encode("cp1256"), "a.html")
    assert P1 in doc.text
    assert doc.encoding == "cp1256"
    assert any("iso-8859-1" in w or "cp1252" in w for w in doc.warnings)


def test_page_without_charset_is_detected(no_network):
    html = page("", f"<article><p>{P1}</p></article>").replace('<meta charset="utf-8">', "")
    doc = import_bytes(html.encode("cp1256"), "a.html")
    assert P1 in doc.text and doc.encoding == "cp1256"


def test_xhtml_with_xml_declaration(tmp_path, no_network):
    xhtml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>فصل</title></head>'
        f"<body><h1>عنوان الفصل</h1><p>{P1}</p><p>{P2}</p></body></html>"
    )
    path = tmp_path / "chapter.xhtml"
    path.write_text(xhtml, encoding="utf-8")
    doc = import_file(path)
    assert P1 in doc.text and P2 in doc.text
    assert doc.title == "فصل"


def test_entities_from_a_doctype_are_not_expanded(tmp_path, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET_FILE_CONTENT", encoding="utf-8")
    html = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f"<html><body><article><p>{P1} &xxe;</p><p>{P2}</p></article></body></html>"
    )
    doc = import_bytes(html.encode(), "a.html")
    assert "SECRET_FILE_CONTENT" not in doc.text
    assert P2 in doc.text


def test_binary_with_html_suffix():
    with pytest.raises(DocumentError, match="not a web page.*PNG"):
        import_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100), "a.html")


def test_page_without_text():
    with pytest.raises(DocumentError, match="no text"):
        import_bytes(page("", "<script>var x = 1;</script><img src='a.png'>").encode(), "a.html")


def test_noise_is_found_in_html_text(no_network):
    body = (
        f"<article><h1>الحكومة تطلق حزمة دعم للشركات</h1><p>{P1}</p>"
        "<p>اقرأ أيضا: الذهب يرتفع مع تراجع الدولار</p>"
        f"<p>{P2}</p><p>{P3}</p></article>"
    )
    doc = import_bytes(page("", body).encode(), "a.html")
    spans = [(doc.text[n.start : n.end], n.reason) for n in doc.noise]
    assert ("اقرأ أيضا: الذهب يرتفع مع تراجع الدولار", "read also") in spans


def test_headline_outside_the_article_body_is_on_top_once(no_network):
    body = (
        "<div id='top-menu'><ul><li><a href='/'>الرئيسية</a></li><li><a>سياسة</a></li></ul></div>"
        "<div class='col-main'><h1 class='headline'>وزارة المالية تطلق حزمة دعم جديدة للشركات</h1>"
        f"<div class='article-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div>"
        "<div class='comments'><p>تعليق: خبر رائع</p></div></div>"
        "<div class='col-side'><h3>الأكثر قراءة</h3><ul><li><a>خبر رياضي</a></li></ul></div>"
    )
    head = '<title>حزمة دعم للشركات | أخبار الخليج</title><meta property="og:site_name" content="أخبار الخليج">'
    doc = import_bytes(page(head, body).encode(), "a.html")
    assert doc.title == "حزمة دعم للشركات"
    assert doc.outlet == "أخبار الخليج"
    first, second = doc.text.split("\n\n")[:2]
    assert first == "وزارة المالية تطلق حزمة دعم جديدة للشركات"
    assert second == P1
    assert doc.text.count("وزارة المالية تطلق حزمة دعم جديدة للشركات") == 1
    assert "الرئيسية" not in doc.text


def test_utf8_page_that_declares_windows_1256(no_network):
    html = page("", f"<article><p>{P1}</p></article>").replace("utf-8", "windows-1256")
    doc = import_bytes(html.encode("utf-8"), "a.html")
    assert P1 in doc.text and doc.encoding == "utf-8"
    assert doc.warnings
