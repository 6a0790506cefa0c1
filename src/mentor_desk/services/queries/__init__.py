"""The public query layer of the services: named loaders that turn database rows into domain records.

Every service reads people, pairs and ИОМ through these loaders, so a record is built in one
place from named columns, and a read of N records costs O(N) statements' work: loaders given ids
touch only those ids, in batches of `BATCH` (within every database's parameter limit).
"""

from mentor_desk.services.queries.batching import BATCH, chunks, gc_paused
from mentor_desk.services.queries.ioms import activity_counts, catalogues, iom_records
from mentor_desk.services.queries.pairs import pair_records, pairs_by_id
from mentor_desk.services.queries.people import people_by_id, people_records, person_refs
from mentor_desk.services.queries.person_rows import apply_draft, insert_people, person_values

__all__ = [
    "BATCH",
    "activity_counts",
    "apply_draft",
    "catalogues",
    "chunks",
    "gc_paused",
    "insert_people",
    "iom_records",
    "pair_records",
    "pairs_by_id",
    "people_by_id",
    "people_records",
    "person_refs",
    "person_values",
]
