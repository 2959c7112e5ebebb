"""The translation window's menus and toolbar (its actions are made by the window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QToolBar


def build_menus(window) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("TranslationWindow", "&File"))
    window.exchange.build(file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.close_action)
    edit = bar.addMenu(QCoreApplication.translate("TranslationWindow", "&Edit"))
    for action in (window.undo_action, window.redo_action, None, window.copy_source_action,
                   *window.match_actions, None, window.add_term_action):
        edit.addSeparator() if action is None else edit.addAction(action)
    segment = bar.addMenu(QCoreApplication.translate("TranslationWindow", "&Segment"))
    for action in (window.confirm_action, window.review_action, window.draft_action, None,
                   window.next_action, window.previous_action, window.next_untranslated_action,
                   window.next_unreviewed_action, None, window.merge_action, window.split_action):
        segment.addSeparator() if action is None else segment.addAction(action)
    tools = QToolBar(QCoreApplication.translate("TranslationWindow", "Translation"), window)
    tools.setObjectName("translationToolbar")
    tools.setMovable(False)
    for action in (window.previous_action, window.next_action, window.next_untranslated_action,
                   window.next_unreviewed_action, window.confirm_action, window.merge_action,
                   window.split_action, window.add_term_action):
        tools.addAction(action)
    tools.addSeparator()
    tools.addWidget(QLabel(QCoreApplication.translate("TranslationWindow", "Target language:"), window))
    tools.addWidget(window.language)
    window.addToolBar(tools)
