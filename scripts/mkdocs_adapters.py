"""MkDocs hook: every adapter folder brings its own pages, so adding an adapter touches no core file.

Each ``adapters/<name>/docs/*.md`` is published at ``adapters/<page>.md`` (beside the core's adapter pages, so
relative links such as ``../rules.md`` work the same from either place) and listed in the "Adapters" section
of the nav: adapters sorted by folder, each adapter's ``<name>.md`` first, then its other pages by file name,
all before the core's own pages of that section (writing an adapter, the support matrix). Page titles come
from each page's first heading. Two adapters publishing the same page name is an error.

Enabled in ``mkdocs.yml`` under ``hooks:``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
SECTION = "Adapters"


def adapter_pages(root: Path = ROOT) -> dict[str, Path]:
    """Site path (``adapters/<page>.md``) → source file, in nav order."""
    pages: dict[str, Path] = {}
    for project in sorted((root / "adapters").glob("*/pyproject.toml")):
        folder = project.parent
        found = sorted((folder / "docs").glob("*.md"), key=lambda p: (p.stem != folder.name, p.name))
        for source in found:
            site_path = f"adapters/{source.name}"
            if site_path in pages:
                raise PluginError(
                    f"{source.relative_to(root)} and {pages[site_path].relative_to(root)} both publish "
                    f"{site_path}: prefix an adapter's page names with its folder name"
                )
            pages[site_path] = source
    return pages


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    nav: list[Any] = config.nav or []
    section = next((item[SECTION] for item in nav if isinstance(item, dict) and SECTION in item), None)
    if section is None:
        raise PluginError(f"mkdocs.yml: the nav has no {SECTION!r} section for the adapters' pages")
    listed = {_path_of(item) for item in section}
    new = [path for path in adapter_pages() if path not in listed]
    section[:0] = new
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for site_path, source in adapter_pages().items():
        if files.get_file_from_path(site_path) is not None:
            raise PluginError(f"{site_path} exists in docs/ and in {source.relative_to(ROOT)}: keep one")
        files.append(File.generated(config, site_path, abs_src_path=str(source)))
    return files


def _path_of(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict) and len(item) == 1:
        value = next(iter(item.values()))
        return value if isinstance(value, str) else None
    return None
