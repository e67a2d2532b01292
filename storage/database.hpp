#pragma once
// One SQLite connection. Not thread-safe: each thread that touches the
// database opens its own Database (SQLite's WAL mode lets the door write while
// the sync thread reads). Opening applies pending migrations.

#include "common/result.hpp"
#include "storage/busy_wait.hpp"
#include "storage/statement.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace credopass::storage {

struct OpenOptions {
    bool readOnly = false;
    bool create = true;  // create the file when missing (ignored when readOnly)
    int busyTimeoutMs = 5000;
    // Durable: every commit is on the disk before it returns (the door: an
    // acknowledged check-in survives a pulled plug). Relaxed: commits may be
    // lost in a power cut but never corrupt the file (WAL, synchronous=NORMAL),
    // for a connection whose writes are redone anyway (sync's confirmations,
    // the pulled roster): it saves an fsync per batch.
    enum class Commits { Durable, Relaxed };
    Commits commits = Commits::Durable;
    // Automatic: SQLite copies the WAL back into the database inside the
    // commit that takes it past 1000 pages, so that commit waits for the copy
    // and an fsync of the database file. OnRequest: never inside a commit; the
    // owner calls checkpoint() at a quiet moment (the door, between members).
    enum class Checkpoints { Automatic, OnRequest };
    Checkpoints checkpoints = Checkpoints::Automatic;
    // Kiosk: the kiosk's tables, migrated on open. Own: a file with a schema
    // of its own, which its owner creates (the door's intent log).
    enum class Schema { Kiosk, Own };
    Schema schema = Schema::Kiosk;
    // A file this creates as root (kioskctl under sudo) is given to this
    // file's owner, as SQLite gives its -wal and -shm to the database's: the
    // door runs as that user and must write it. Empty: root keeps it.
    std::string ownerLike{};
};

// A cached statement in use; resets itself (ending any implicit read
// transaction) when it goes out of scope.
class Query {
public:
    explicit Query(Statement& s) : s_(&s) {}
    ~Query() { s_->reset(); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Statement* operator->() const { return s_; }
    Statement& operator*() const { return *s_; }

private:
    Statement* s_;
};

class Database {
public:
    // Opens (and creates) the file, sets WAL + synchronous=FULL + foreign keys,
    // and migrates the schema. Errors: cannot_open, corrupt, newer_schema, ...
    static Result<Database> open(const std::string& path, const OpenOptions& options = {});

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    // A prepared statement for `sql`, compiled once per connection.
    Query query(std::string_view sql);
    // Statements without parameters (DDL, PRAGMA). Never pass user data here.
    void exec(const char* sql);

    int schemaVersion();
    // Copies the WAL back into the database file without waiting for
    // readers or writers (a PASSIVE checkpoint). False when another
    // connection's checkpoint was running (SQLITE_BUSY): nothing was copied.
    bool checkpoint();
    // Pages in the WAL not yet copied back, as of this connection's last
    // commit or checkpoint (counted only with Checkpoints::OnRequest; 0 otherwise).
    std::int64_t walPages() const { return walPages_ ? *walPages_ : 0; }
    std::int64_t changes() const;  // rows changed by the last statement
    std::string integrityCheck();  // "ok" when sound
    // True when the file this connection opened was deleted, renamed or
    // replaced (SQLITE_FCNTL_HAS_MOVED): a commit would go to a lost inode.
    bool hasMoved();
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    // Limits the file to `pages` pages: lets tests reproduce a full disk.
    void limitPageCount(std::int64_t pages);
    // Whether the commits that follow wait for the disk (FULL) or only order
    // their writes (NORMAL: a power cut may lose them, never corrupts the file).
    void setDurableCommits(bool durable);
    bool durableCommits() const { return durable_; }
    // Puts every commit made so far on the disk, this connection's ordered
    // ones and any other's: one fsync of the journal (WAL). Takes no lock, so
    // a writer on another connection (a pull) never makes it wait.
    void syncJournal();

private:
    Database(sqlite3* db, std::string path);
    sqlite3* db_ = nullptr;
    std::unique_ptr<BusyWait> busy_;  // its address is SQLite's: kept when the Database moves
    std::unique_ptr<std::int64_t> walPages_ = std::make_unique<std::int64_t>(0);  // likewise
    std::string path_;
    bool durable_ = true;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

// BEGIN ... COMMIT for reading only: one consistent snapshot over several
// queries, taken without the write lock, so a writer on another connection
// (a pull) never makes it wait.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& db_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back on scope exit unless committed.
// IMMEDIATE takes the write lock up front, so a transaction never fails half
// way through for lack of a lock.
class Transaction {
public:
    // AsOpened: the commit is durable or not as the connection's commits are.
    // Ordered: it only orders its writes, even on a durable connection, for
    // writes whose durability is kept elsewhere until syncJournal() (the
    // door's records, safe in its intent log meanwhile).
    enum class Commit { AsOpened, Ordered };
    explicit Transaction(Database& db, Commit commit = Commit::AsOpened);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    void restoreCommits() noexcept;
    Database& db_;
    bool restoreDurable_ = false;
    bool done_ = false;
};

}  // namespace credopass::storage
