"""Dyad: political event data from news text."""

import os as _os
import sys as _sys

# One BLAS thread per process, set before numpy loads OpenBLAS. The pipeline's
# matrix products are small: a second thread doubled the CPU time of parsing
# 300 Tehran Times articles and gained no wall time, and limiting the threads
# after OpenBLAS has started (``load_nlp(blas_threads=1)``, the fallback when
# numpy was imported first) runs about 18 % slower than this. A value the user
# set is kept.
USER_BLAS_THREADS = _os.environ.get("OPENBLAS_NUM_THREADS")  # the user's choice, kept everywhere
if "numpy" not in _sys.modules:
    _os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
