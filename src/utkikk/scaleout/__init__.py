"""Scale-out: the per-article pipeline on Apache Spark, and its Parquet output loaded into a store.

``rows`` turns analysed articles into flat rows and back (no Spark needed), ``spark`` runs the same
reading and analysis code as ``utkikk extract`` on a Spark cluster and writes Parquet partitioned
by year and month, and ``load`` bulk-loads that output into either store, idempotently.
"""
