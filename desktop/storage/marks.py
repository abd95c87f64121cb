"""How a Kelisim register file is recognised: SQLite's header and the application id Kelisim stamps in it."""

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x4B4C534D  # "KLSM", in the header's application_id field (offset 68)
