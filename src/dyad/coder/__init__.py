"""Event coding: parsed sentences and actor mentions in, CAMEO/PLOVER events out."""
