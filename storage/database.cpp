#include "storage/database.hpp"

#include "common/text_fold.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_error.hpp"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <new>
#include <utility>

namespace credopass::storage {

namespace {

// A file: URI for `path` (RFC 3986 escaping of what SQLite's URI parser reads).
std::string fileUri(const std::string& path) {
    static const char* hex = "0123456789abcdef";
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c > 0x7e) {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri;
}

// On a read-only file system SQLite cannot create a WAL database's
// shared-memory file, and then cannot open the database at all, even to read.
// When no -wal file is there (the kiosk shut down cleanly, so everything is in
// the main file) and nothing can change the file, it is opened as immutable:
// exact, and without locks. With a -wal file left, SQLite opens it normally.
bool immutableHere(const std::string& path) {
    struct statvfs fs {};
    if (::statvfs(path.c_str(), &fs) != 0 || (fs.f_flag & ST_RDONLY) == 0) return false;
    return ::access((path + "-wal").c_str(), F_OK) != 0;
}

// credopass_fold(text): the text folded for search (common/text_fold.hpp).
// Nothing may be thrown back into SQLite.
void foldFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv) noexcept {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (text == nullptr) return sqlite3_result_null(context);
    try {
        const std::string folded =
            foldForSearch(std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
        sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(context);
    }
}

// The WAL hook: called after each commit with the WAL's size in pages.
int countWalPages(void* pages, sqlite3* /*db*/, const char* /*schema*/, int walPages) {
    *static_cast<std::int64_t*>(pages) = walPages;
    return SQLITE_OK;
}

}  // namespace

Database::Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      busy_(std::move(other.busy_)),
      walPages_(std::move(other.walPages_)),
      path_(std::move(other.path_)),
      durable_(other.durable_),
      cache_(std::move(other.cache_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        cache_.clear();
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        busy_ = std::move(other.busy_);
        walPages_ = std::move(other.walPages_);
        path_ = std::move(other.path_);
        durable_ = other.durable_;
        cache_ = std::move(other.cache_);
    }
    return *this;
}

Database::~Database() {
    cache_.clear();  // statements first: a connection with live statements cannot close
    sqlite3_close_v2(db_);
}

Result<Database> Database::open(const std::string& path, const OpenOptions& options) {
    int flags =
        options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0));
    flags |= SQLITE_OPEN_NOMUTEX;  // one connection per thread, by design
    if (!options.readOnly && options.create) {
        // SQLite would create the file 0644 and give its WAL and shared-memory
        // files the same mode; the database holds names, emails and the PIN
        // hash, so it is created private (owner only) before SQLite opens it.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0) {
            struct stat owner {};
            if (!options.ownerLike.empty() && ::geteuid() == 0 && ::stat(options.ownerLike.c_str(), &owner) == 0 &&
                ::fchown(fd, owner.st_uid, owner.st_gid) != 0) {
                // Left to root: the door's own open of it then says it cannot write it.
            }
            ::close(fd);
        }
    }
    std::string name = path;
    if (options.readOnly && immutableHere(path)) {
        name = fileUri(path) + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(raw, rc, "opening " + path);
        sqlite3_close_v2(raw);
        return e;
    }
    Database db(raw, path);
    try {
        db.busy_ = std::make_unique<BusyWait>(std::chrono::milliseconds(options.busyTimeoutMs));
        db.busy_->install(raw);
        sqlite3_extended_result_codes(raw, 1);
        // Before the migrations: schema v6 fills the search keys with it.
        sqlite3_create_function_v2(raw, "credopass_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, foldFunction, nullptr, nullptr, nullptr);
        // Reading the schema is the first real read: a damaged file or a file
        // that is not a database fails here, not in the middle of a check-in.
        db.schemaVersion();
        if (!options.readOnly) {
            db.exec("PRAGMA journal_mode=WAL");
        }
        // FULL: in WAL mode every commit is fsynced before it returns, so a
        // check-in acknowledged at the door survives a pulled plug.
        db.setDurableCommits(options.commits == OpenOptions::Commits::Durable);
        db.exec("PRAGMA foreign_keys=ON");
        if (options.checkpoints == OpenOptions::Checkpoints::OnRequest && !options.readOnly)
            sqlite3_wal_hook(raw, countWalPages, db.walPages_.get());  // replaces SQLite's autocheckpoint
        if (options.schema == OpenOptions::Schema::Kiosk)
            if (auto migrated = migrate(db, options.readOnly); !migrated) return migrated.error();
    } catch (const StorageError& e) {
        return e.error();
    }
    return db;
}

bool Database::checkpoint() {
    int logPages = 0;
    int copied = 0;
    int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
    if (rc == SQLITE_BUSY) return false;
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "copying the journal into the database");
    if (logPages >= 0 && copied >= 0) *walPages_ = logPages - copied;
    return true;
}

Query Database::query(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it == cache_.end()) it = cache_.emplace(std::string(sql), std::make_unique<Statement>(db_, sql)).first;
    return Query(*it->second);
}

void Database::exec(const char* sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "updating the database");
}

int Database::schemaVersion() {
    auto q = query("PRAGMA user_version");
    return q->step() ? static_cast<int>(q->integer(0)) : 0;
}

std::int64_t Database::changes() const {
    return sqlite3_changes64(db_);
}

bool Database::hasMoved() {
    int moved = 0;
    int rc = sqlite3_file_control(db_, "main", SQLITE_FCNTL_HAS_MOVED, &moved);
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "checking the database file");
    return moved != 0;
}

std::string Database::integrityCheck() {
    Statement s(db_, "PRAGMA integrity_check");
    std::string out;
    while (s.step()) {
        if (!out.empty()) out += "\n";
        out += s.text(0);
    }
    return out;
}

void Database::limitPageCount(std::int64_t pages) {
    Statement s(db_, "PRAGMA max_page_count=" + std::to_string(pages));
    s.run();
}

void Database::setDurableCommits(bool durable) {
    auto q = query(durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    q->run();
    durable_ = durable;
}

void Database::syncJournal() {
    // In WAL mode SQLite appends each commit to the WAL; NORMAL leaves the
    // fsync to a later commit or checkpoint. An fsync of the WAL makes every
    // commit written to it durable (a checkpoint syncs what it copies back
    // before the WAL is reused), which is what a FULL commit would have done.
    sqlite3_file* journal = nullptr;
    int rc = sqlite3_file_control(db_, "main", SQLITE_FCNTL_JOURNAL_POINTER, static_cast<void*>(&journal));
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "finding the journal");
    if (journal == nullptr || journal->pMethods == nullptr) return;  // none open: nothing was written through it
    rc = journal->pMethods->xSync(journal, SQLITE_SYNC_NORMAL);
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "writing the journal to the disk");
}

// Prepared once per connection: a door action opens one of these for each member.
ReadTransaction::ReadTransaction(Database& db) : db_(db) {
    db_.query("BEGIN DEFERRED")->run();
}

ReadTransaction::~ReadTransaction() {
    // Nothing was written: this only ends the snapshot, and cannot fail for want of a lock.
    try {
        db_.query("COMMIT")->run();
    } catch (const StorageError&) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Transaction::Transaction(Database& db, Commit commit) : db_(db) {
    if (commit == Commit::Ordered && db_.durableCommits()) {
        db_.setDurableCommits(false);
        restoreDurable_ = true;
    }
    try {
        db_.exec("BEGIN IMMEDIATE");
    } catch (const StorageError&) {
        restoreCommits();
        throw;
    }
}

Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    restoreCommits();
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

void Transaction::restoreCommits() noexcept {
    if (!restoreDurable_) return;
    restoreDurable_ = false;
    // A PRAGMA outside a transaction takes no lock and cannot be busy.
    try {
        db_.setDurableCommits(true);
    } catch (const StorageError&) {
        sqlite3_exec(db_.handle(), "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    }
}

}  // namespace credopass::storage
