"""`media hash` on Dask: decoding and hashing run on the workers, in batches; the
coordinator commits results in the order of the pending files, batch by batch, exactly as
the single-process path does (a run cut short resumes where it stopped)."""

from __future__ import annotations

from roomsift.cluster.session import Session

FILES_PER_TASK = 16  # one image takes 5–15 ms to decode and hash; the scheduler ~1 ms per task


def hash_case(session: Session, case, **options):
    from roomsift.media.hashing import hash_file_job
    from roomsift.media.pipeline import hash_case as run_hash

    def mapper(jobs):
        return session.map(hash_file_job, jobs, batch=FILES_PER_TASK)

    return run_hash(case, mapper=mapper, **options)
