"""Run every benchmark in this folder (bench_*.py, each with a main()) and print their ratios.

python benchmarks/run.py            all of them
python benchmarks/run.py startup    only those whose name contains "startup"
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(selection: list[str]) -> None:
    for path in sorted(HERE.glob("bench_*.py")):
        if selection and not any(word in path.stem for word in selection):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {path.stem}")
        module.main()


if __name__ == "__main__":
    main(sys.argv[1:])
