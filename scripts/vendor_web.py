"""Vendor the report's browser libraries from the npm registry into ``web/vendor/``.

Each library's browser build is copied with its licence file; the licences of
the packages bundled inside those builds go to ``THIRD-PARTY-LICENSES.txt``.
Needs ``npm``; run it after changing a version in ``PACKAGES``.

    python scripts/vendor_web.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "web" / "vendor"

#: npm package, version, and the files of the package copied into web/vendor/<package>/.
PACKAGES = {
    "vega": ("6.4.0", ["build/vega.min.js", "LICENSE"]),
    "vega-lite": ("6.5.0", ["build/vega-lite.min.js", "LICENSE"]),
    "vega-embed": ("7.3.0", ["build/vega-embed.min.js", "LICENSE"]),
    "cytoscape": ("3.35.0", ["dist/cytoscape.min.js", "LICENSE"]),
    "world-atlas": ("2.0.2", ["countries-110m.json", "LICENSE"]),
}

#: Dependencies that only Node command-line tools use: not part of any browser build.
NODE_ONLY = {
    "ansi-regex", "ansi-styles", "cliui", "commander", "emoji-regex", "escalade", "get-caller-file",
    "get-east-asian-width", "iconv-lite", "rw", "safer-buffer", "string-width", "strip-ansi", "wrap-ansi",
    "y18n", "yargs", "yargs-parser",
}


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        specs = [f"{name}@{version}" for name, (version, _) in PACKAGES.items()]
        subprocess.run(["npm", "pack", "--silent", *specs], cwd=work, check=True, stdout=subprocess.DEVNULL)
        for name, (version, members) in PACKAGES.items():
            target = VENDOR / name
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            with tarfile.open(work / f"{name}-{version}.tgz") as archive:
                for member in members:
                    source = archive.extractfile(f"package/{member}")
                    assert source is not None, member
                    (target / Path(member).name).write_bytes(source.read())
        subprocess.run(["npm", "init", "-y"], cwd=work, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(
            ["npm", "install", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", *specs[:3]],
            cwd=work, check=True, stdout=subprocess.DEVNULL,
        )
        (VENDOR / "THIRD-PARTY-LICENSES.txt").write_text(_bundled_licences(work / "node_modules"), encoding="utf-8")


def _bundled_licences(modules: Path) -> str:
    """The licence texts of the packages bundled into the Vega builds."""
    out = [
        "Third-party code bundled inside the vendored builds (vega.min.js, vega-lite.min.js, vega-embed.min.js),",
        "collected from `npm install --omit=dev` of vega, vega-lite and vega-embed (scripts/vendor_web.py).",
        "",
    ]
    for folder in sorted(modules.iterdir()):
        if folder.name.startswith((".", "@")) or folder.name in NODE_ONLY or folder.name in PACKAGES:
            continue
        meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
        licence = next((f for f in sorted(folder.iterdir()) if f.name.upper().startswith(("LICENSE", "LICENCE"))), None)
        out += ["=" * 78, f"{meta['name']} {meta['version']} ({meta.get('license')})", "=" * 78]
        out += [licence.read_text(encoding="utf-8").strip() if licence else "(no licence file in the package)", ""]
    return "\n".join(out)


if __name__ == "__main__":
    main()
