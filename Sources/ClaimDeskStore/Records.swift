public import ClaimDeskModel
import ClaimDeskText
public import GRDB

// GRDB conformances of the model types. Model/ knows nothing of storage; the record behaviour lives here.

extension Document: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "document"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Claim: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "claim"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Occurrence: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "occurrence"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ClaimLink: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "claimLink"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Source: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "source"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Capture: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "capture"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Event: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "event"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
