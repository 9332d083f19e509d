"""Puts the bundled bank and resources inside the wheel, so `pip install .` ships them.

They live at the top of the source tree (`questions/`, `resources/`), where authors edit
them and where the app finds them when run from source; a wheel can only carry files
inside the package, so the build copies them to `ipquiz/data/` (see ipquiz.assets).
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: (folder, file patterns) the app reads at run time; sources such as .ts files stay out.
SHIPPED = (
    ("questions", ("*.yaml",)),
    ("questions/laws", ("*.yaml",)),
    ("questions/laws/texts", ("*.md",)),
    ("questions/facts", ("*.yaml",)),
    ("resources/themes", ("*.qss",)),
    ("resources/icons", ("*.png",)),
    ("resources/fonts", ("*.otf", "*.txt")),
    ("resources/translations", ("*.qm",)),
    ("resources/templates", ("*.csv", "*.xlsx")),
    ("resources/live", ("*.html", "*.js", "*.css")),
    ("resources/sounds", ("*.wav", "*.txt")),
)


class BuildWithBank(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the source tree itself
        target = Path(self.build_lib) / "ipquiz" / "data"
        for folder, patterns in SHIPPED:
            for pattern in patterns:
                for source in sorted((ROOT / folder).glob(pattern)):
                    dest = target / folder / source.name
                    self.mkpath(str(dest.parent))
                    self.copy_file(str(source), str(dest))


setup(cmdclass={"build_py": BuildWithBank})
