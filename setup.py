"""The one piece of build configuration pyproject.toml cannot state; everything else is there.

`resources/` sits at the top of the repository (docs/ARCHITECTURE.md §2) and is installed as the package
`privacy_desk.resources`. pyproject.toml can either discover the packages (`packages.find`) or list them
with their folders, not both; discovery is kept for privacy_desk's own packages, so that a new one ships
without anyone listing it, and the mapped resources packages are added to its answer here.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["privacy_desk*"]),
        "privacy_desk.resources",
        "privacy_desk.resources.icons",
        "privacy_desk.resources.fonts",
    ],
    package_dir={"privacy_desk.resources": "resources"},
)
