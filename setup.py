"""Build of the compiled ingest hot path (roomsift.ingest._speedups, issue 13).

Everything else about the package is in pyproject.toml. Cython is a build requirement
([build-system] requires), so `pip install .` and `pip install -e .` compile the extension
with the machine's C compiler. The extension is optional: where it cannot be built (no C
compiler, no Python headers) the install still succeeds and ingest runs the pure-Python
code it mirrors (roomsift/ingest/compiled.py); `roomsift --version` says which path ingest
takes. CI sets ROOMSIFT_REQUIRE_COMPILED=1 so a silently skipped build fails its tests.
"""

from setuptools import Extension, setup

SOURCE = "src/roomsift/ingest/_speedups.pyx"

try:
    from Cython.Build import cythonize
except ImportError:  # a build without Cython (not through pip's isolated build): pure Python only
    import warnings

    warnings.warn("Cython is not installed: roomsift.ingest._speedups is not built; ingest runs in pure Python")
    ext_modules = []
else:
    ext_modules = cythonize(
        [Extension("roomsift.ingest._speedups", [SOURCE], optional=True)],
        compiler_directives={"language_level": 3},
    )

setup(ext_modules=ext_modules)
