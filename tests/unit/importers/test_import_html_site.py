"""Web pages of news sites: the comment-policy boilerplate is noise, and the site's Arabic
name and the author are kept as outlet and author. Pages written for these tests."""

import json

import pytest

from reader.core.importers import import_bytes

P1 = "أعلنت وزارة المالية يوم الأحد عن حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة في مواجهة ارتفاع أسعار الفائدة."
P2 = "وقال وزير المالية في مؤتمر صحفي إن الحزمة تتضمن قروضا ميسرة بقيمة ملياري دولار وإعفاءات ضريبية مؤقتة."
P3 = "وأضاف الوزير أن البنوك المحلية ستبدأ في تلقي الطلبات اعتبارا من الشهر المقبل، على أن تصرف الدفعة الأولى قبل نهاية العام."

POLICY_AR = (
    "نرحب بتعليقاتكم ومشاركاتكم في النقاش، ونرجو الالتزام بآداب الحوار. "
    "التعليقات المنشورة لا تعبر عن رأي الموقع وإنما تعبر عن رأي أصحابها، "
    "ويحتفظ الموقع بحق حذف أي تعليق مسيء."
)
POLICY_EN = (
    "We welcome discussion. Please keep comments civil and on topic. The views expressed "
    "in the comments below do not represent those of the site, and we reserve the right "
    "to remove comments that break these rules."
)


def page(head: str, body: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"{head}</head><body>{body}</body></html>"
    ).encode("utf-8")


def spans(doc):
    return [(doc.text[n.start:n.end], n.reason) for n in doc.noise]


@pytest.mark.parametrize("policy", [POLICY_AR, POLICY_EN])
def test_comment_policy_is_noise(no_network, policy):
    body = (
        f"<article><h1>الحكومة تطلق حزمة دعم للشركات</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        f"<div class='note'><p>{policy}</p></div></article>"
    )
    doc = import_bytes(page("", body), "a.html")
    assert policy in doc.text  # never deleted: dimmed or hidden in the window
    assert (policy, "comment policy") in spans(doc)
    assert not any(reason == "comment policy" and P1 in text for text, reason in spans(doc))


def test_comment_policy_heading_and_block(no_network):
    body = (
        f"<article><h1>الحكومة تطلق حزمة دعم للشركات</h1><p>{P1}</p><p>{P2}</p>"
        "<h3>سياسة التعليقات</h3>"
        "<p>نرحب بآرائكم، ونرجو ألا تتضمن التعليقات إساءة لأحد.</p>"
        "<p>الآراء الواردة في التعليقات لا تعبر بالضرورة عن رأي الصحيفة.</p></article>"
    )
    doc = import_bytes(page("", body), "a.html")
    marked = [text for text, reason in spans(doc) if reason == "comment policy"]
    assert marked == [
        "سياسة التعليقات",
        "نرحب بآرائكم، ونرجو ألا تتضمن التعليقات إساءة لأحد.",
        "الآراء الواردة في التعليقات لا تعبر بالضرورة عن رأي الصحيفة.",
    ]


def test_an_article_about_comments_is_not_noise(no_network):
    p = ("وقال الوزير إن التعليقات التي نشرها المواطنون على مواقع التواصل تعبر عن قلق حقيقي "
         "من ارتفاع الأسعار، مضيفا أن الحكومة ستدرسها بعناية خلال الأسابيع المقبلة.")
    body = f"<article><h1>الحكومة تطلق حزمة دعم للشركات</h1><p>{P1}</p><p>{p}</p><p>{P2}</p></article>"
    doc = import_bytes(page("", body), "a.html")
    assert not any(reason == "comment policy" for _, reason in spans(doc))


def test_arabic_site_name_and_author_from_json_ld(no_network):
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "حزمة دعم",
        "author": {"@type": "Person", "name": "سامي خليل"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "الأخبار اليوم"},
    }
    head = (
        '<meta property="og:site_name" content="Al Akhbar Today">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    doc = import_bytes(page(head, f"<article><h1>حزمة دعم للشركات</h1><p>{P1}</p></article>"), "a.html")
    assert doc.outlet == "الأخبار اليوم"  # the Arabic name is preferred
    assert doc.author == "سامي خليل"


def test_application_name_and_a_byline(no_network):
    head = '<meta name="application-name" content="صحيفة المدينة"><meta name="author" content="صحيفة المدينة">'
    body = (
        "<article><h1>حزمة دعم للشركات</h1>"
        "<div class='article-meta'><span class='byline'>بقلم: منى عبد الله</span>"
        "<time datetime='2024-05-02'>2 مايو</time></div>"
        f"<p>{P1}</p><p>{P2}</p></article>"
    )
    doc = import_bytes(page(head, body), "a.html")
    assert doc.outlet == "صحيفة المدينة"
    assert doc.author == "منى عبد الله"  # the outlet's name as author is no author


@pytest.mark.parametrize("mark", ['class="author-name"', 'itemprop="author"', 'rel="author"',
                                  'class="writer"'])
def test_byline_marks(no_network, mark):
    body = (f"<article><h1>حزمة دعم للشركات</h1><p>كتب: <a {mark}>خالد يوسف</a></p>"
            f"<p>{P1}</p><p>{P2}</p></article>")
    doc = import_bytes(page("", body), "a.html")
    assert doc.author == "خالد يوسف"


def test_meta_author_is_kept_when_there_is_no_byline(no_network):
    head = '<meta name="author" content="ليلى حسن">'
    doc = import_bytes(page(head, f"<article><h1>حزمة دعم</h1><p>{P1}</p></article>"), "a.html")
    assert doc.author == "ليلى حسن"
