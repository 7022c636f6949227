"""Extraction stages. Each is a pure function of a parsed Doc (plus what earlier stages found)
that returns frozen records with offsets into the article text. No I/O here."""
