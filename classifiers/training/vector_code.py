"""The same model from the same corpus on every x86 processor: training runs with numpy's AVX-512 code turned off.

numpy chooses, as it is imported, the widest vector code the processor runs (AVX2, AVX-512…), and its AVX-512
logarithms and exponentials differ from its AVX2 ones in the last bits. Through the tf-idf weights, liblinear's
stopping point and the thresholds' grid that was enough, in session 23, for model 2.24.0 rebuilt on an AVX-512
machine to differ from the file built on an AVX2 one: coefficients by up to 0.002, one category's threshold by a
grid step (0.48 → 0.49), though every test-split score was the same. Rebuilt with numpy's AVX-512 code off, it was
the shipped file byte for byte. So the training commands (train, nested, kfold, evaluate) start again once with it
off: numpy reads NPY_DISABLE_CPU_FEATURES only when it is imported. `footprint audit` runs numpy as it comes.
"""

from __future__ import annotations

import os
import sys

SETTING = "NPY_DISABLE_CPU_FEATURES"


def _umath():
    """numpy's core module, which says what vector code it was built with and runs."""
    try:
        from numpy._core import _multiarray_umath as umath
    except ImportError:  # numpy 1.x
        from numpy.core import _multiarray_umath as umath  # type: ignore[no-redef]
    return umath


def wide_targets() -> list[str]:
    """numpy's AVX-512 dispatch targets (numpy 2.4 on: X86_V4, AVX512_ICL, AVX512_SPR; before: AVX512F, AVX512_SKX…),
    whether or not this processor runs them."""
    return sorted(t for t in getattr(_umath(), "__cpu_dispatch__", ()) if t == "X86_V4" or t.startswith("AVX512"))


def running_wide() -> list[str]:
    """The AVX-512 targets numpy is running now (none when it was told not to, or the processor has none)."""
    features = getattr(_umath(), "__cpu_features__", {})
    return [t for t in wide_targets() if features.get(t)]


def without_wide_vectors(module: str) -> None:
    """Start `python -m module` again, with the same arguments, with numpy's AVX-512 code off, when numpy runs it
    now. Call it first in a training command's main(); it returns when there is nothing to do."""
    if SETTING in os.environ or not running_wide():
        return
    os.environ[SETTING] = " ".join(wide_targets())
    print(f"training with numpy's AVX-512 code off, as on any processor ({SETTING}={os.environ[SETTING]})", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, "-m", module, *sys.argv[1:]])
