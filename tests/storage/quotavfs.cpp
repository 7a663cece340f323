#include "quotavfs.h"

#include <atomic>
#include <sqlite3.h>

namespace mapje {

namespace {
std::atomic<QuotaVfs::Mode> g_mode {QuotaVfs::Mode::Normal};
std::atomic<qint64> g_quotaLeft {-1};
std::atomic<int> g_refused {0};
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

struct QuotaFile {
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_vfs *realVfs()
{
    return static_cast<sqlite3_vfs *>(g_vfs.pAppData);
}

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<QuotaFile *>(file)->real;
}

// Returns the code to fail a write with, or SQLITE_OK to let it through.
int refusal(qint64 bytes)
{
    int rc = SQLITE_OK;
    switch (g_mode.load()) {
    case QuotaVfs::Mode::Full:
        rc = SQLITE_FULL;
        break;
    case QuotaVfs::Mode::ReadOnly:
        rc = SQLITE_READONLY;
        break;
    case QuotaVfs::Mode::IoError:
        rc = SQLITE_IOERR_WRITE;
        break;
    case QuotaVfs::Mode::Normal:
        if (g_quotaLeft.load() >= 0) {
            if (g_quotaLeft.load() < bytes)
                rc = SQLITE_FULL;
            else
                g_quotaLeft -= bytes;
        }
        break;
    }
    if (rc != SQLITE_OK)
        ++g_refused;
    return rc;
}

int xClose(sqlite3_file *file)
{
    sqlite3_file *r = real(file);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
    return real(f)->pMethods->xRead(real(f), buf, n, off);
}
int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
    if (const int rc = refusal(n))
        return rc;
    return real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (g_mode.load() == QuotaVfs::Mode::ReadOnly)
        return SQLITE_READONLY;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 off, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), off, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), off, p);
}

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *quota = reinterpret_cast<QuotaFile *>(file);
    quota->real = reinterpret_cast<sqlite3_file *>(quota + 1);
    quota->real->pMethods = nullptr;
    const int rc = realVfs()->xOpen(realVfs(), name, quota->real, flags, outFlags);
    file->pMethods = quota->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return realVfs()->xDelete(realVfs(), name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return realVfs()->xAccess(realVfs(), name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return realVfs()->xFullPathname(realVfs(), name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs()->xDlOpen(realVfs(), name);
}
void xDlError(sqlite3_vfs *, int n, char *out)
{
    realVfs()->xDlError(realVfs(), n, out);
}
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return realVfs()->xDlSym(realVfs(), handle, symbol);
}
void xDlClose(sqlite3_vfs *, void *handle)
{
    realVfs()->xDlClose(realVfs(), handle);
}
int xRandomness(sqlite3_vfs *, int n, char *out)
{
    return realVfs()->xRandomness(realVfs(), n, out);
}
int xSleep(sqlite3_vfs *, int micro)
{
    return realVfs()->xSleep(realVfs(), micro);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return realVfs()->xCurrentTime(realVfs(), out);
}
int xGetLastError(sqlite3_vfs *, int n, char *out)
{
    return realVfs()->xGetLastError(realVfs(), n, out);
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return realVfs()->xCurrentTimeInt64(realVfs(), out);
}
} // namespace

bool QuotaVfs::install()
{
    static const bool installed = [] {
        sqlite3_initialize();
        sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
        if (!base)
            return false;
        g_methods = sqlite3_io_methods {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize,
            xLock, xUnlock, xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
            xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};
        g_vfs = sqlite3_vfs {};
        g_vfs.iVersion = 3;
        g_vfs.szOsFile = int(sizeof(QuotaFile)) + base->szOsFile;
        g_vfs.mxPathname = base->mxPathname;
        g_vfs.zName = Name;
        g_vfs.pAppData = base;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    }();
    return installed;
}

void QuotaVfs::setMode(Mode mode)
{
    g_mode = mode;
    g_refused = 0;
}

QuotaVfs::Mode QuotaVfs::mode()
{
    return g_mode.load();
}

void QuotaVfs::setQuota(qint64 bytes)
{
    g_quotaLeft = bytes;
    g_refused = 0;
}

int QuotaVfs::refusedWrites()
{
    return g_refused.load();
}

} // namespace mapje
