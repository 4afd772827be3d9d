// Glibc declares renameat2 and its flags only under _GNU_SOURCE, and Swift's Glibc module does not
// expose them; these wrappers do, returning errno instead of setting it.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include "CFileSystem.h"

int prognos_rename_exchange(int fromdir, const char *from, int todir, const char *to) {
    return renameat2(fromdir, from, todir, to, RENAME_EXCHANGE) == 0 ? 0 : errno;
}

int prognos_rename_noreplace(int fromdir, const char *from, int todir, const char *to) {
    return renameat2(fromdir, from, todir, to, RENAME_NOREPLACE) == 0 ? 0 : errno;
}
