#!/usr/bin/env python
"""Download WIDER FACE and FDDB and unpack them into the data root.

    python data_scripts/get_data.py --root DIR {widerface,fddb,all} [--force] [--base-url URL]

Run with --help for every option. The work is done by `pbs_paper.download`, which the
notebook nbs/11_download.ipynb documents and tests. Sums of downloaded archives are checked
against, and recorded in, checksums.json next to this script.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # lets the script run from a checkout that is not pip-installed

from pbs_paper.download import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(default_checksums=HERE / "checksums.json"))
