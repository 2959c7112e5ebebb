"""Helpers for the tests of the analysis side of the window: a main window with the Entities, Sources
and Claims tabs, and two small articles written for these tests (they share names, so a
teaching made on one shows on the other)."""

from __future__ import annotations

from reader.core.model import ImportedDocument

ARTICLE_A = """الحكومة تعلن خطة لخفض العجز

قال وزير المالية محمد الخطيب إن الحكومة ستخفض العجز إلى 5 في المئة خلال العام المقبل.
وأضاف أن الصين ستبقى شريكا رئيسيا في مشروعات البنية التحتية.
ونقلت وكالة رويترز عن مصدر مطلع قوله إن المفاوضات مع صندوق النقد الدولي ستستأنف الشهر المقبل.
وقال متحدث باسم البنك المركزي: 'لا نية لرفع أسعار الفائدة الآن'.
"""

ARTICLE_B = """الصادرات ترتفع

قالت وزارة التجارة إن الصادرات إلى الصين ارتفعت بنسبة 12 في المئة في الربع الأول.
وذكرت مصادر لوكالة رويترز أن الصين تدرس خفض الرسوم الجمركية.
"""


def import_article(window, text: str, title: str):
    doc = window.session.store.import_document(ImportedDocument(text=text, title=title)).document
    window.refresh_library()
    return doc


def wait_for_analysis(qtbot, feature, doc_id: str, timeout: int = 60000):
    qtbot.waitUntil(lambda: feature.doc is not None and feature.doc.id == doc_id
                    and feature.analysis is not None, timeout=timeout)
    return feature.analysis


class Opened:
    def __init__(self, qtbot, window):
        from reader.ui.analysis import install_analysis

        self.qtbot = qtbot
        self.window = window
        self.feature = getattr(window, "analysis_feature", None) or install_analysis(window)

    def open(self, doc):
        self.window.open_document(doc.id)
        return wait_for_analysis(self.qtbot, self.feature, doc.id)

    def sample(self):
        doc = self.window.open_sample()
        return doc, wait_for_analysis(self.qtbot, self.feature, doc.id)
