/// The outcome of checking one source.
public struct SourceCheck: Sendable, Hashable {
    /// The source checked.
    public var source: Source
    /// The new capture (not yet stored: no id).
    public var capture: Capture
    /// Signs of rot against the source's previous capture.
    public var linkRot: [LinkRotSignal]

    /// Creates a check.
    public init(source: Source, capture: Capture, linkRot: [LinkRotSignal]) {
        self.source = source
        self.capture = capture
        self.linkRot = linkRot
    }
}
