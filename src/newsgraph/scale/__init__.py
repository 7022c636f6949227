"""Running the analysis at scale: local worker processes (local.py) or a Dask cluster (dask.py).

Workers only analyze and return RecordBatches; ``ingest`` (ingest.py) is the single writer.
"""
from .ingest import IngestReport, ingest

__all__ = ["IngestReport", "ingest"]
