"""The audit trail of a case: the evidence report (HTML and PDF) and the check that nothing was edited.

Downstream of everything else: it reads the store, case.json and the uploaded files, and writes only
``audit.html`` and ``audit.pdf``. Nothing here imports Prefect; the flow publishes ``artifacts``.
"""
