"""Write: the rows of a run as Parquet tables in `processed/`, published together.

`tables` defines the pyarrow schemas (once) and writes Parquet; `batches` and `batch_tables`
write a run's rows a batch at a time; `state` reads back the last run's rows for releases that
did not change; `publish` makes the three tables of a run appear together, one run at a time.
"""
