public import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// Every document with its claims, sources, captures and history as one JSON array of ``DocumentDetail``
/// (`claimdesk export json`), in the ledger's canonical order, keys sorted, pretty-printed.
public enum JSONExport {
    /// The JSON text, ending with a newline.
    public static func export(_ documents: [DocumentDetail]) throws -> Data {
        let canonical = ReportOrder.documents(documents).map { detail in
            LedgerFile(document: detail.document, events: detail.events, claims: detail.claims).canonical.detail
        }
        return try Ledger.encodeJSON(canonical)
    }
}
