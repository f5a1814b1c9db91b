"""The staff review web app: a queue of cases, a page per case, and decisions recorded with who made them.

Users and sessions live in ``OUT/review.sqlite``, apart from the pipeline's ``store.sqlite``: credentials
stay out of the store that auditors copy, and the pipeline's schema stays the pipeline's own.
"""
