"""Places: an offline GeoNames gazetteer and the recognition of place mentions.

    load_gazetteer() -> Gazetteer          (places.gazetteer)
    find_places(sentence, gazetteer, ...)  (places.resolve)
"""

from .gazetteer import Candidate, Gazetteer, GazetteerInfo, Place, load_gazetteer

__all__ = ["Candidate", "Gazetteer", "GazetteerInfo", "Place", "load_gazetteer"]
