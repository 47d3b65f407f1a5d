import GRDB
internal import GRDBSQLite

/// The ranking function of search: FTS5's bm25 without the global document frequencies.
///
/// FTS5's own `bm25()` weighs each query word by its inverse document frequency, and to know that frequency it
/// reads every row the word matches, once per query: time in proportion to the workspace (over a hundred
/// milliseconds for a common word at three million claims), however few rows are ranked. `claimrank(claimFts)`
/// is the same formula (k1 = 1.2, b = 0.75, every column weighing 1, the row's length against the table's mean
/// length) with every word weighing the same, so it costs only the rows it ranks. For a one-word query the order is
/// exactly bm25's (its weight is then one constant factor); with several words, a word's rarity no longer counts.
/// Like `bm25()`, lower is better.
enum SearchRank {
    /// The SQL name of the function.
    static let name = "claimrank"

    /// Registers the function with FTS5 on this connection, once.
    static func register(in db: Database) throws {
        let registered = try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM pragma_function_list WHERE name = ?)",
            arguments: [name]
        )
        if registered == true { return }
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 cannot register \(name)")
        }
        let code = create(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "FTS5 cannot register \(name)")
        }
    }
}

/// bm25 with every phrase's weight 1: see ``SearchRank``.
private let rank: fts5_extension_function = { api, fts, context, _, _ in
    guard let api = api?.pointee, let fts, let context else { return }
    let k1 = 1.2
    let b = 0.75
    var rows: sqlite3_int64 = 0
    var tokens: sqlite3_int64 = 0
    var instances: Int32 = 0
    var length: Int32 = 0
    guard api.xRowCount(fts, &rows) == SQLITE_OK, api.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK,
        api.xInstCount(fts, &instances) == SQLITE_OK, api.xColumnSize(fts, -1, &length) == SQLITE_OK
    else {
        sqlite3_result_error(context, "claimrank: cannot read the FTS5 row", -1)
        return
    }
    let phraseCount = Int(api.xPhraseCount(fts))
    var frequency = [Double](repeating: 0, count: phraseCount)
    for index in 0..<instances {
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        if api.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK, Int(phrase) < phraseCount {
            frequency[Int(phrase)] += 1
        }
    }
    let meanLength = rows > 0 ? Double(tokens) / Double(rows) : 1
    let norm = k1 * (1 - b + b * Double(length) / max(meanLength, 1e-9))
    let score = frequency.reduce(0) { sum, f in sum + f * (k1 + 1) / (f + norm) }
    sqlite3_result_double(context, -score)
}
