extension ClaimDetail {
    /// Active sources with an excerpt that their latest capture did not find (`absent`), or could not fetch.
    ///
    /// For a verified claim these are the evidence a reviewer must look at again: the issue asks that a verified
    /// claim whose supporting excerpt is absent from the latest capture be flagged in reports.
    public var sourcesMissingTheirExcerpt: [SourceDetail] {
        sources.filter { detail in
            guard !detail.source.removed, detail.source.excerpt != nil, let latest = detail.latestCapture else {
                return false
            }
            return latest.excerptFound == ExcerptMatch.Kind.absent.rawValue || latest.error != nil
        }
    }

    /// Whether the claim is verified yet a supporting source's excerpt is absent from its latest capture.
    public var isVerifiedWithMissingExcerpt: Bool {
        claim.status == .verified && sourcesMissingTheirExcerpt.contains { $0.source.stance == .supports }
    }
}
