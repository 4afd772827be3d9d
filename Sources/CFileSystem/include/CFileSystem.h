#ifndef PROGNOS_CFILESYSTEM_H
#define PROGNOS_CFILESYSTEM_H

/// Atomically exchanges the directory entries `from` (relative to `fromdir`) and `to` (relative to
/// `todir`): Linux renameat2 with RENAME_EXCHANGE. Both must exist. Returns 0 or the errno value.
int prognos_rename_exchange(int fromdir, const char *from, int todir, const char *to);

/// Renames `from` to `to` only if `to` does not exist, atomically: Linux renameat2 with
/// RENAME_NOREPLACE. Returns 0, or the errno value (EEXIST when `to` exists).
int prognos_rename_noreplace(int fromdir, const char *from, int todir, const char *to);

#endif
