"""How the reader shows articles (font, size, spacing, theme, what is hidden), kept in the
library's settings table so it survives a restart."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from reader.core.store import Store

from .display_map import NOISE_DIM, NOISE_HIDE, NOISE_SHOW, DisplayOptions
from .fonts import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from .themes import THEME_NAMES

SETTINGS_KEY = "ui.view"
LINE_SPACINGS = (100, 125, 150, 175, 200)  # percent of the font's line height


@dataclass(frozen=True)
class ViewSettings:
    font_family: str = ""  # "" = the first installed face of the fallback chain
    point_size: float = DEFAULT_POINT_SIZE
    line_spacing: int = 150
    theme: str = "light"
    show_diacritics: bool = True
    noise: str = NOISE_DIM
    show_invisibles: bool = False

    def display_options(self) -> DisplayOptions:
        return DisplayOptions(self.show_diacritics, self.noise, self.show_invisibles)

    def evolve(self, **changes) -> "ViewSettings":
        return replace(self, **changes).checked()

    def checked(self) -> "ViewSettings":
        """The same settings with out-of-range values brought back in range."""
        return replace(
            self,
            point_size=max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, float(self.point_size))),
            line_spacing=min(LINE_SPACINGS, key=lambda v: abs(v - int(self.line_spacing))),
            theme=self.theme if self.theme in THEME_NAMES else "light",
            noise=self.noise if self.noise in (NOISE_SHOW, NOISE_DIM, NOISE_HIDE) else NOISE_DIM,
        )


def load_view_settings(store: Store) -> ViewSettings:
    raw = store.setting(SETTINGS_KEY, {}) or {}
    known = {f.name for f in fields(ViewSettings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        return ViewSettings(**values).checked()
    except (TypeError, ValueError):
        return ViewSettings()


def save_view_settings(store: Store, settings: ViewSettings) -> None:
    store.set_setting(SETTINGS_KEY, asdict(settings))
