"""The diary: a practitioner's notes about several families, kept in one encrypted SQLCipher file.

crypto.py    opening the encrypted file (passphrase, file modes, clear errors for every failure)
schema.py    the tables and the migrations between schema versions (PRAGMA user_version)
store.py     families, entries and their versions, retention, backup: the only code that runs SQL
checking.py  an entry checked `--for diary` with the family's members as the caseload
export.py    a family's subject access request pack (.txt, .docx, .json), other people as [third party]
importer.py  existing .txt/.docx notes brought in, each checked
editor.py    $EDITOR in a private folder, the file overwritten and removed after
commands.py  the `discreet diary` click group: parse, call the above, print, set the exit code

Nothing of an entry, a family or a name is written anywhere in clear, or logged.
"""
