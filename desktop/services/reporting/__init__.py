"""What the reports print, read from the register: the services' part of every export.

One module a job, each returning plain dataclasses and rows that ``desktop/reports`` only lays out:
``dataset`` (the report dataset, materialised) and ``dataset_stream`` (the same dataset streamed for the
workbook; ``dataset.build`` materialises the stream, so there is one set of rules), ``briefing`` (the
briefing edition derived from a dataset) and ``briefing_sql`` (the same briefing answered by SQL),
``card`` (one agreement's card) and ``calendar`` (the deadlines of the iCalendar export).
"""
