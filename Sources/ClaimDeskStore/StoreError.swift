public import ClaimDeskModel

/// Why a store operation failed: the shared ``ClaimDeskError``.
public typealias StoreError = ClaimDeskError
