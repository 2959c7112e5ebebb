"""attribution-3.14, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_the_verbs_preposition_before_an_is_no_part_of_the_documents_name():
    r = _all("وحذر التقرير من أن تباطؤ الاقتصاد الصيني قد ينعكس على الطلب.")[0]
    assert (r.source, r.kind) == ("التقرير", "document")
    assert r.claim.startswith("تباطؤ الاقتصاد")


def test_estimates_of_bodies_in_the_plural_keep_whose_they_are():
    r = _all("وتشير تقديرات بنوك الاستثمار إلى أن القرار قد يعيد نحو 150 ألف مستثمر إلى السوق.")[0]
    assert (r.source, r.kind) == ("تقديرات بنوك الاستثمار", "document")
    assert r.claim.startswith("القرار قد يعيد")
